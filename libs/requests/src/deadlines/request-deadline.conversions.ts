import { readerDuty, type DeadlineResult, type Reading } from '@onrecord/deadlines';
import { deadlineLine } from './deadline-words';
import type {
  DeadlineReadingObject,
  DeadlineOverrideObject,
  RequestDeadlineObject,
} from './request-deadline.objects';

const instant = (value: string | null | undefined): Date | null => (value ? new Date(value) : null);

const toReading = (reading: Reading | null): DeadlineReadingObject | null =>
  reading && {
    dueOn: reading.dueDate,
    dueAt: instant(reading.dueInstant),
    assumptions: reading.assumptions.map((a) => a.label),
    summary: reading.explanation.summary,
  };

/** What a recomputation moved, kept beside the engine's result on the request (`lastMove`). */
export interface DeadlineMove {
  from: string | null;
  to: string | null;
  fromProvisional: boolean;
  because: string;
}

export function moveSentence(m: DeadlineMove): string {
  const from = m.from ? `${m.from}${m.fromProvisional ? ' (provisional)' : ''}` : 'no date';
  return `The due day moved from ${from} to ${m.to ?? 'no date'}: ${m.because}.`;
}

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
  stored: DeadlineResult & { lastMove?: DeadlineMove },
  override: DeadlineOverride | null = null,
): RequestDeadlineObject {
  // Results stored before these fields existed lack them.
  const result = { ...stored, provisional: stored.provisional ?? null };
  const explanation = result.earliest?.explanation ?? null;
  const absences = explanation?.absences ?? null;
  const lastMove = stored.lastMove ?? null;
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
    plainDuty: readerDuty(result),
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
    setByHand: override !== null,
    provisional: result.provisional && {
      sentence: result.provisional.sentence,
      schoolYears: [...result.provisional.schoolYears],
      missingFrom: result.provisional.missingFrom,
    },
    absences: absences && {
      days: [...absences.days],
      extendedBy: absences.extendedBy,
      minDays: absences.minDays,
      citation: absences.citation,
    },
    lastMove: lastMove && { ...lastMove, sentence: moveSentence(lastMove) },
    line: deadlineLine({
      dueOn: override?.dueOn ?? result.dueDate,
      override: override && { dueOn: override.dueOn, reason: override.reason },
      ruleDueOn: result.dueDate,
      citation: result.citation,
      organizationDefault: result.basis === 'ORGANIZATION_DEFAULT',
      provisional: result.provisional?.sentence ?? null,
    }),
  };
}
