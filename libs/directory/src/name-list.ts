import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  containsPattern,
  decodeCursor,
  toConnection,
  type Connection,
} from '@onrecord/platform/graphql';

/**
 * The directory's lists are alphabetical: by name, then id so that equal names keep a
 * stable order across pages (keyset pagination, like MemberService.list).
 */

export async function byNamePage<E extends ObjectLiteral & { id: string; name: string }, T>(
  query: SelectQueryBuilder<E>,
  alias: string,
  page: { first: number; after?: string | null; search?: string | null },
  toNode: (row: E) => T,
  searchIn: string[] = ['name'],
): Promise<Connection<T>> {
  if (page.search?.trim()) {
    const matches = searchIn.map((column) => `${alias}.${column} ILIKE :search`);
    query.andWhere(`(${matches.join(' OR ')})`, { search: containsPattern(page.search) });
  }
  if (page.after) {
    const cursor = decodeCursor(page.after);
    query.andWhere(`(${alias}.name, ${alias}.id) > (:afterName, :afterId)`, {
      afterName: cursor.sortValue,
      afterId: cursor.id,
    });
  }
  const rows = await query
    .orderBy(`${alias}.name`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .limit(page.first + 1)
    .getMany();
  return toConnection(rows, page.first, (row) => row.name, toNode);
}
