import { badUserInput, decodeCursor, isUuid } from '@onrecord/platform/graphql';

/**
 * A cursor whose sort value and id PostgreSQL can compare. A cursor that was tampered with
 * is the caller's mistake (BAD_USER_INPUT on `after`), not a server error.
 */
export function pageCursor(
  after: string,
  isSortValue: (value: string) => boolean,
): { sortValue: string; id: string } {
  const cursor = decodeCursor(after);
  if (!isSortValue(cursor.sortValue) || !isUuid(cursor.id)) {
    throw badUserInput([{ field: 'after', message: 'is not a cursor this API gave out' }]);
  }
  return cursor;
}

export const isTimestamp = (value: string): boolean => !Number.isNaN(Date.parse(value));
