import { Client } from 'pg';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { createTestApp, type TestApp, type TestAuth } from '@onrecord/platform/testing';
import { AppModule } from './app.module';

const ME = '{ me { user { id email } activeOrganization { id name } } }';

/**
 * What a member's request costs in round trips to PostgreSQL: every query a pg client sends
 * is one (a simple query of several statements, such as BEGIN with the identity settings,
 * is sent and answered once). Counted on pg's own client, so COMMIT is counted too.
 */
describe('round trips of a member request', () => {
  let api: TestApp<[TestAuth, TestAuth]>;
  let admin: TestAuth;
  let other: TestAuth;
  let roundTrips = 0;
  const send = Object.getOwnPropertyDescriptor(Client.prototype, 'query')!.value as (
    this: Client,
    ...args: unknown[]
  ) => unknown;

  beforeAll(async () => {
    // Before the app starts: each pooled client binds its query once (serializeQueries).
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      roundTrips += 1;
      return send.apply(this, args);
    } as typeof Client.prototype.query;
    api = await createTestApp(AppModule, { admins: ['trips', 'other'] });
    [admin, other] = api.admins;
    // The admin is also an advocate of the other organization, joined later.
    await superuserQuery(
      api.adminUrl,
      `INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'ADVOCATE')`,
      [other.activeOrganization!.id, admin.user.id],
    );
  });
  afterAll(async () => {
    await api?.close();
    Client.prototype.query = send as typeof Client.prototype.query;
  });

  async function count(work: () => Promise<unknown>): Promise<number> {
    roundTrips = 0;
    await work();
    return roundTrips;
  }

  it('answers `me` in three: BEGIN with the settings and the session and membership check, the user with their memberships, COMMIT', async () => {
    const me = () => api.anonymous.as(admin.accessToken).data<{ me: { user: { id: string } } }>(ME);
    expect((await me()).me.user.id).toBe(admin.user.id);
    const trips = await count(me);
    process.stdout.write(`me: ${trips} round trips to PostgreSQL\n`);
    expect(trips).toBe(3);
  });

  it('answers `me` with every membership, oldest first, in as many', async () => {
    type Me = {
      me: {
        memberships: Array<{ role: string; organization: { id: string } }>;
        activeOrganization: { id: string } | null;
      };
    };
    const me = () =>
      api.anonymous
        .as(admin.accessToken)
        .data<Me>('{ me { memberships { role organization { id } } activeOrganization { id } } }');
    expect((await me()).me).toEqual({
      memberships: [
        { role: 'ADMIN', organization: { id: admin.activeOrganization!.id } },
        { role: 'ADVOCATE', organization: { id: other.activeOrganization!.id } },
      ],
      activeOrganization: { id: admin.activeOrganization!.id },
    });
    expect(await count(me)).toBe(3);
  });
});
