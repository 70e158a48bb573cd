import type { FieldProblem } from '@onrecord/platform/errors';
import {
  IMPORT_FIELDS,
  NAME_PAIRS,
  REQUIRED_FIELDS,
  type ColumnMapping,
  type ImportKind,
} from './import-fields';

/**
 * What is wrong with a mapping for a file: a field this import does not have, a header the
 * file does not have, or a required field left unmapped (a name needs its whole-name column
 * or its first-name column). Each on `mapping.<field>`.
 */
export function mappingProblems(
  kind: ImportKind,
  mapping: ColumnMapping,
  headers: readonly string[],
): FieldProblem[] {
  const keys = new Set(IMPORT_FIELDS[kind].map((field) => field.key));
  const problems: FieldProblem[] = [];
  for (const [key, header] of Object.entries(mapping)) {
    if (!keys.has(key))
      problems.push({ field: `mapping.${key}`, message: 'is not a field of this import' });
    else if (!headers.includes(header))
      problems.push({
        field: `mapping.${key}`,
        message: `"${header}" is not a column of this file`,
      });
  }
  for (const [whole, first] of NAME_PAIRS[kind]) {
    if (!mapping[whole] && !mapping[first])
      problems.push({
        field: `mapping.${whole}`,
        message: 'choose the column with the name (or with the first name)',
      });
  }
  for (const key of REQUIRED_FIELDS[kind]) {
    if (!mapping[key])
      problems.push({ field: `mapping.${key}`, message: 'choose the column for this field' });
  }
  return problems;
}

/** A saved mapping, less the headers this file does not have. */
export function keptFor(mapping: ColumnMapping, headers: readonly string[]): ColumnMapping {
  return Object.fromEntries(
    Object.entries(mapping).filter(([, header]) => headers.includes(header)),
  );
}
