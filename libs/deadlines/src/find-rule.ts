import {
  JURISDICTIONS,
  type Jurisdiction,
  type Program,
  type RequestType,
  type RuleRecord,
  type TriggerType,
} from './types';

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
  // Already a two-letter upper-case code (the usual case): trimming and upper-casing keep it.
  if (input && input.length === 2 && isUpper(input, 0) && isUpper(input, 1)) return input;
  const code = (input ?? '').trim().toUpperCase();
  return code === '' || code === 'FEDERAL' ? 'US' : code;
}

function isUpper(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 65 && c <= 90;
}

function matching(rules: readonly RuleRecord[], jurisdiction: string, q: RuleQuery): RuleRecord[] {
  return byTrigger(rules, q.trigger).filter(
    (r) =>
      r.enabled &&
      r.jurisdiction === jurisdiction &&
      r.requestTypes.includes(q.requestType) &&
      r.triggers.includes(q.trigger) &&
      (q.program === undefined || r.program === q.program) &&
      (q.ruleId === undefined || r.id === q.ruleId),
  );
}

/**
 * The rules a trigger starts, in table order: the table is indexed by trigger once per rules
 * array (a WeakMap; rebuilt if the array's length changes), so a lookup filters a few rules
 * rather than all of them. The full test still runs on those few.
 */
const indexes = new WeakMap<
  readonly RuleRecord[],
  { length: number; byTrigger: Map<string, RuleRecord[]> }
>();

function byTrigger(rules: readonly RuleRecord[], trigger: string): readonly RuleRecord[] {
  let index = indexes.get(rules);
  if (!index || index.length !== rules.length) {
    const map = new Map<string, RuleRecord[]>();
    for (const r of rules) {
      for (const t of new Set(r.triggers)) {
        let list = map.get(t);
        if (!list) {
          list = [];
          map.set(t, list);
        }
        list.push(r);
      }
    }
    index = { length: rules.length, byTrigger: map };
    indexes.set(rules, index);
  }
  return index.byTrigger.get(trigger) ?? [];
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
