import { Client } from 'pg';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  ApiClient,
  apiOf,
  AUTH_FIELDS as AUTH,
  createTestApp,
  signUpAdmin,
  type TestApp,
  TEST_PASSWORD as password,
  type TestAuth as Auth,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { ACCOUNTS_ENTITIES } from '@onrecord/accounts';
import { ORGANIZATIONS_ENTITIES } from './organizations.entities';
import { OrganizationMembershipLookup } from './membership.lookup';
import { OrganizationsModule } from './organizations.module';

/** Organizations (with accounts, which it imports), and no other feature. */
const ORGANIZATIONS_API = apiOf({
  entities: [...ACCOUNTS_ENTITIES, ...ORGANIZATIONS_ENTITIES],
  features: [OrganizationsModule],
  membershipLookup: OrganizationMembershipLookup,
});

/**
 * Accounts, sessions, organizations, members, invitations and the audit log, through
 * GraphQL over HTTP, with two organizations that must never see each other.
 */
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) }`;
const CONFIRM = `mutation ($token: String!) { confirmSignUp(token: $token) { ${AUTH} } }`;
const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) { ${AUTH} } }`;
const REFRESH = `mutation ($token: String!) { refreshSession(refreshToken: $token) { ${AUTH} } }`;
const INVITE =
  'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id email role status } }';
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${AUTH} } }`;

describe('identity, organizations and isolation over HTTP', () => {
  const sink = new SmtpSink();
  let api: TestApp;
  let environment: TestEnvironment;
  let anonymous: ApiClient;
  let adminA: Auth;
  let adminB: Auth;
  const signUp = (label: string): Promise<Auth> =>
    signUpAdmin(anonymous, label, environment.db.adminUrl);

  const as = (auth: Auth) => anonymous.as(auth.accessToken);

  async function invite(
    admin: Auth,
    email: string,
    role = 'ADVOCATE',
  ): Promise<{ id: string; token: string }> {
    const before = sink.received.length;
    const { inviteMember } = await as(admin).data<{ inviteMember: { id: string } }>(INVITE, {
      input: { email, role },
    });
    const [mail] = (await sink.waitFor(before + 1)).slice(before);
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail!.parsed.text ?? '')![1]!;
    return { id: inviteMember.id, token };
  }

  async function asOwner<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: environment.db.adminUrl });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await sink.start();
    api = await createTestApp(ORGANIZATIONS_API, { env: { SMTP_URL: sink.url } });
    ({ environment, anonymous } = api);
    adminA = await signUp('a');
    adminB = await signUp('b');
  });
  afterAll(async () => {
    await api?.close();
    await sink.stop();
  });

  describe('sign-up', () => {
    it('makes the new user admin of a new organization', async () => {
      const { me } = await as(adminA).data<{
        me: { memberships: Array<{ role: string; organization: { name: string } }> };
      }>('{ me { memberships { role organization { name } } activeOrganization { id } } }');
      expect(me.memberships).toEqual([{ role: 'ADMIN', organization: { name: 'Org a' } }]);
    });

    it('says which field is wrong and why', async () => {
      const error = await anonymous.errorOf(SIGN_UP, {
        input: {
          email: 'not-an-email',
          name: 'X',
          password,
          organization: { name: 'O', timeZone: 'Mars/Olympus', homeState: 'ZZ' },
        },
      });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.fields).toEqual(
        expect.arrayContaining([
          { field: 'email', message: 'must be an email address such as name@example.org' },
          {
            field: 'organization.timeZone',
            message: 'must be an IANA time zone such as America/Chicago',
          },
          expect.objectContaining({ field: 'organization.homeState' }),
        ]),
      );
    });

    it('names the password rule that is broken', async () => {
      const error = await anonymous.errorOf(SIGN_UP, {
        input: {
          email: 'weak@example.org',
          name: 'Weak',
          password: 'short',
          organization: { name: 'O', timeZone: 'UTC', homeState: 'CA' },
        },
      });
      expect(error).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'password', message: 'must be at least 12 characters long' }],
      });
      const common = await anonymous.errorOf(SIGN_UP, {
        input: {
          email: 'weak@example.org',
          name: 'Weak',
          password: 'password1234',
          organization: { name: 'O', timeZone: 'UTC', homeState: 'CA' },
        },
      });
      expect(common.fields).toEqual([
        { field: 'password', message: 'is one of the most common passwords' },
      ]);
    });

    it('is throttled: repeated sign-ups with one email are made to wait', async () => {
      const input = (n: number) => ({
        email: 'repeated@example.org',
        name: 'Repeated Person',
        password,
        organization: { name: `Repeated ${n}`, timeZone: 'America/Chicago', homeState: 'TX' },
      });
      const codes: string[] = [];
      for (let n = 0; n < 6; n++) {
        const response = await anonymous.request(
          'mutation ($input: SignUpInput!) { signUp(input: $input) }',
          { input: input(n) },
        );
        codes.push(String(response.errors?.[0]?.extensions?.code ?? 'SIGNED_UP'));
      }
      expect(codes[0]).toBe('SIGNED_UP');
      expect(codes[5]).toBe('TOO_MANY_REQUESTS');
    });

    const newcomer = (email: string, organization: string) => ({
      input: {
        email,
        name: 'New Comer',
        password,
        organization: { name: organization, timeZone: 'America/Chicago', homeState: 'TX' },
      },
    });
    /** The token of the newest confirmation link mailed to `to`. */
    async function confirmationToken(to: string, before: number): Promise<string> {
      const mail = await sink.waitForMatch((m) => m.envelopeTo.includes(to), before);
      expect(mail.parsed.subject).toBe('Confirm your email to finish signing up for OnRecord');
      return /sign-up\/confirm\?token=([A-Za-z0-9_-]+)/.exec(mail.parsed.text ?? '')![1]!;
    }

    it('creates nothing until the emailed link is opened, then signs the new admin in; the link works once', async () => {
      const before = sink.received.length;
      const { signUp } = await anonymous.data<{ signUp: string }>(
        SIGN_UP,
        newcomer('Newcomer@Example.org', 'Newcomer Org'),
      );
      expect(signUp).toMatch(/^Check your email/);
      const token = await confirmationToken('newcomer@example.org', before);
      // Not yet an account: no sign-in, no organization.
      expect(
        (await anonymous.errorOf(LOG_IN, { input: { email: 'newcomer@example.org', password } }))
          .code,
      ).toBe('UNAUTHENTICATED');
      expect(await asOwner(`SELECT 1 FROM organization WHERE name = 'Newcomer Org'`)).toEqual([]);

      const { confirmSignUp } = await anonymous.data<{ confirmSignUp: Auth }>(CONFIRM, { token });
      expect(confirmSignUp.user.email).toBe('newcomer@example.org');
      expect(confirmSignUp.activeOrganization?.name).toBe('Newcomer Org');
      const { me } = await as(confirmSignUp).data<{
        me: { memberships: Array<{ role: string }> };
      }>('{ me { memberships { role } } }');
      expect(me.memberships).toEqual([{ role: 'ADMIN' }]);
      // Once: the address's requests (and the password hash they held) are gone.
      expect(await anonymous.errorOf(CONFIRM, { token })).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: expect.stringMatching(/expired or was already used/),
      });
      expect(
        await asOwner(`SELECT 1 FROM sign_up_request WHERE email = 'newcomer@example.org'`),
      ).toEqual([]);
    });

    it('refuses an expired link, and a second link of an address that has been confirmed', async () => {
      let before = sink.received.length;
      await anonymous.data(SIGN_UP, newcomer('twice@example.org', 'Twice One'));
      const first = await confirmationToken('twice@example.org', before);
      before = sink.received.length;
      await anonymous.data(SIGN_UP, newcomer('twice@example.org', 'Twice Two'));
      const second = await confirmationToken('twice@example.org', before);
      expect(second).not.toBe(first);
      await anonymous.data(CONFIRM, { token: second });
      expect((await anonymous.errorOf(CONFIRM, { token: first })).code).toBe('UNAUTHENTICATED');
      expect(await asOwner(`SELECT 1 FROM organization WHERE name = 'Twice One'`)).toEqual([]);

      before = sink.received.length;
      await anonymous.data(SIGN_UP, newcomer('late@example.org', 'Late Org'));
      const late = await confirmationToken('late@example.org', before);
      // Made a day and a minute ago: past its 24 hours.
      await asOwner(
        `UPDATE sign_up_request SET created_at = now() - interval '1441 minutes', expires_at = now() - interval '1 minute' WHERE email = 'late@example.org'`,
      );
      expect((await anonymous.errorOf(CONFIRM, { token: late })).code).toBe('UNAUTHENTICATED');
      expect(await asOwner(`SELECT 1 FROM app_user WHERE email = 'late@example.org'`)).toEqual([]);
      expect((await anonymous.errorOf(CONFIRM, { token: 'made-up' })).code).toBe('UNAUTHENTICATED');
    });

    it('answers the same for an address that has an account, emails its owner instead, and creates nothing', async () => {
      const fresh = await anonymous.data<{ signUp: string }>(
        SIGN_UP,
        newcomer('someone-new@example.org', 'Fresh'),
      );
      const before = sink.received.length;
      const taken = await anonymous.data<{ signUp: string }>(
        SIGN_UP,
        newcomer('A@Example.org', 'Dup'),
      );
      expect(taken.signUp).toBe(fresh.signUp);
      const notice = await sink.waitForMatch((m) => m.envelopeTo.includes('a@example.org'), before);
      expect(notice.parsed.subject).toBe('You already have an OnRecord account');
      expect(notice.parsed.text).toContain('/sign-in');
      expect(notice.parsed.text).not.toMatch(/token=/);
      expect(await asOwner(`SELECT 1 FROM organization WHERE name = 'Dup'`)).toEqual([]);
      expect(
        await asOwner(`SELECT 1 FROM sign_up_request WHERE lower(email) = 'a@example.org'`),
      ).toEqual([]);
    });
  });

  describe('sessions', () => {
    it('gives the same answer for a wrong password and an unknown email', async () => {
      const wrong = await anonymous.errorOf(LOG_IN, {
        input: { email: 'a@example.org', password: 'not the password!' },
      });
      const unknown = await anonymous.errorOf(LOG_IN, {
        input: { email: 'nobody@example.org', password: 'not the password!' },
      });
      expect(wrong).toEqual(unknown);
      expect(wrong).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: 'The email or the password is wrong.',
      });
    });

    it('slows guessing down exponentially, never locks the owner out, and emails them a way in', async () => {
      const owner = await signUp('guessed');
      const attempt = (pw: string) =>
        anonymous.request<{ logIn: Auth }>(LOG_IN, {
          input: { email: 'guessed@example.org', password: pw },
        });
      const waitOf = (response: Awaited<ReturnType<typeof attempt>>) => {
        const error = response.errors?.[0];
        return error?.extensions?.code === 'TOO_MANY_REQUESTS'
          ? Number(error.extensions['retryAfterSeconds'])
          : 0;
      };
      // The first failures cost nothing; the next one makes every attempt wait a little.
      for (let i = 0; i < 4; i++) expect(waitOf(await attempt('wrong password'))).toBe(0);
      const first = waitOf(await attempt(password));
      expect(first).toBeGreaterThan(0);
      expect(first).toBeLessThanOrEqual(1);
      // After the wait, one more failure doubles it: a backoff, not a 15-minute lock.
      await new Promise((resolve) => setTimeout(resolve, first * 1000 + 200));
      expect(waitOf(await attempt('wrong password'))).toBe(0);
      const second = waitOf(await attempt(password));
      expect(second).toBe(2);
      const refused = await attempt(password);
      expect(refused.errors?.[0]?.message).toMatch(/requestSignInLink/);

      // The owner, made to wait by someone else's guesses, signs in by emailed link now.
      const before = sink.received.length;
      const { requestSignInLink } = await anonymous.data<{ requestSignInLink: string }>(
        'mutation ($e: String!) { requestSignInLink(email: $e) }',
        { e: 'Guessed@Example.org' },
      );
      const [mail] = (await sink.waitFor(before + 1)).slice(before);
      expect(mail!.envelopeTo).toEqual(['guessed@example.org']);
      const token = /token=([A-Za-z0-9_-]+)/.exec(mail!.parsed.text ?? '')![1]!;
      const { refreshSession } = await anonymous.data<{ refreshSession: Auth }>(REFRESH, {
        token,
      });
      expect(refreshSession.user.id).toBe(owner.user.id);
      expect(refreshSession.activeOrganization?.id).toBe(owner.activeOrganization!.id);
      expect(
        (await as(refreshSession).data<{ me: unknown }>('{ me { user { id } } }')).me,
      ).toBeTruthy();
      // The link works once.
      expect((await anonymous.errorOf(REFRESH, { token })).code).toBe('UNAUTHENTICATED');

      // The same answer, and no mail, for an email without an account.
      const unknown = await anonymous.data<{ requestSignInLink: string }>(
        'mutation ($e: String!) { requestSignInLink(email: $e) }',
        { e: 'nobody-here@example.org' },
      );
      expect(unknown.requestSignInLink).toBe(requestSignInLink);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(sink.received.filter((m) => m.envelopeTo.includes('nobody-here@example.org'))).toEqual(
        [],
      );
    });

    it('notes a member’s last sign-in, by password or emailed link, not by a refresh', async () => {
      const owner = await signUp('signs-in');
      const lastSignIn = async () =>
        (
          await as(owner).data<{
            members: {
              edges: Array<{ node: { user: { id: string }; lastSignedInAt: string | null } }>;
            };
          }>('{ members { edges { node { user { id } lastSignedInAt } } } }')
        ).members.edges.find((e) => e.node.user.id === owner.user.id)!.node.lastSignedInAt;
      expect(await lastSignIn()).toBeNull(); // signed up, never signed in since
      const { logIn } = await anonymous.data<{ logIn: Auth }>(LOG_IN, {
        input: { email: 'signs-in@example.org', password },
      });
      expect(await lastSignIn()).not.toBeNull();
      const dayAgo = new Date(Date.now() - 86_400_000);
      await asOwner('UPDATE membership SET last_signed_in_at = $2 WHERE user_id = $1', [
        owner.user.id,
        dayAgo,
      ]);
      await anonymous.data(REFRESH, { token: logIn.refreshToken });
      expect(new Date((await lastSignIn())!).getTime()).toBe(dayAgo.getTime());
      const before = sink.received.length;
      await anonymous.data('mutation ($e: String!) { requestSignInLink(email: $e) }', {
        e: 'signs-in@example.org',
      });
      const [mail] = (await sink.waitFor(before + 1)).slice(before);
      const token = /token=([A-Za-z0-9_-]+)/.exec(mail!.parsed.text ?? '')![1]!;
      await anonymous.data(REFRESH, { token });
      expect(new Date((await lastSignIn())!).getTime()).toBeGreaterThan(Date.now() - 60_000);
      // Another organization's admin does not see it.
      const { members } = await as(adminB).data<{
        members: { edges: Array<{ node: { user: { id: string } } }> };
      }>('{ members { edges { node { user { id } } } } }');
      expect(members.edges.map((e) => e.node.user.id)).not.toContain(owner.user.id);
    });

    it('rotates refresh tokens and revokes the whole chain when a used one comes back', async () => {
      const { logIn } = await anonymous.data<{ logIn: Auth }>(LOG_IN, {
        input: { email: 'b@example.org', password },
      });
      const first = (
        await anonymous.data<{ refreshSession: Auth }>(REFRESH, { token: logIn.refreshToken })
      ).refreshSession;
      expect(first.refreshToken).not.toBe(logIn.refreshToken);
      expect(first.activeOrganization?.id).toBe(adminB.activeOrganization!.id);
      const reused = await anonymous.errorOf(REFRESH, { token: logIn.refreshToken });
      expect(reused.code).toBe('UNAUTHENTICATED');
      // The thief's use revoked the chain: the legitimate newest token is dead too.
      expect((await anonymous.errorOf(REFRESH, { token: first.refreshToken })).code).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('ends a session on log-out', async () => {
      const { logIn } = await anonymous.data<{ logIn: Auth }>(LOG_IN, {
        input: { email: 'b@example.org', password },
      });
      await anonymous.data('mutation ($t: String!) { logOut(refreshToken: $t) }', {
        t: logIn.refreshToken,
      });
      expect((await anonymous.errorOf(REFRESH, { token: logIn.refreshToken })).code).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('ends the access token at once on log-out, and only that session’s', async () => {
      const login = async () =>
        (
          await anonymous.data<{ logIn: Auth }>(LOG_IN, {
            input: { email: 'b@example.org', password },
          })
        ).logIn;
      const [ended, other] = [await login(), await login()];
      expect((await as(ended).data<{ me: unknown }>('{ me { user { id } } }')).me).toBeTruthy();
      await anonymous.data('mutation ($t: String!) { logOut(refreshToken: $t) }', {
        t: ended.refreshToken,
      });
      expect(await as(ended).errorOf('{ me { user { id } } }')).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: 'Your session has ended: sign in again.',
      });
      expect((await as(ended).errorOf('{ organization { id } }')).code).toBe('UNAUTHENTICATED');
      // Another device of the same person is still signed in.
      expect((await as(other).data<{ me: unknown }>('{ me { user { id } } }')).me).toBeTruthy();
    });

    it('refuses forged, tampered and unsigned access tokens', async () => {
      const [header, payload] = adminA.accessToken.split('.');
      const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
      const tampered = `${header}.${Buffer.from(JSON.stringify({ sub: adminB.user.id, org: adminB.activeOrganization!.id })).toString('base64url')}.${adminA.accessToken.split('.')[2]}`;
      for (const token of [none, tampered, 'garbage']) {
        expect((await anonymous.as(token).errorOf('{ organization { id } }')).code).toBe(
          'UNAUTHENTICATED',
        );
      }
    });
  });

  describe('invitations and members', () => {
    let advocate: Auth;
    let advocateMemberId: string;

    it('invites by email; the invitee creates an account and joins with the role', async () => {
      const { token } = await invite(adminA, 'advocate@example.org');
      const duplicate = await as(adminA).errorOf(INVITE, {
        input: { email: 'Advocate@example.org', role: 'ANALYST' },
      });
      expect(duplicate.code).toBe('CONFLICT');
      advocate = (
        await anonymous.data<{ acceptInvitation: Auth }>(ACCEPT, {
          input: { token, name: 'Ada Advocate', password },
        })
      ).acceptInvitation;
      expect(advocate.activeOrganization?.id).toBe(adminA.activeOrganization!.id);
      const again = await anonymous.errorOf(ACCEPT, { input: { token, name: 'Ada', password } });
      expect(again).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'token', message: 'has already been used' }],
      });
      const { members } = await as(adminA).data<{
        members: { edges: Array<{ node: { id: string; role: string; user: { email: string } } }> };
      }>(
        '{ members(first: 10) { edges { node { id role user { email } } } pageInfo { hasNextPage } } }',
      );
      const node = members.edges.find((e) => e.node.user.email === 'advocate@example.org')!.node;
      expect(node.role).toBe('ADVOCATE');
      advocateMemberId = node.id;
    });

    it('lets an existing account accept with its password and switch between organizations', async () => {
      const { token } = await invite(adminA, 'b@example.org', 'ANALYST');
      const wrong = await anonymous.errorOf(ACCEPT, {
        input: { token, password: 'not my password at all' },
      });
      expect(wrong.code).toBe('UNAUTHENTICATED');
      const joined = (
        await anonymous.data<{ acceptInvitation: Auth }>(ACCEPT, { input: { token, password } })
      ).acceptInvitation;
      expect(joined.activeOrganization?.id).toBe(adminA.activeOrganization!.id);
      const { switchOrganization } = await anonymous
        .as(joined.accessToken)
        .data<{ switchOrganization: Auth }>(
          `mutation ($id: ID!) { switchOrganization(organizationId: $id) { ${AUTH} } }`,
          {
            id: adminB.activeOrganization!.id,
          },
        );
      expect(switchOrganization.activeOrganization?.id).toBe(adminB.activeOrganization!.id);
      // `me` in the organization switched to: both memberships, oldest first, each with its
      // organization and whether it reads family records (an analyst, by default, does not).
      const TEXAS = { timeZone: 'America/Chicago', homeState: 'TX' }; // as signUpAdmin makes them
      const { me } = await anonymous.as(switchOrganization.accessToken).data<{
        me: {
          user: { email: string };
          memberships: Array<{
            role: string;
            readsFamilyRecords: boolean;
            organization: { id: string; name: string; timeZone: string; homeState: string };
          }>;
          activeOrganization: { id: string; name: string } | null;
        };
      }>(
        `{ me { user { email }
                memberships { role readsFamilyRecords organization { id name timeZone homeState } }
                activeOrganization { id name } } }`,
      );
      expect(me.user.email).toBe('b@example.org');
      expect(me.memberships).toEqual([
        {
          role: 'ADMIN',
          readsFamilyRecords: true,
          organization: { id: adminB.activeOrganization!.id, name: 'Org b', ...TEXAS },
        },
        {
          role: 'ANALYST',
          readsFamilyRecords: false,
          organization: { id: adminA.activeOrganization!.id, name: 'Org a', ...TEXAS },
        },
      ]);
      expect(me.activeOrganization).toEqual({ id: adminB.activeOrganization!.id, name: 'Org b' });
    });

    it('refuses revoked and expired invitations', async () => {
      const revoked = await invite(adminA, 'revoked@example.org');
      await as(adminA).data(
        'mutation ($id: ID!) { revokeInvitation(invitationId: $id) { status } }',
        { id: revoked.id },
      );
      expect(
        (await anonymous.errorOf(ACCEPT, { input: { token: revoked.token, name: 'R', password } }))
          .fields,
      ).toEqual([{ field: 'token', message: 'was revoked by the organization' }]);
      const expired = await invite(adminA, 'late@example.org');
      await asOwner(
        `UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`,
        [expired.id],
      );
      expect(
        (await anonymous.errorOf(ACCEPT, { input: { token: expired.token, name: 'L', password } }))
          .fields,
      ).toEqual([{ field: 'token', message: 'has expired; ask for a new invitation' }]);
      // Asked for a new one: the expired invitation no longer holds the address.
      const renewed = await invite(adminA, 'late@example.org');
      const joined = (
        await anonymous.data<{ acceptInvitation: Auth }>(ACCEPT, {
          input: { token: renewed.token, name: 'Lee Late', password },
        })
      ).acceptInvitation;
      expect(joined.activeOrganization?.id).toBe(adminA.activeOrganization!.id);
    });

    it('lets only admins manage members', async () => {
      const error = await as(advocate).errorOf(INVITE, {
        input: { email: 'x@example.org', role: 'ADVOCATE' },
      });
      expect(error.code).toBe('FORBIDDEN');
    });

    it('never demotes or removes the last admin', async () => {
      const { members } = await as(adminA).data<{
        members: { edges: Array<{ node: { id: string; role: string } }> };
      }>('{ members { edges { node { id role } } } }');
      const admin = members.edges.find((e) => e.node.role === 'ADMIN')!.node;
      const demote = await as(adminA).errorOf(
        'mutation ($id: ID!) { changeMemberRole(input: { memberId: $id, role: ADVOCATE }) { id } }',
        { id: admin.id },
      );
      expect(demote.code).toBe('CONFLICT');
      const remove = await as(adminA).errorOf(
        'mutation ($id: ID!) { removeMember(memberId: $id) { id } }',
        { id: admin.id },
      );
      expect(remove.code).toBe('CONFLICT');
    });

    it('re-checks membership on every request: a removed member is refused at once', async () => {
      await as(adminA).data('mutation ($id: ID!) { removeMember(memberId: $id) { id } }', {
        id: advocateMemberId,
      });
      expect((await as(advocate).errorOf('{ organization { id } }')).code).toBe('FORBIDDEN');
    });
  });

  describe('isolation between organizations', () => {
    it('answers NOT_FOUND (and changes nothing) when A uses B’s ids', async () => {
      const bMembers = await as(adminB).data<{
        members: { edges: Array<{ node: { id: string } }> };
      }>('{ members { edges { node { id } } } }');
      const bMemberId = bMembers.members.edges[0]!.node.id;
      const bInvitation = await invite(adminB, 'b-invitee@example.org');
      const calls: Array<[string, Record<string, unknown>]> = [
        [
          'mutation ($id: ID!) { changeMemberRole(input: { memberId: $id, role: ANALYST }) { id } }',
          { id: bMemberId },
        ],
        ['mutation ($id: ID!) { removeMember(memberId: $id) { id } }', { id: bMemberId }],
        [
          'mutation ($id: ID!) { revokeInvitation(invitationId: $id) { id } }',
          { id: bInvitation.id },
        ],
      ];
      for (const [query, variables] of calls) {
        expect((await as(adminA).errorOf(query, variables)).code).toBe('NOT_FOUND');
      }
      const switched = await as(adminA).errorOf(
        'mutation ($id: ID!) { switchOrganization(organizationId: $id) { accessToken } }',
        {
          id: adminB.activeOrganization!.id,
        },
      );
      expect(switched.code).toBe('FORBIDDEN');
      const [row] = await asOwner<{ role: string }>('SELECT role FROM membership WHERE id = $1', [
        bMemberId,
      ]);
      expect(row!.role).toBe('ADMIN');
      const [invitation] = await asOwner<{ revoked_at: Date | null }>(
        'SELECT revoked_at FROM invitation WHERE id = $1',
        [bInvitation.id],
      );
      expect(invitation!.revoked_at).toBeNull();
    });

    it('lists only the organization’s own members, invitations and audit events', async () => {
      const { members, invitations, auditEvents } = await as(adminA).data<{
        members: { edges: Array<{ node: { user: { email: string } } }> };
        invitations: { edges: Array<{ node: { email: string } }> };
        auditEvents: { edges: Array<{ node: { entityId: string | null } }> };
      }>(
        '{ members { edges { node { user { email } } } } invitations { edges { node { email } } } auditEvents(first: 100) { edges { node { entityId } } } }',
      );
      expect(members.edges.map((e) => e.node.user.email)).not.toContain('b-invitee@example.org');
      expect(invitations.edges.map((e) => e.node.email)).not.toContain('b-invitee@example.org');
      expect(auditEvents.edges.map((e) => e.node.entityId)).not.toContain(
        adminB.activeOrganization!.id,
      );
    });
  });

  describe('audit log', () => {
    it('records each change with its action, actor, before and after, filterable by entity', async () => {
      await as(adminA).data(
        'mutation { updateOrganization(input: { name: "Org A renamed" }) { name } }',
      );
      const { auditEvents } = await as(adminA).data<{
        auditEvents: {
          edges: Array<{
            node: { action: string; entityType: string; actorUserId: string; changes: string };
          }>;
        };
      }>(
        '{ auditEvents(filter: { entityType: "Organization" }) { edges { node { action entityType actorUserId changes } } } }',
      );
      const latest = auditEvents.edges[0]!.node;
      expect(latest).toMatchObject({
        action: 'updateOrganization',
        entityType: 'Organization',
        actorUserId: adminA.user.id,
      });
      expect(JSON.parse(latest.changes)).toMatchObject({
        change: 'updated',
        before: { name: 'Org a' },
        after: { name: 'Org A renamed' },
      });
      const kinds = auditEvents.edges.map((e) => e.node.action);
      expect(kinds).toContain('sign-up');
    });

    it('filters by actor, record and time, and never shows another organization’s events', async () => {
      const start = new Date();
      await new Promise((resolve) => setTimeout(resolve, 5));
      await as(adminA).data(
        'mutation { updateOrganization(input: { name: "Org A filtered" }) { name } }',
      );
      const organizationId = adminA.activeOrganization!.id;
      type Event = { action: string; entityId: string | null; occurredAt: string };
      const events = async (auth: Auth, filter: Record<string, unknown>): Promise<Event[]> =>
        (
          await as(auth).data<{ auditEvents: { edges: Array<{ node: Event }> } }>(
            `query ($filter: AuditEventFilter) { auditEvents(first: 100, filter: $filter) {
              edges { node { action entityId occurredAt } } } }`,
            { filter },
          )
        ).auditEvents.edges.map((e) => e.node);
      const record = { entityType: 'Organization', entityId: organizationId };
      const since = await events(adminA, {
        ...record,
        actorUserId: adminA.user.id,
        from: start.toISOString(),
      });
      expect(since.map((e) => e.action)).toEqual(['updateOrganization']);
      const earlier = await events(adminA, { ...record, to: start.toISOString() });
      expect(earlier.length).toBeGreaterThan(0);
      expect(earlier.every((e) => new Date(e.occurredAt) < start)).toBe(true);
      expect(await events(adminA, { ...record, actorUserId: adminB.user.id })).toEqual([]);
      // Another organization's member or record, named in the filter: still nothing.
      expect(await events(adminB, { actorUserId: adminA.user.id })).toEqual([]);
      expect(await events(adminB, record)).toEqual([]);
    });

    it('is readable by admins only', async () => {
      const { logIn } = await anonymous.data<{ logIn: Auth }>(LOG_IN, {
        input: { email: 'b@example.org', password, organizationId: adminA.activeOrganization!.id },
      });
      expect(
        (await anonymous.as(logIn.accessToken).errorOf('{ auditEvents { edges { node { id } } } }'))
          .code,
      ).toBe('FORBIDDEN');
    });
  });
});
