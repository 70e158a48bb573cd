import { Injectable } from '@nestjs/common';
import { plainDutyOf, type DeadlineResult, type RuleRecord, type Unit } from '@onrecord/deadlines';
import type { DataScope } from '@onrecord/platform/database';
import { type MemberPrincipal } from '@onrecord/platform/request';
import { badUserInput, conflict, notFound } from '@onrecord/platform/errors';
import { DeadlineRuleOverride } from './deadline-rule-override.entity';
import {
  mergeRules,
  overridesOf,
  softDeadlineOf,
  withSettingsDefault,
  type SoftUnit,
} from './deadline-rule.rules';
import type {
  AddDeadlineRuleInput,
  CorrectDeadlineRuleInput,
  DeadlineRuleFilter,
  SetSoftDeadlineInput,
} from './deadline-rule.inputs';
import type {
  DeadlineRecomputedObject,
  DeadlineRuleChangeObject,
  DeadlineRuleObject,
} from './deadline-rule.objects';
import { DeadlineRuleOverrideKind } from './deadline-rule.enums';
import {
  WrittenRequestStatus,
  WrittenRequestType,
} from '../written-requests/written-request.enums';
import { RequestDeadlineService } from './request-deadline.service';
import type { DeadlinePlace } from './deadline-place';
import { WrittenRequest } from '../written-requests/written-request.entity';

const REASON_REQUIRED = [{ field: 'reason', message: 'give a reason for the change' }];

/** The organization's rules, and the override row of each changed one. */
interface Effective {
  /** Built-in merged with the overrides (without the settings' soft default). */
  merged: RuleRecord[];
  /** What the engine uses: merged, plus the settings' soft default on untimed rules. */
  rules: RuleRecord[];
  rows: Map<string, DeadlineRuleOverride>;
}

/** A rule as the API shows it, with the organization's change. */
export function toDeadlineRule(
  rule: RuleRecord,
  row: DeadlineRuleOverride | undefined,
): DeadlineRuleObject {
  return {
    id: rule.id,
    jurisdiction: rule.jurisdiction,
    program: rule.program,
    requestTypes: rule.requestTypes as unknown as WrittenRequestType[],
    triggers: [...rule.triggers],
    duty: rule.duty,
    plainDuty: plainDutyOf(rule),
    period: rule.period,
    unit: rule.unit,
    direction: rule.direction,
    citation: rule.citation,
    status: rule.status,
    // The organization's own rules are never verified, whatever their status says.
    verified: rule.status === 'V' && rule.source !== 'ORGANIZATION',
    statusNote: rule.statusNote,
    notes: [...rule.notes],
    source: rule.source,
    enabled: rule.enabled,
    softDefault: rule.softDefault
      ? {
          ...rule.softDefault,
          from: row?.kind === DeadlineRuleOverrideKind.SOFT_DEFAULT ? 'RULE' : 'SETTINGS',
        }
      : null,
    override: row
      ? {
          kind: row.kind,
          reason: row.reason,
          byUserId: row.createdByUserId,
          changedAt: row.updatedAt,
        }
      : null,
  };
}

/**
 * An organization's deadline rules: the built-in table as corrected, disabled, given soft
 * defaults or extended by the organization (one override row per rule). Every change counts
 * the deadlines of the organization's sent, not overridden requests again, in the request's
 * one transaction. Rows are read and written through the scope (RLS: only the caller's
 * organization) and with its id, so another organization's rules are never seen.
 */
@Injectable()
export class DeadlineRuleService {
  constructor(private readonly deadlines: RequestDeadlineService) {}

  async effective(scope: DataScope): Promise<Effective> {
    const rows = await overridesOf(scope);
    const soft = await softDeadlineOf(scope);
    const merged = mergeRules(rows);
    return {
      merged,
      rules: withSettingsDefault(merged, soft),
      rows: new Map(rows.map((row) => [row.ruleId, row])),
    };
  }

  async list(
    scope: DataScope,
    filter: DeadlineRuleFilter | null = {},
  ): Promise<DeadlineRuleObject[]> {
    filter ??= {}; // sent as null: no filter, as when left out
    const { rules, rows } = await this.effective(scope);
    return rules
      .filter(
        (rule) =>
          (filter.includeDisabled || rule.enabled) &&
          (!filter.jurisdiction || rule.jurisdiction === filter.jurisdiction) &&
          (!filter.requestType ||
            rule.requestTypes.includes(filter.requestType as RuleRecord['requestTypes'][number])) &&
          (!filter.trigger ||
            rule.triggers.includes(filter.trigger as RuleRecord['triggers'][number])),
      )
      .map((rule) => toDeadlineRule(rule, rows.get(rule.id)));
  }

