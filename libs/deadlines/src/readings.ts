import { AMBIGUITIES } from './ambiguities';
import type { Choices, Reading } from './types';

/** Every combination of the options of the named ambiguities (one empty choice if none). */
export function enumerateChoices(ambiguityIds: readonly string[]): Choices[] {
  let out: Record<string, string>[] = [{}];
  for (const id of ambiguityIds) {
    const ambiguity = AMBIGUITIES[id];
    if (!ambiguity) throw new Error(`unknown ambiguity ${id}`);
    const next: Record<string, string>[] = [];
    for (const partial of out) {
      for (const option of ambiguity.options) next.push({ ...partial, [id]: option.id });
    }
    out = next;
  }
  return out;
}

export function describeChoices(choices: Choices): Reading['assumptions'] {
  const out: Reading['assumptions'][number][] = [];
  for (const [id, optionId] of Object.entries(choices)) {
    const ambiguity = AMBIGUITIES[id];
    const option = ambiguity?.options.find((o) => o.id === optionId);
    if (ambiguity && option) {
      out.push({
        ambiguity: id,
        question: ambiguity.question,
        option: option.id,
        label: option.label,
      });
    }
  }
  return out;
}

/**
 * What makes readings the same: readings that land on the same due instant are one (the
 * first combination found is kept); incomplete readings are one per reason.
 */
export function distinctKey(r: Pick<Reading, 'dueInstant' | 'incomplete'>): string {
  return r.dueInstant ?? `incomplete:${r.incomplete?.reason ?? ''}`;
}

/** Earliest due instant first; incomplete readings after the dated ones. */
export function sortReadings(readings: Reading[]): Reading[] {
  return readings.sort((a, b) => {
    if (a.dueInstant === null) return b.dueInstant === null ? 0 : 1;
    if (b.dueInstant === null) return -1;
    return a.dueInstant < b.dueInstant ? -1 : a.dueInstant > b.dueInstant ? 1 : 0;
  });
}

/** Why the earliest and latest readings differ: the ambiguities they answer differently. */
export function whyReadingsDiffer(earliest: Reading, latest: Reading): string[] {
  if (earliest === latest) return [];
  const out: string[] = [];
  for (const [id, optionId] of Object.entries(earliest.choices)) {
    if (latest.choices[id] === optionId) continue;
    const ambiguity = AMBIGUITIES[id];
    if (!ambiguity) continue;
    const label = (o: string | undefined) => ambiguity.options.find((x) => x.id === o)?.label ?? '';
    out.push(
      `${ambiguity.question} Earliest (${earliest.dueDate ?? '?'}): ${label(optionId)}. Latest (${latest.dueDate ?? '?'}): ${label(latest.choices[id])}. ${ambiguity.why}`,
    );
  }
  return out;
}
