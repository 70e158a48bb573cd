import type { DeadlineResult, Reading } from '@onrecord/deadlines';
import type {
  DeadlineReadingObject,
  DeadlineOverrideObject,
  RequestDeadlineObject,
} from './written-request.objects';

const instant = (value: string | null | undefined): Date | null => (value ? new Date(value) : null);

const toReading = (reading: Reading | null): DeadlineReadingObject | null =>
  reading && {
    dueOn: reading.dueDate,
    dueAt: instant(reading.dueInstant),
    assumptions: reading.assumptions.map((a) => a.label),
    summary: reading.explanation.summary,
  };

/** An override as stored on a request, with the instant its day ends in the district. */
export interface DeadlineOverride extends DeadlineOverrideObject {
  dueAt: Date;
}

/**
 * The one conversion from the engine's result to what GraphQL shows, for a stored request
 * and for a preview alike. An override gives the due day and instant; the computed day stays
 * in `computedDueOn` and the explanation is still the rule's.
 */
export function toRequestDeadline(
  result: DeadlineResult,
  override: DeadlineOverride | null = null,
): RequestDeadlineObject {
  const explanation = result.earliest?.explanation ?? null;
  return {
    dueOn: override?.dueOn ?? result.dueDate,
    dueAt: override?.dueAt ?? instant(result.dueInstant),
    latestDueAt: override
      ? override.dueAt
      : instant(result.latest?.dueInstant ?? result.dueInstant),
    computedDueOn: result.dueDate,
    basis: result.basis,
    basisLabel: result.basisLabel,
    ruleId: result.ruleId,
    duty: result.duty,
    citation: result.citation,
    verificationStatus: result.status,
    verified: result.verified,
    unit: result.unit,
    period: result.period,
    summary: explanation?.summary ?? null,
    triggerDate: result.triggerDate,
    skippedDays: (explanation?.skipped ?? []).map((day) => ({
      date: day.date,
      kind: day.kind,
      reason: day.reason,
    })),
    earliest: toReading(result.earliest),
    latest: toReading(result.latest),
    whyReadingsDiffer: [...result.whyReadingsDiffer],
    incompleteReason: result.incomplete?.reason ?? null,
    jurisdiction: {
      requested: result.jurisdiction.requested,
      applied: result.jurisdiction.applied,
      fellBackToFederal: result.jurisdiction.fellBackToFederal,
      note: result.jurisdiction.reason,
    },
    notes: [...result.notes],
    override: override && {
      dueOn: override.dueOn,
      reason: override.reason,
      byUserId: override.byUserId,
    },
  };
}
