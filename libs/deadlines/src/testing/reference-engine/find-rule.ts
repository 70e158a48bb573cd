// Frozen reference copy (see ./index.ts): the engine before the day-number rewrite. Do not edit.
import {
  JURISDICTIONS,
  type Jurisdiction,
  type Program,
  type RequestType,
  type RuleRecord,
  type TriggerType,
} from '../../types';

/**
 * Which rule times a request: the district's state table first, else the federal baseline
 * (deadline-rules.md: "applies in every state unless the state sets a different, permitted
 * timeframe"). An unknown jurisdiction falls back to federal, and the match says so.
 */

export interface RuleQuery {
  jurisdiction: string | null | undefined;
  requestType: RequestType;
  trigger: TriggerType;
  /** IDEA, SECTION_504, …; when absent any program matches (table order decides). */
  program?: Program;
  /** Pick one rule among several clocks the same trigger starts (e.g. NY 60 days vs 60 school days). */
  ruleId?: string;
}

export interface RuleMatch {
  rule: RuleRecord | null;
  /** Every enabled rule in the applied jurisdiction the trigger starts, table order. */
  matches: readonly RuleRecord[];
  requested: string | null;
  applied: Jurisdiction;
  fellBackToFederal: boolean;
  reason: string | null;
}

const STATES = new Set<string>(JURISDICTIONS);

export function normalizeJurisdiction(input: string | null | undefined): string {
  const code = (input ?? '').trim().toUpperCase();
  return code === '' || code === 'FEDERAL' ? 'US' : code;
}

function matching(rules: readonly RuleRecord[], jurisdiction: string, q: RuleQuery): RuleRecord[] {
  return rules.filter(
    (r) =>
      r.enabled &&
      r.jurisdiction === jurisdiction &&
      r.requestTypes.includes(q.requestType) &&
      r.triggers.includes(q.trigger) &&
      (q.program === undefined || r.program === q.program) &&
      (q.ruleId === undefined || r.id === q.ruleId),
  );
}

export function findRule(rules: readonly RuleRecord[], query: RuleQuery): RuleMatch {
  const requested = query.jurisdiction ?? null;
  const code = normalizeJurisdiction(query.jurisdiction);
  const what = `${query.requestType} / ${query.trigger}`;
  if (code !== 'US' && STATES.has(code)) {
    const state = matching(rules, code, query);
    const first = state[0];
    if (first) {
      return {
        rule: first,
        matches: state,
        requested,
        applied: code as Jurisdiction,
        fellBackToFederal: false,
        reason: null,
      };
    }
  }
  const federal = matching(rules, 'US', query);
  const fellBack = code !== 'US';
  const reason = !fellBack
    ? null
    : STATES.has(code)
      ? `no enabled ${code} rule for ${what}: the federal baseline applies`
      : `no rule table for jurisdiction "${requested ?? ''}": the federal baseline applies`;
  return {
    rule: federal[0] ?? null,
    matches: federal,
    requested,
    applied: 'US',
    fellBackToFederal: fellBack,
    reason,
  };
}
