import { badUserInput, decodeCursor, isUuid } from '@onrecord/platform/graphql';

/** Small helpers the family and student lists share. */

/** `ILIKE` pattern for "contains `text`", with the wildcards a person may type taken literally. */
export const containsPattern = (text: string): string =>
  `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The position after which a page starts. A cursor whose id is not a UUID did not come
 * from this API (and PostgreSQL would refuse to compare it with an id).
 */
export function pagePosition(after: string): { sortValue: string; id: string } {
  const cursor = decodeCursor(after);
  if (!isUuid(cursor.id)) {
    throw badUserInput([{ field: 'after', message: 'is not a cursor this API gave out' }]);
  }
  return cursor;
}
