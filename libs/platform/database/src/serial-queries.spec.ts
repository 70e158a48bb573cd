import { serializeQueries } from './serial-queries';

/** A client that answers each query after `ms`, and counts how many ran at once. */
function fakeClient(ms: number) {
  let running = 0;
  const log = { most: 0, order: [] as string[] };
  const client = {
    query(...[sql]: unknown[]): unknown {
      running += 1;
      log.most = Math.max(log.most, running);
      return new Promise((resolve, reject) =>
        setTimeout(() => {
          running -= 1;
          log.order.push(String(sql));
          if (sql === 'fails') reject(new Error('failed'));
          else resolve({ rows: [sql] });
        }, ms),
      );
    },
  };
  return { client, log };
}

describe('serializeQueries', () => {
  it('sends queries one at a time, in the order asked, each with its own answer', async () => {
    const { client, log } = fakeClient(5);
    serializeQueries(client);
    const answers = await Promise.all(['a', 'b', 'c'].map((sql) => client.query(sql)));
    expect(answers).toEqual([{ rows: ['a'] }, { rows: ['b'] }, { rows: ['c'] }]);
    expect(log.most).toBe(1);
    expect(log.order).toEqual(['a', 'b', 'c']);
  });

  it('goes on after a failed query, which still fails for its caller', async () => {
    const { client, log } = fakeClient(1);
    serializeQueries(client);
    const results = await Promise.allSettled(['a', 'fails', 'c'].map((sql) => client.query(sql)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(log.order).toEqual(['a', 'fails', 'c']);
  });

  it('patches a client once, however often its connection is taken from the pool', async () => {
    const { client, log } = fakeClient(1);
    serializeQueries(client);
    const once = client.query;
    serializeQueries(client);
    expect(client.query).toBe(once);
    await Promise.all([client.query('a'), client.query('b')]);
    expect(log.most).toBe(1);
  });

  it('leaves a query with its own callback to its caller', () => {
    const { client } = fakeClient(1);
    const calls: unknown[][] = [];
    const original = client.query.bind(client);
    client.query = (...args: unknown[]) => {
      calls.push(args);
      return original(args[0]);
    };
    serializeQueries(client);
    const callback = () => undefined;
    client.query('x', [], callback);
    expect(calls).toEqual([['x', [], callback]]);
  });
});
