import type { SelectQueryBuilder } from 'typeorm';
import type { WrittenRequest } from './written-request.entity';

/**
 * The order of every list of written requests: due instant ascending with no deadline last,
 * then creation, then id. The keyset is the row value
 *   (COALESCE(due_at, 'infinity'), date_trunc('milliseconds', created_at), id)
 * compared with `>`: 'infinity' puts requests with no deadline last in one comparison, and
 * created_at is cut to milliseconds so the value a cursor carries (a JavaScript Date) is
 * exactly the one compared. The cursor's sort value is `<dueAt ISO or infinity>|<createdAt ISO>`.
 */
export type RequestQuery = SelectQueryBuilder<WrittenRequest>;

const DUE = `COALESCE(r.due_at, 'infinity'::timestamptz)`;
const CREATED = `date_trunc('milliseconds', r.created_at)`;

export function keysetOrder(query: RequestQuery): RequestQuery {
  return query.orderBy(DUE, 'ASC').addOrderBy(CREATED, 'ASC').addOrderBy('r.id', 'ASC');
}

export function keysetAfter(
  query: RequestQuery,
  cursor: { sortValue: string; id: string },
): RequestQuery {
  const [due, created] = cursor.sortValue.split('|');
  return query.andWhere(
    `(${DUE}, ${CREATED}, r.id) > (:cursorDue::timestamptz, :cursorCreated::timestamptz, :cursorId)`,
    { cursorDue: due, cursorCreated: created, cursorId: cursor.id },
  );
}

export const requestSortValue = (r: WrittenRequest): string =>
  `${r.dueAt ? r.dueAt.toISOString() : 'infinity'}|${r.createdAt.toISOString()}`;
