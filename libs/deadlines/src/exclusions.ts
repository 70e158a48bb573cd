import { edgeIncluded } from './calendar';
import type { CountingDays } from './counting-days';
import { applies } from './conditions';
import type { Choices, EdgeWeekends, Exclusion, SkipKind } from './types';

/**
 * The days a rule does not count, as the rule states them: summer (PA 14.123(b): from the
 * day after the last day of spring term to the day before the first day of fall term; FL,
 * GA, NY, CA "days between terms") and breaks (CA EC 56043: vacations longer than 5
 * schooldays; GA 160-4-7-.04: 5 or more consecutive school days plus the weekends on either
 * side; FL 6A-6.0331(3)(g): school holidays and breaks).
 */

export interface ActiveExclusion {
  kind: 'SUMMER' | 'BREAKS';
  minSchoolDays: number;
  edges: EdgeWeekends;
  label: string;
}

export type ExclusionVerdict =
  { excluded: true; kind: SkipKind; reason: string } | { excluded: false } | { missing: true };

export function activeExclusions(
  exclusions: readonly Exclusion[],
  choices: Choices,
): ActiveExclusion[] {
  const out: ActiveExclusion[] = [];
  for (const e of exclusions) {
    if (!applies(e.when, choices)) continue;
    if (e.kind === 'SUMMER') {
      out.push({ kind: 'SUMMER', minSchoolDays: 0, edges: 'NONE', label: e.label ?? 'summer' });
    } else {
      const edges = edgesOf(e, choices);
      out.push({ kind: 'BREAKS', minSchoolDays: e.minSchoolDays, edges, label: e.label });
    }
  }
  return out;
}

/**
 * What activeExclusions depends on, as a number (a string for a rule with more exclusions
 * than a number holds exactly): per exclusion of the rule, 0 when it does not apply, else 1
 * (summer) or its edge weekends (2 NONE, 3 TRAILING, 4 BOTH). Two choices with the same
 * signature get the same active exclusions.
 */
export function exclusionsSignature(
  exclusions: readonly Exclusion[],
  choices: Choices,
): number | string {
  if (exclusions.length > 20) return exclusions.map((e) => exclusionCode(e, choices)).join('');
  let code = 0;
  for (const e of exclusions) code = code * 5 + exclusionCode(e, choices);
  return code;
}

const EDGE_CODES: Record<EdgeWeekends, number> = { NONE: 2, TRAILING: 3, BOTH: 4 };

function exclusionCode(e: Exclusion, choices: Choices): number {
  if (!applies(e.when, choices)) return 0;
  return e.kind === 'SUMMER' ? 1 : EDGE_CODES[edgesOf(e, choices)];
}

function edgesOf(e: Exclusion & { kind: 'BREAKS' }, choices: Choices): EdgeWeekends {
  return typeof e.edgeWeekends === 'string'
    ? e.edgeWeekends
    : toEdges(choices[e.edgeWeekends.ambiguity]);
}

function toEdges(option: string | undefined): EdgeWeekends {
  return option === 'TRAILING' || option === 'BOTH' ? option : 'NONE';
}

const NOT_EXCLUDED: ExclusionVerdict = { excluded: false };

/** Whether the exclusions skip a day (a day number); `missing` when the calendar does not cover it. */
export function checkExclusions(
  date: number,
  exclusions: readonly ActiveExclusion[],
  model: CountingDays,
): ExclusionVerdict {
  if (exclusions.length === 0) return NOT_EXCLUDED;
  const day = model.classify(date);
  if (day.kind === 'MISSING') return { missing: true };
  for (const e of exclusions) {
    if (e.kind === 'SUMMER') {
      if (day.kind === 'SUMMER') {
        return {
          excluded: true,
          kind: 'SUMMER',
          reason: `${e.label} (between the last instructional day ${day.after.lastDay} and the first ${day.before.firstDay})`,
        };
      }
      continue;
    }
    if (day.kind === 'SUMMER') continue;
    const around = model.breakAround(date);
    if (!around || around.brk.schoolDays < e.minSchoolDays) continue;
    if (!edgeIncluded(around.position, e.edges)) continue;
    const where =
      around.position === 'INSIDE'
        ? day.kind === 'CLOSURE'
          ? ''
          : 'weekend inside the break; '
        : around.position === 'LEADING'
          ? 'weekend before the break; '
          : 'weekend after the break; ';
    return {
      excluded: true,
      kind: 'BREAK',
      reason: `${day.kind === 'CLOSURE' ? day.label : around.brk.label} (${where}${e.label})`,
    };
  }
  return NOT_EXCLUDED;
}
