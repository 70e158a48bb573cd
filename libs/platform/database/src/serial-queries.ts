/** The part of pg's Client that is queued: a query given as arguments, answered by a promise. */
interface QueryableClient {
  query(...args: unknown[]): unknown;
}

const SERIAL = Symbol('onrecord.serialQueries');

/**
 * Makes a pg client send its queries one after another, each once the one before has been
 * answered. A request's GraphQL resolvers run side by side (sibling fields, Promise.all) on
 * the request's one connection; pg queues what arrives while a query is running, but that
 * queue is deprecated and goes in pg 9. Queries that bring their own callback or are
 * submittable (streams, cursors) are passed through as they come: the caller drives them.
 * A client is patched once, whichever scope takes it from the pool next.
 */
export function serializeQueries(client: QueryableClient): void {
  const marked = client as QueryableClient & { [SERIAL]?: true };
  if (marked[SERIAL]) return;
  marked[SERIAL] = true;
  const send = client.query.bind(client);
  let previous: Promise<unknown> = Promise.resolve();
  client.query = (...args: unknown[]) => {
    const first = args[0] as { submit?: unknown } | undefined;
    if (typeof args[args.length - 1] === 'function' || typeof first?.submit === 'function') {
      return send(...args);
    }
    const answer = previous.then(() => send(...args));
    // The next query waits for this one to end, whether it succeeded or failed.
    previous = answer.catch(() => undefined);
    return answer;
  };
}
