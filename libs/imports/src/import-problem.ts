import type { FieldProblem } from '@onrecord/platform/errors';
import type { ColumnMapping } from './import-fields';

/** One thing wrong with one row: its number as the spreadsheet shows it, and the column. */
export interface ImportProblem {
  row: number;
  /** The header of the column at fault, as the file writes it (null: the row as a whole). */
  column: string | null;
  message: string;
}

/**
 * A create operation's field problems (`email`, `disabilityCategories.1`) as problems of a
 * row, each on the column its field came from (`columnOf` says which field that is).
 */
export function rowProblems(
  line: number,
  problems: FieldProblem[],
  mapping: ColumnMapping,
  columnOf: Record<string, string>,
): ImportProblem[] {
  return problems.map((problem) => {
    const field = columnOf[problem.field.split('.')[0] ?? ''];
    return { row: line, column: field ? (mapping[field] ?? null) : null, message: problem.message };
  });
}
