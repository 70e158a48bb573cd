import type { FieldProblem } from '@onrecord/platform/errors';
import { isLocalDate } from '@onrecord/platform/graphql';

/** A value of a query string as Express parses it. */
export type QueryValue = string | string[] | undefined;

export const many = (value: QueryValue): string[] =>
  Array.isArray(value) ? value : value ? [value] : [];

/** `from` and `to` of a report's query string (YYYY-MM-DD); each problem added to `problems`. */
export function rangeOfQuery(
  query: Record<string, QueryValue>,
  problems: FieldProblem[],
): { from: string; to: string } {
  const date = (field: 'from' | 'to'): string => {
    const [value] = many(query[field]);
    if (!isLocalDate(value)) problems.push({ field, message: 'must be a date written YYYY-MM-DD' });
    return value ?? '';
  };
  return { from: date('from'), to: date('to') };
}
