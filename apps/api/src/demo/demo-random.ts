/**
 * A small deterministic generator (a linear congruential one, seeded by a text), so every
 * demo shows the same history; and the choices the demo's generators make with it.
 */
export function random(seedText: string): () => number {
  let seed = [...seedText].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7);
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

/** One of `choices`, each as likely as its weight. */
export function weighted<T>(next: () => number, choices: ReadonlyArray<readonly [T, number]>): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let left = next() * total;
  for (const [choice, weight] of choices) {
    left -= weight;
    if (left < 0) return choice;
  }
  const last = choices[choices.length - 1];
  if (!last) throw new Error('nothing to choose from');
  return last[0];
}

/** A whole number from `min` to `max`, both included. */
export const between = (next: () => number, min: number, max: number): number =>
  min + Math.floor(next() * (max - min + 1));

/** One of `items`, each as likely. */
export function pick<T>(next: () => number, items: readonly T[]): T {
  const item = items[Math.floor(next() * items.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
}
