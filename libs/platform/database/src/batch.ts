import { In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { DataScope } from './data-scope';

/**
 * DataLoader batch functions over the request's scope: one query for all keys, answers in
 * the keys' order.
 */

/** Each key's row by id (null when none is visible). */
export async function byIds<E extends ObjectLiteral & { id: string }>(
  scope: DataScope,
  entity: EntityTarget<E>,
  ids: readonly string[],
): Promise<Array<E | null>> {
  const rows = await scope.manager.find(entity, { where: { id: In([...ids]) } as never });
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

/** Each key's rows by a column (e.g. the students of each family), in `order`. */
export async function groupedBy<E extends ObjectLiteral>(
  scope: DataScope,
  entity: EntityTarget<E>,
  column: keyof E & string,
  keys: readonly string[],
  order: Partial<Record<keyof E & string, 'ASC' | 'DESC'>> = {},
  where: Record<string, unknown> = {},
): Promise<E[][]> {
  const rows = await scope.manager.find(entity, {
    where: { ...where, [column]: In([...keys]) } as never,
    order: order as never,
  });
  const groups = new Map<string, E[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(row[column] as string)?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