  async get(scope: DataScope, id: string): Promise<DeadlineRuleObject> {
    const { rules, rows } = await this.effective(scope);
    const rule = rules.find((r) => r.id === id);
    if (!rule) throw notFound('Deadline rule');
    return toDeadlineRule(rule, rows.get(id));
  }

  async correct(
    scope: DataScope,
    member: MemberPrincipal,
    ruleId: string,
    input: CorrectDeadlineRuleInput,
  ): Promise<DeadlineRuleChangeObject> {
    const { before, row } = await this.existing(scope, ruleId);
    const patch: Partial<RuleRecord> = {};
    if (input.period !== undefined && input.period !== null) patch.period = input.period;
    if (input.unit) patch.unit = input.unit as Unit;
    if (input.citation) patch.citation = input.citation;
    if (input.status) patch.status = input.status as RuleRecord['status'];
    if (input.notes) patch.notes = input.notes.map((n) => n.trim()).filter(Boolean);
    if (Object.keys(patch).length === 0) {
      throw badUserInput([
        { field: 'input', message: 'change at least one of period, unit, citation, status, notes' },
      ]);
    }
    const next = { ...before, ...patch };
    if ((next.period === null) !== (next.unit === null)) {
      throw badUserInput([
        {
          field: next.period === null ? 'period' : 'unit',
          message: 'a rule with no fixed period needs both a period and a unit',
        },
      ]);
    }
    if (row?.kind === DeadlineRuleOverrideKind.ADD) {
      // The organization's own rule: corrected in place (it stays its own, unverified).
      const rule = (row.change as { rule: RuleRecord }).rule;
      row.change = { rule: { ...rule, ...patch } };
      row.reason = input.reason;
      row.createdByUserId = member.userId;
      await scope.manager.save(row);
    } else {
      // A correction of a corrected rule adds to it; it replaces any other change
      // (a disabled rule is enabled again by correcting it).
      const earlier =
        row?.kind === DeadlineRuleOverrideKind.CORRECT
          ? (row.change as { patch: Partial<RuleRecord> }).patch
          : {};
      await this.write(scope, member, row, ruleId, DeadlineRuleOverrideKind.CORRECT, input.reason, {
        ruleId,
        patch: { ...earlier, ...patch },
      });
    }
    return this.changed(scope, ruleId, before);
  }

  async disable(
    scope: DataScope,
    member: MemberPrincipal,
    ruleId: string,
    reason: string,
  ): Promise<DeadlineRuleChangeObject> {
    const why = reason.trim();
    if (!why) throw badUserInput(REASON_REQUIRED);
    const { before, row } = await this.existing(scope, ruleId);
    if (row?.kind === DeadlineRuleOverrideKind.ADD) {
      const rule = (row.change as { rule: RuleRecord }).rule;
      row.change = {
        rule: { ...rule, enabled: false, notes: [...rule.notes, `Disabled: ${why}`] },
      };
      row.reason = why;
      row.createdByUserId = member.userId;
      await scope.manager.save(row);
    } else {
      await this.write(scope, member, row, ruleId, DeadlineRuleOverrideKind.DISABLE, why, {
        ruleId,
      });
    }
    return this.changed(scope, ruleId, before);
  }

  async setSoftDeadline(
    scope: DataScope,
    member: MemberPrincipal,
    ruleId: string,
    input: SetSoftDeadlineInput,
  ): Promise<DeadlineRuleChangeObject> {
    const { before, row } = await this.existing(scope, ruleId);
    if (before.period !== null && before.unit !== null) {
      throw badUserInput([
        {
          field: 'ruleId',
          message: `rule ${ruleId} has a fixed period (${before.period} ${before.unit}): correct it instead of setting a soft deadline`,
        },
      ]);
    }
    await this.write(
      scope,
      member,
      row,
      ruleId,
      DeadlineRuleOverrideKind.SOFT_DEFAULT,
      input.reason ?? '',
      { ruleId, period: input.period, unit: input.unit as SoftUnit },
    );
    return this.changed(scope, ruleId, before);
  }

  async add(
    scope: DataScope,
    member: MemberPrincipal,
    input: AddDeadlineRuleInput,
  ): Promise<DeadlineRuleChangeObject> {
    const { merged, rows } = await this.effective(scope);
    if (rows.has(input.id) || merged.some((rule) => rule.id === input.id)) {
      throw conflict(`A deadline rule with the id ${input.id} already exists: choose another id.`);
    }
    const rule: Omit<RuleRecord, 'source'> = {
      id: input.id,
      jurisdiction: input.jurisdiction as RuleRecord['jurisdiction'],
      program: (input.program ?? 'STATE') as RuleRecord['program'],
      requestTypes: input.requestTypes as unknown as RuleRecord['requestTypes'],
      triggers: input.triggers as unknown as RuleRecord['triggers'],
      duty: input.duty,
      period: input.period,
      unit: input.unit as Unit,
      direction: 'AFTER',
      exclusions: [],
      carryOvers: [],
      dueDayAdjustments: [],
      ambiguities: [],
      citation: input.citation || 'Organization rule (not law)',
      // Never verified: the engine labels it "Organization rule (not law)" either way.
      status: 'M',
      statusNote: "The organization's own rule, not law: never verified",
      notes: (input.notes ?? []).map((n) => n.trim()).filter(Boolean),
      enabled: true,
    };
    await this.write(
      scope,
      member,
      undefined,
      input.id,
      DeadlineRuleOverrideKind.ADD,
      input.reason,
      {
        rule,
      },
    );
    return this.changed(scope, input.id, null);
  }

