import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AdvocateDigests, atLocalTime, FollowUpPolicyService } from '@onrecord/follow-ups';
import { AuditEvent, AuditSubscriber } from '@onrecord/platform/audit';
import { ConfigModule } from '@onrecord/platform/config';
import { DatabaseModule } from '@onrecord/platform/database';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { MailModule } from '@onrecord/platform/mail';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  ApiClient,
  createTestApp,
  type TestApp,
  type TestEnvironment,
} from '@onrecord/platform/testing';
// The organization the follow-up tests build (school, chain, family, case), through GraphQL.
import {
  dayOffset,
  followUpOrganization,
  type FollowUpOrganization,
} from '@onrecord/test-fixtures';
import { PORTAL_AND_BELOW, PORTAL_API } from './testing/portal-api';

/**
 * A family writes to its advocate from the portal: on its own case only, with a body that is
 * there and not too long, audited as the guardian's; the advocate reads it on the case
 * timeline and in the next daily digest (once).
 */
const SEND = `mutation ($input: PortalSendMessageInput!) {
  sendPortalMessage(input: $input) { id caseId body sentAt guardianName fromYou }
}`;
const MESSAGES = `query ($caseId: ID!) {
  portalMessages(caseId: $caseId) { id body guardianName fromYou }
}`;
const TIMELINE = `query ($caseId: ID!) {
  caseTimeline(caseId: $caseId, first: 50, order: NEWEST_FIRST) {
    edges { node { id kind title detail actorUserId actorGuardianId entityType entityId sharedWithFamily } }
  }
}`;
const INVITE = 'mutation ($id: ID!) { inviteGuardianToPortal(guardianId: $id) { active } }';

interface Family {
  guardianId: string;
  caseId: string;
}

interface Sent {
  id: string;
  caseId: string;
  body: string;
  sentAt: string;
  guardianName: string;
  fromYou: boolean;
}

