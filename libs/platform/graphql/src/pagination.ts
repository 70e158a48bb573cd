import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { Max, Min } from 'class-validator';
import { badUserInput } from '@onrecord/platform/errors';
import { isUuid } from '@onrecord/platform/database';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many to return, 1 to 100.' })
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Array<Edge<T>>;
  pageInfo: PageInfo;
}

/** A cursor connection type for `node`, named e.g. `MemberConnection`. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

/** A cursor is the sort position of the last row seen: its sort value and its id. */
export function encodeCursor(sortValue: string, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
}

/**
 * The position a cursor names. A cursor that was not given out by this API, or was tampered
 * with, is the caller's mistake (BAD_USER_INPUT on `after`), never a SQL error: its id must
 * pass `isId` (all OnRecord ids are UUIDs) and its sort value `isSortValue`.
 */
export function decodeCursor(
  cursor: string,
  checks: { isSortValue?: (value: string) => boolean; isId?: (value: string) => boolean } = {},
): { sortValue: string; id: string } {
  const { isSortValue = () => true, isId = isUuid } = checks;
  try {
    const [sortValue, id] = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    ) as unknown[];
    if (
      typeof sortValue === 'string' &&
      typeof id === 'string' &&
      isSortValue(sortValue) &&
      isId(id)
    )
      return { sortValue, id };
  } catch {
    // fall through
  }
  throw badUserInput([{ field: 'after', message: 'is not a cursor this API gave out' }]);
}

/** A sort value that is an instant (ISO 8601). */
export const isTimestamp = (value: string): boolean => !Number.isNaN(Date.parse(value));

/** `ILIKE` pattern for "contains `text`": wildcards a person types are taken literally. */
export const containsPattern = (text: string): string =>
  `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Builds a connection from rows fetched with `first + 1` rows in a stable order, so the
 * extra row tells whether there is a next page.
 */
export function toConnection<R extends { id: string }, T>(
  rows: R[],
  first: number,
  sortValue: (row: R) => string,
  toNode: (row: R) => T,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({
    cursor: encodeCursor(sortValue(row), row.id),
    node: toNode(row),
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