  async remove(scope: DataScope, ruleId: string): Promise<DeadlineRuleChangeObject> {
    const { before, row } = await this.existing(scope, ruleId);
    if (!row) throw notFound(`A change of the organization to rule ${ruleId}`);
    await scope.manager.remove(row);
    return this.changed(scope, ruleId, before);
  }

  /** The rule as it is now (NOT_FOUND when unknown) and its override row, if any. */
  private async existing(
    scope: DataScope,
    ruleId: string,
  ): Promise<{ before: RuleRecord; row: DeadlineRuleOverride | undefined }> {
    const { merged, rows } = await this.effective(scope);
    const before = merged.find((rule) => rule.id === ruleId);
    if (!before) throw notFound('Deadline rule');
    return { before, row: rows.get(ruleId) };
  }

  /** One override per organization and rule: a new change replaces the row's. */
  private async write(
    scope: DataScope,
    member: MemberPrincipal,
    row: DeadlineRuleOverride | undefined,
    ruleId: string,
    kind: DeadlineRuleOverrideKind,
    reason: string,
    change: Record<string, unknown>,
  ): Promise<void> {
    const next =
      row ??
      scope.manager.create(DeadlineRuleOverride, {
        organizationId: member.organizationId,
        ruleId,
      });
    next.kind = kind;
    next.reason = reason;
    next.change = change;
    next.createdByUserId = member.userId;
    await scope.manager.save(next);
  }

  /** The rule after the change, and the sent requests it (or it before) times, counted again. */
  private async changed(
    scope: DataScope,
    ruleId: string,
    before: RuleRecord | null,
  ): Promise<DeadlineRuleChangeObject> {
    const { rules, rows } = await this.effective(scope);
    const after = rules.find((rule) => rule.id === ruleId) ?? null;
    const types = new Set<string>([
      ...(before?.requestTypes ?? []),
      ...(after?.requestTypes ?? []),
    ]);
    return {
      ruleId,
      rule: after ? toDeadlineRule(after, rows.get(ruleId)) : null,
      recomputed: await this.recompute(scope, ruleId, [...types], rules),
    };
  }

  /**
   * Counts again the deadlines of the organization's SENT requests without an override whose
   * type the rule times, or whose deadline it gave. Other statuses keep the deadline they had.
   */
  async recompute(
    scope: DataScope,
    ruleId: string,
    types: string[],
    rules: readonly RuleRecord[],
  ): Promise<DeadlineRecomputedObject[]> {
    const organizationId = scope.organizationId;
    const query = scope.manager
      .createQueryBuilder(WrittenRequest, 'r')
      .where('r.organization_id = :organizationId', { organizationId })
      .andWhere('r.status = :sent', { sent: WrittenRequestStatus.SENT })
      .andWhere('r.override_due_on IS NULL')
      .andWhere('r.received_on IS NOT NULL');
    if (types.length) {
      query.andWhere('(r.type IN (:...types) OR r.deadline_rule_id = :ruleId)', { types, ruleId });
    } else {
      query.andWhere('r.deadline_rule_id = :ruleId', { ruleId });
    }
    const requests = await query.orderBy('r.created_at', 'ASC').addOrderBy('r.id', 'ASC').getMany();
    const places = new Map<string, DeadlinePlace>();
    const recomputed: DeadlineRecomputedObject[] = [];
    for (const request of requests) {
      let place = places.get(request.caseId);
      if (!place) {
        place = { ...(await this.deadlines.placeOf(scope, request.caseId)), rules };
        places.set(request.caseId, place);
      }
      const previousDueOn = request.dueOn;
      await this.deadlines.refresh(
        scope,
        request,
        place,
        "the organization's deadline rules changed",
      );
      const result = request.deadline as DeadlineResult | null;
      recomputed.push({
        requestId: request.id,
        previousDueOn,
        dueOn: request.dueOn,
        ruleId: request.deadlineRuleId,
        basis: result?.basis ?? 'NO_RULE',
        basisLabel: result?.basisLabel ?? '',
        fellBackToFederal: result?.jurisdiction.fellBackToFederal ?? false,
        note: result?.jurisdiction.reason ?? null,
      });
    }
    if (requests.length) await scope.manager.save(requests);
    return recomputed;
  }
}