describe('messages from families', () => {
  const sink = new SmtpSink();
  let api: TestApp;
  let environment: TestEnvironment;
  let worker: INestApplicationContext;
  let anonymous: ApiClient;
  let org: FollowUpOrganization;
  let own: Family;
  /** Another family of the same organization, with its own guardian. */
  let neighbour: Family;
  /** A second family of the same guardian (same address) in the organization. */
  let second: Family;
  /** A family in another organization whose guardian has the same address. */
  let elsewhere: Family;
  let portal: ApiClient;

  const owner = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    superuserQuery<T>(environment.db.adminUrl, sql, params);
  const mailsTo = (email: string) =>
    sink.received.filter((mail) => mail.envelopeTo.includes(email.toLowerCase()));
  const send = async (caseId: string, body: string) =>
    (await portal.data<{ sendPortalMessage: Sent }>(SEND, { input: { caseId, body } }))
      .sendPortalMessage;

  async function signIn(email: string, organizationId: string): Promise<string> {
    const before = mailsTo(email).length;
    await anonymous.data('mutation ($e: String!) { requestPortalSignIn(email: $e) { message } }', {
      e: email,
    });
    const deadline = Date.now() + 10_000;
    while (mailsTo(email).length <= before) {
      if (Date.now() > deadline) throw new Error(`no sign-in link reached ${email}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const token = /token=(orl_[A-Za-z0-9_-]+)/.exec(mailsTo(email)[before]!.parsed.text ?? '')![1];
    const { signInToPortal } = await anonymous.data<{ signInToPortal: { token: string } }>(
      'mutation ($t: String!, $o: ID) { signInToPortal(token: $t, organizationId: $o) { token } }',
      { t: token, o: organizationId },
    );
    return signInToPortal.token;
  }

  /** A family with a guardian (at `email`, invited to the portal), a student and a case. */
  async function addFamily(client: ApiClient, label: string, email: string): Promise<Family> {
    const { createFamily } = await client.data<{
      createFamily: {
        id: string;
        guardians: Array<{ id: string }>;
        students: Array<{ id: string }>;
      };
    }>(
      `mutation ($input: CreateFamilyInput!) {
        createFamily(input: $input) { id guardians { id } students { id } }
      }`,
      {
        input: {
          householdName: `${label} household`,
          guardians: [{ name: `${label} Parent`, relationship: 'father', email }],
          students: [{ name: `${label} Student`, grade: '4', plan: 'NONE' }],
        },
      },
    );
    const { openCase } = await client.data<{ openCase: { id: string } }>(
      'mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }',
      {
        input: {
          familyId: createFamily.id,
          studentId: createFamily.students[0]!.id,
          title: `${label} case`,
          concerns: ['EVALUATION'],
          status: 'ACTIVE',
          openedOn: dayOffset(-30),
        },
      },
    );
    await client.data(INVITE, { id: createFamily.guardians[0]!.id });
    return { guardianId: createFamily.guardians[0]!.id, caseId: openCase.id };
  }

  beforeAll(async () => {
    await sink.start();
    api = await createTestApp(PORTAL_API, {
      env: {
        SMTP_URL: sink.url,
        MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
      },
    });
    ({ environment, anonymous } = api);
    // The digest's side, as apps/worker has it (no queue: the test runs the digests itself),
    // with the entities of the portal and below.
    worker = await (
      await Test.createTestingModule({
        imports: [
          ConfigModule.forRoot(environment.config),
          DatabaseModule.forRoot([AuditEvent, ...PORTAL_AND_BELOW], 'family-messages-digest', [
            AuditSubscriber,
          ]),
          MailModule,
        ],
        providers: [AdvocateDigests, FollowUpPolicyService],
      }).compile()
    ).init();
    org = await followUpOrganization(api.url, environment.db.adminUrl, 'messages-a');
    const { case: found } = await org.client.data<{
      case: { family: { guardians: Array<{ id: string }> } };
    }>('query ($id: ID!) { case(id: $id) { family { guardians { id } } } }', { id: org.caseId });
    own = { guardianId: found.family.guardians[0]!.id, caseId: org.caseId };
    await org.client.data(INVITE, { id: own.guardianId });
    neighbour = await addFamily(org.client, 'Neighbour', 'neighbour@family.example.org');
    second = await addFamily(org.client, 'Second', org.guardianEmail);
    const other = await followUpOrganization(api.url, environment.db.adminUrl, 'messages-b');
    elsewhere = await addFamily(other.client, 'Elsewhere', org.guardianEmail);
    portal = anonymous.as(await signIn(org.guardianEmail, org.organizationId));
  }, 90_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink.stop();
  });

  it('sends a message on the family’s case, trimmed, and lists the family’s messages newest first', async () => {
    const first = await send(own.caseId, '  He would not get out of the car today.  ');
    expect(first).toMatchObject({
      caseId: own.caseId,
      body: 'He would not get out of the car today.',
      guardianName: 'Robin Parent messages-a',
      fromYou: true,
    });
    const longest = 'x'.repeat(2000);
    await send(own.caseId, `Line one\nLine two\n${longest.slice(18)}`);
    const { portalMessages } = await portal.data<{ portalMessages: Sent[] }>(MESSAGES, {
      caseId: own.caseId,
    });
    expect(portalMessages.map((m) => m.body.slice(0, 17))).toEqual([
      'Line one\nLine two',
      'He would not get ',
    ]);
    expect(portalMessages[0]!.body).toHaveLength(2000);
    // Another family's case of the same guardian has its own (none yet).
    expect(
      (await portal.data<{ portalMessages: Sent[] }>(MESSAGES, { caseId: second.caseId }))
        .portalMessages,
    ).toEqual([]);
  });

  it('is audited with the guardian of the case’s family as actor', async () => {
    const onOwn = await send(own.caseId, 'Audited, on the first family’s case.');
    const onSecond = await send(second.caseId, 'Audited, on the second family’s case.');
    const audit = await owner<{ entity_id: string; actor_guardian_id: string; action: string }>(
      `SELECT entity_id, actor_guardian_id, action FROM audit_event
        WHERE entity_type = 'FamilyMessage' AND entity_id = ANY($1) AND actor_user_id IS NULL
        ORDER BY occurred_at`,
      [[onOwn.id, onSecond.id]],
    );
    expect(audit).toEqual([
      { entity_id: onOwn.id, actor_guardian_id: own.guardianId, action: 'sendPortalMessage' },
      { entity_id: onSecond.id, actor_guardian_id: second.guardianId, action: 'sendPortalMessage' },
    ]);
    const [row] = await owner<{ guardian_id: string }>(
      'SELECT guardian_id FROM family_message WHERE id = $1',
      [onSecond.id],
    );
    expect(row!.guardian_id).toBe(second.guardianId);
  });

  it('refuses an empty, blank or too long message, naming body, and stores nothing', async () => {
    const before = await owner('SELECT id FROM family_message');
    for (const body of ['', '   \n\t ', 'y'.repeat(2001)]) {
      const refused = await portal.errorOf(SEND, { input: { caseId: own.caseId, body } });
      expect(refused).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'body', message: expect.any(String) }],
      });
    }
    expect(await owner('SELECT id FROM family_message')).toEqual(before);
  });

  it('answers NOT_FOUND for another family’s and another organization’s case, and for junk ids', async () => {
    const before = await owner('SELECT id FROM family_message');
    const codes: Array<string | undefined> = [];
    for (const caseId of [neighbour.caseId, elsewhere.caseId, 'not-a-uuid']) {
      codes.push((await portal.errorOf(SEND, { input: { caseId, body: 'Hello' } })).code);
      codes.push((await portal.errorOf(MESSAGES, { caseId })).code);
    }
    expect(codes).toEqual(codes.map(() => 'NOT_FOUND'));
    expect(await owner('SELECT id FROM family_message')).toEqual(before);
    // The neighbour's own message is not shown to this family, nor this family's to it.
    const neighbourPortal = anonymous.as(
      await signIn('neighbour@family.example.org', org.organizationId),
    );
    const theirs = await neighbourPortal.data<{ sendPortalMessage: Sent }>(SEND, {
      input: { caseId: neighbour.caseId, body: 'From the neighbour.' },
    });
    expect(theirs.sendPortalMessage.guardianName).toBe('Neighbour Parent');
    const { portalMessages } = await portal.data<{ portalMessages: Sent[] }>(MESSAGES, {
      caseId: own.caseId,
    });
    expect(JSON.stringify(portalMessages)).not.toContain('From the neighbour');
    expect((await neighbourPortal.errorOf(MESSAGES, { caseId: own.caseId })).code).toBe(
      'NOT_FOUND',
    );
    // Members do not write as families.
    expect(
      (await org.client.errorOf(SEND, { input: { caseId: own.caseId, body: 'x' } })).code,
    ).toBe('FORBIDDEN');
  });

  it('shows the advocate each message on the case timeline, with the guardian’s name', async () => {
    const sent = await send(own.caseId, 'Can we talk before the meeting?');
    const { caseTimeline } = await org.client.data<{
      caseTimeline: { edges: Array<{ node: Record<string, unknown> }> };
    }>(TIMELINE, { caseId: own.caseId });
    const messages = caseTimeline.edges
      .map((edge) => edge.node)
      .filter((node) => node['kind'] === 'FAMILY_MESSAGE');
    expect(messages[0]).toEqual({
      id: `FAMILY_MESSAGE:${sent.id}`,
      kind: 'FAMILY_MESSAGE',
      title: 'Message from Robin Parent messages-a (family portal)',
      detail: 'Can we talk before the meeting?',
      actorUserId: null,
      actorGuardianId: own.guardianId,
      entityType: 'FamilyMessage',
      entityId: sent.id,
      sharedWithFamily: true,
    });
    expect(messages.map((m) => m['detail'])).toContain('He would not get out of the car today.');
    // The second family's message is on its own case only.
    expect(JSON.stringify(messages)).not.toContain('second family');
  });

  describe('in the advocate’s daily digest', () => {
    const zone = 'America/Chicago';
    /** A Wednesday at least two days ahead, at noon in the organization's time zone. */
    const wednesday = (() => {
      for (let days = 2; ; days++) {
        const day = dayOffset(days);
        if (new Date(`${day}T12:00:00Z`).getUTCDay() === 3) return day;
      }
    })();
    const noonOf = (day: string) => atLocalTime(day, '12:00', zone);
    const digestsTo = () =>
      mailsTo(org.advocateEmail).filter((m) => /^OnRecord for /.test(m.parsed.subject ?? ''));
    const setSentAt = (id: string, at: Date) =>
      owner('UPDATE family_message SET created_at = $2 WHERE id = $1', [id, at]);

    it('lists what families wrote since the last digest, once, even when nothing else is due', async () => {
      const now = noonOf(wednesday);
      // Everything sent so far is now more than a day old; two more around the first digest.
      const recent = await send(own.caseId, 'Recent: he went in at ten with the counselor.');
      const old = await send(own.caseId, 'Old: sent thirty hours before the digest.');
      await setSentAt(recent.id, new Date(now.getTime() - 2 * 3600_000));
      await setSentAt(old.id, new Date(now.getTime() - 30 * 3600_000));

      await worker.get(AdvocateDigests).run(now);
      const [digest] = await waitForMails(digestsTo, 1);
      expect(digest!.parsed.subject).toMatch(/: 1 message from a family$/);
      const text = digest!.parsed.text ?? '';
      expect(text).toContain(
        [
          'Messages from families since your last digest (1):',
          '- Robin Parent messages-a wrote on messages-a school refusal: Recent: he went in at ten with the counselor.',
        ].join('\n'),
      );
      expect(text).not.toContain('Old: sent thirty hours');
      expect(text).not.toContain('second family');
      const [row] = await owner<{ item_count: number; messages_until: Date }>(
        `SELECT item_count, messages_until FROM advocate_digest
          WHERE organization_id = $1 AND digest_date = $2`,
        [org.organizationId, wednesday],
      );
      expect(row).toEqual({ item_count: 1, messages_until: now });

      // A week later: only what came after the first digest.
      const later = dayOffsetFrom(wednesday, 7);
      const next = await send(own.caseId, 'Next week: the school called about the meeting.');
      await setSentAt(next.id, new Date(noonOf(later).getTime() - 3600_000));
      await worker.get(AdvocateDigests).run(noonOf(later));
      const second = (await waitForMails(digestsTo, 2))[1]!.parsed.text ?? '';
      expect(second).toContain('Next week: the school called about the meeting.');
      expect(second).not.toContain('Recent: he went in at ten');
    });
  });
});

/** The YYYY-MM-DD `days` days after `day`. */
function dayOffsetFrom(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Waits until `mails()` has `count` mails; returns them. */
async function waitForMails<T>(mails: () => T[], count: number): Promise<T[]> {
  const deadline = Date.now() + 10_000;
  while (mails().length < count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} mails, got ${mails().length}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return mails();
}
