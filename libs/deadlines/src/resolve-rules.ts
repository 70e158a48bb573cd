import type { RuleRecord, Unit } from './types';

/**
 * An organisation's view of the rule table: the built-in records merged with its overrides.
 * It can correct a rule (a new period, citation, status…), disable it, set a labelled soft
 * default for a rule with no fixed period, or add its own rule for requests no statute
 * times. The engine only ever reads the list this returns (deadline-rules.md: "the engine
 * must let an organisation correct or disable any rule").
 */
export type RuleOverride =
  | {
      kind: 'CORRECT';
      ruleId: string;
      patch: Partial<Omit<RuleRecord, 'id' | 'source'>>;
      reason: string;
    }
  | { kind: 'DISABLE'; ruleId: string; reason: string }
  | {
      kind: 'SOFT_DEFAULT';
      ruleId: string;
      period: number;
      unit: Exclude<Unit, 'HOURS'>;
      reason?: string;
    }
  | { kind: 'ADD'; rule: Omit<RuleRecord, 'source'> };

export class UnknownRuleError extends Error {
  constructor(readonly ruleId: string) {
    super(`override refers to unknown rule ${ruleId}`);
  }
}

const UNIT_LABEL: Record<Exclude<Unit, 'HOURS'>, string> = {
  CALENDAR_DAYS: 'calendar days',
  BUSINESS_DAYS: 'business days',
  SCHOOL_DAYS: 'school days',
  SCHOOL_WORKING_DAYS: 'school working days',
};

export function resolveRules(
  builtIn: readonly RuleRecord[],
  overrides: readonly RuleOverride[],
): RuleRecord[] {
  const byId = new Map<string, RuleRecord>(builtIn.map((r) => [r.id, r]));
  const added: RuleRecord[] = [];
  for (const o of overrides) {
    if (o.kind === 'ADD') {
      const rule: RuleRecord = { ...o.rule, source: 'ORGANIZATION' };
      if (byId.has(rule.id)) byId.delete(rule.id);
      added.push(rule);
      continue;
    }
    const existing = byId.get(o.ruleId) ?? added.find((r) => r.id === o.ruleId);
    if (!existing) throw new UnknownRuleError(o.ruleId);
    let next: RuleRecord;
    if (o.kind === 'DISABLE') {
      next = { ...existing, enabled: false, notes: [...existing.notes, `Disabled: ${o.reason}`] };
    } else if (o.kind === 'CORRECT') {
      next = {
        ...existing,
        ...o.patch,
        source: existing.source === 'ORGANIZATION' ? 'ORGANIZATION' : 'ORGANIZATION_CORRECTED',
        notes: [...(o.patch.notes ?? existing.notes), `Corrected by the organization: ${o.reason}`],
      };
    } else {
      next = {
        ...existing,
        softDefault: {
          period: o.period,
          unit: o.unit,
          label: `Organization default (not law): ${o.period} ${UNIT_LABEL[o.unit]}${o.reason ? ` (${o.reason})` : ''}`,
        },
      };
    }
    const index = added.indexOf(existing);
    if (index >= 0) added[index] = next;
    else byId.set(o.ruleId, next);
  }
  // Organisation rules first, so they win over a built-in rule for the same request.
  return [...added, ...byId.values()];
}
