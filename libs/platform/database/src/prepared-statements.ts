import { createHash } from 'node:crypto';

/** The part of pg's Client whose queries are named: a query given as arguments. */
interface QueryableClient {
  query(...args: unknown[]): unknown;
}

/**
 * How many statements one connection keeps prepared. TypeORM writes a list of ids as one
 * parameter each (`IN ($1, $2, …)`), so a page of another size is another statement; past
 * this many, a connection's further statements are sent unnamed (planned each time) rather
 * than held in PostgreSQL's memory for the connection's life.
 */
export const PREPARED_PER_CONNECTION = 200;

/** Statement names by text, so a statement's text is hashed once per process, not per use. */
const names = new Map<string, string>();
const NAMES_KEPT = 2_000;

function nameOf(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= NAMES_KEPT) names.clear();
    name = `onrecord_${createHash('sha1').update(text).digest('base64url')}`;
    names.set(text, name);
  }
  return name;
}

const PREPARED = Symbol('onrecord.preparedStatements');

/**
 * Makes a pg client prepare each statement that carries parameters once on its connection,
 * under a name derived from its text, and from then on only bind and execute it. An unnamed
 * statement is parsed and planned by PostgreSQL at every use; a named one is parsed once, and
 * after a few executions PostgreSQL keeps a generic plan for it when that plan is no worse
 * (plan_cache_mode auto), so a page's statements stop being planned again on every request.
 * Row-level security is unaffected: its policies read the per-transaction settings when a
 * statement executes, and PostgreSQL replans a cached statement itself when the role or the
 * schema it was planned for changes.
 *
 * Statements without parameters (BEGIN with the identity, COMMIT, several statements in one
 * simple query) stay as they are, as do queries given as objects or with a callback. A client
 * is patched once, whichever scope takes it from the pool next; pg itself remembers which
 * names its connection has parsed.
 */
export function prepareStatements(client: QueryableClient): void {
  const marked = client as QueryableClient & { [PREPARED]?: Set<string> };
  if (marked[PREPARED]) return;
  const prepared = new Set<string>();
  marked[PREPARED] = prepared;
  const send = client.query.bind(client);
  client.query = (...args: unknown[]) => {
    const [text, values] = args;
    if (args.length !== 2 || typeof text !== 'string' || !Array.isArray(values)) {
      return send(...args);
    }
    if (values.length === 0) return send(...args);
    const name = nameOf(text);
    if (!prepared.has(name)) {
      if (prepared.size >= PREPARED_PER_CONNECTION) return send(...args);
      prepared.add(name);
    }
    return send({ name, text, values });
  };
}
