import { PREPARED_PER_CONNECTION, prepareStatements } from './prepared-statements';

/** A client that records what each query was sent as. */
function recordingClient() {
  const sent: unknown[][] = [];
  const client = {
    query(...args: unknown[]): unknown {
      sent.push(args);
      return Promise.resolve({ rows: [] });
    },
  };
  return { client, sent };
}

describe('prepareStatements', () => {
  it('names a statement with parameters by its text, the same name at every use', async () => {
    const { client, sent } = recordingClient();
    prepareStatements(client);
    await client.query('SELECT $1::int', [1]);
    await client.query('SELECT $1::int', [2]);
    await client.query('SELECT $1::text', ['a']);
    const [first, second, other] = sent.map(([query]) => query as { name: string });
    expect(first).toEqual({
      name: expect.stringMatching(/^onrecord_/),
      text: 'SELECT $1::int',
      values: [1],
    });
    expect(second!.name).toBe(first!.name);
    expect(other!.name).not.toBe(first!.name);
  });

  it('passes through what it must not name: no parameters, several statements, objects, callbacks', async () => {
    const { client, sent } = recordingClient();
    prepareStatements(client);
    const callback = () => undefined;
    const asObject = { text: 'SELECT $1', values: [1] };
    await client.query('BEGIN; SELECT 1');
    await client.query('SELECT 1', []);
    await client.query(asObject);
    client.query('SELECT $1', [1], callback);
    expect(sent).toEqual([
      ['BEGIN; SELECT 1'],
      ['SELECT 1', []],
      [asObject],
      ['SELECT $1', [1], callback],
    ]);
  });

  it('keeps at most PREPARED_PER_CONNECTION statements on a connection; the rest go unnamed', async () => {
    const { client, sent } = recordingClient();
    prepareStatements(client);
    prepareStatements(client); // patched once, whoever takes it from the pool next
    for (let n = 0; n <= PREPARED_PER_CONNECTION; n += 1)
      await client.query(`SELECT ${n} + $1`, [n]);
    await client.query('SELECT 0 + $1', [7]);
    const named = sent.filter(([query]) => typeof query === 'object');
    expect(named).toHaveLength(PREPARED_PER_CONNECTION + 1);
    expect(sent[PREPARED_PER_CONNECTION]).toEqual([
      `SELECT ${PREPARED_PER_CONNECTION} + $1`,
      [PREPARED_PER_CONNECTION],
    ]);
    // One already prepared is still used by name.
    expect(sent[sent.length - 1]![0]).toMatchObject({ text: 'SELECT 0 + $1', values: [7] });
  });
});
