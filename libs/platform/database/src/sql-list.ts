/**
 * `'A', 'B', 'C'`: the values of an enum written into a CHECK constraint, so the database
 * refuses what the code would never write.
 */
export const sqlList = (values: readonly string[]): string =>
  values.map((value) => `'${value}'`).join(', ');
