import type { INestApplicationContext } from '@nestjs/common';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  ApiClient,
  createTestApp,
  eventually,
  joinAs,
  type TestApp,
  type TestEnvironment,
} from '@onrecord/platform/testing';
// The same organization the end-to-end follow-up tests build, through GraphQL.
import {
  SEND_AT_ONCE,
  dayOffset,
  followUpOrganization,
  overrideDeadline,
  type FollowUpOrganization,
} from '@onrecord/test-fixtures';
import { startFollowUpsWorker } from './testing/follow-ups-worker';
import { FOLLOW_UPS_API } from './testing/follow-ups-api';

const RETRY = `mutation ($id: ID!, $to: [ID!]) {
  retryFollowUp(id: $id, recipientContactIds: $to) { id status recipients { name email contactId } }
}`;
const FOLLOW_UP = `query ($id: ID!) {
  followUp(id: $id) {
    id status lastError sentAt messageId recipients { email }
    deliveryAttempts { attempt outcome serverResponse messageId }
  }
}`;

interface FollowUpView {
  id: string;
  status: string;
  lastError: string | null;
  sentAt: string | null;
  messageId: string | null;
  recipients: Array<{ email: string }>;
  deliveryAttempts: Array<{ attempt: number; outcome: string | null; messageId: string }>;
}

/**
 * A follow-up that could not be sent (its contact has no email address) is sent again to
 * another contact of the school: through the same queue and claim as any follow-up (the api
 * and the worker side in this process, a real SMTP server), once.
 */
describe('retrying a failed follow-up', () => {
  const sink = new SmtpSink();
  let api: TestApp;
  let environment: TestEnvironment;
  let worker: INestApplicationContext;
  let org: FollowUpOrganization;
  let analyst: ApiClient;
  let frontOfficeId: string;
  let otherSchoolContactId: string;

  const followUp = async (id: string) =>
    (await org.client.data<{ followUp: FollowUpView }>(FOLLOW_UP, { id })).followUp;
  const errorOf = async (client: ApiClient, variables: Record<string, unknown>) => {
    const result = await client.request(RETRY, variables);
    const error = result.errors?.[0];
    return {
      code: error?.extensions?.['code'],
      fields: (error?.extensions?.['fields'] as Array<{ field: string; message: string }>) ?? [],
      message: error?.message,
    };
  };
  const mailTo = (address: string) =>
    sink.received.filter((mail) => mail.envelopeTo.includes(address));

  /** The worker's side, as apps/worker assembles it (with the entities of follow-ups and below). */
  const startWorker = async () => {
    worker = await startFollowUpsWorker(environment.config, 'retry-test-worker');
  };

  /** A request to `recipientIds`, overdue for ten days: its follow-up is due at once. */
  const overdueRequest = async (recipientIds: string[]): Promise<string> => {
    const { createWrittenRequest } = await org.client.data<{
      createWrittenRequest: { id: string };
    }>(
      'mutation ($input: CreateWrittenRequestInput!) { createWrittenRequest(input: $input) { id } }',
      {
        input: {
          caseId: org.caseId,
          type: 'RECORDS',
          trigger: 'WRITTEN_REQUEST_RECEIVED',
          subject: 'Request for the attendance records',
          body: 'Please send copies of the attendance records. Please answer in writing.',
          recipientIds,
        },
      },
    );
    const sentOn = dayOffset(-30);
    await org.client.data(
      'mutation ($id: ID!, $input: SendWrittenRequestInput!) { sendWrittenRequest(id: $id, input: $input) { id } }',
      {
        id: createWrittenRequest.id,
        input: { sentOn, receivedOn: sentOn, channel: 'HAND_DELIVERED' },
      },
    );
    await overrideDeadline(org, createWrittenRequest.id, dayOffset(-10));
    return createWrittenRequest.id;
  };

  beforeAll(async () => {
    await sink.start();
    let url: string;
    api = await createTestApp(FOLLOW_UPS_API, {
      env: {
        SMTP_URL: sink.url,
        MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
        FOLLOW_UP_SWEEP_MS: '1000',
        FOLLOW_UP_LEASE_MS: '3000',
        FOLLOW_UP_RETRY_MS: '1000',
      },
    });
    ({ environment, url } = api);
    await startWorker();
    org = await followUpOrganization(url, environment.db.adminUrl, 'retry', {
      ...SEND_AT_ONCE,
      notifyGuardians: false,
      remindAdvocates: false,
    });
    const anonymous = new ApiClient(url);
    analyst = anonymous.as(
      (
        await joinAs(
          anonymous,
          environment.db.adminUrl,
          'retry-analyst',
          org.organizationId,
          'ANALYST',
        )
      ).accessToken,
    );
    const { schoolContact } = await org.client.data<{
      schoolContact: { districtId: string; schoolId: string };
    }>('query ($id: ID!) { schoolContact(id: $id) { districtId schoolId } }', {
      id: org.contactId,
    });
    const contact = async (input: Record<string, unknown>) =>
      (
        await org.client.data<{ createSchoolContact: { id: string } }>(
          'mutation ($input: CreateSchoolContactInput!) { createSchoolContact(input: $input) { id } }',
          { input: { districtId: schoolContact.districtId, role: 'OTHER', ...input } },
        )
      ).createSchoolContact.id;
    frontOfficeId = await contact({
      schoolId: schoolContact.schoolId,
      name: 'Front office retry',
      phone: '+15125550100',
    });
    // Staff of another district: not someone this case's school is written to.
    const { createDistrict } = await org.client.data<{ createDistrict: { id: string } }>(
      'mutation ($input: CreateDistrictInput!) { createDistrict(input: $input) { id } }',
      { input: { name: 'Elsewhere ISD', state: 'TX', timeZone: 'America/Chicago' } },
    );
    otherSchoolContactId = (
      await org.client.data<{ createSchoolContact: { id: string } }>(
        'mutation ($input: CreateSchoolContactInput!) { createSchoolContact(input: $input) { id } }',
        {
          input: {
            districtId: createDistrict.id,
            role: 'PRINCIPAL',
            name: 'Elsewhere principal',
            email: 'principal@elsewhere.example.org',
          },
        },
      )
    ).createSchoolContact.id;
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink.stop();
  });

  it('sends a failed follow-up once to another contact of the school, and only a failed one', async () => {
    const requestId = await overdueRequest([frontOfficeId]);
    const failed = await eventually(
      async () => {
        const { followUps } = await org.client.data<{
          followUps: { edges: Array<{ node: { id: string; kind: string; status: string } }> };
        }>(
          'query ($filter: FollowUpFilter) { followUps(filter: $filter) { edges { node { id kind status } } } }',
          { filter: { requestId, kind: ['SCHOOL_FOLLOW_UP'] } },
        );
        const found = followUps.edges[0]?.node;
        return found?.status === 'FAILED' ? found : undefined;
      },
      30_000,
      200,
    );
    const before = await followUp(failed.id);
    expect(before.lastError).toMatch(/no email address on file for Front office retry/);
    expect(before.deliveryAttempts.map((a) => a.outcome)).toEqual(['PERMANENT_FAILURE']);

    // Who may, and to whom.
    expect((await errorOf(analyst, { id: failed.id, to: [org.contactId] })).code).toBe('FORBIDDEN');
    expect((await errorOf(org.client, { id: failed.id, to: [] })).fields).toEqual([
      { field: 'recipientContactIds', message: 'choose at least one school contact' },
    ]);
    const refused = await errorOf(org.client, {
      id: failed.id,
      to: [
        org.contactId,
        frontOfficeId,
        otherSchoolContactId,
        '00000000-0000-4000-8000-000000000000',
      ],
    });
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.fields).toEqual([
      {
        field: 'recipientContactIds.1',
        message: 'Front office retry has no email address on file',
      },
      {
        field: 'recipientContactIds.2',
        message:
          'Elsewhere principal is not staff of retry Elementary nor district-wide staff of its district',
      },
      {
        field: 'recipientContactIds.3',
        message: 'names no school contact of your organization',
      },
    ]);
    // Nothing changed by the refusals.
    expect((await followUp(failed.id)).status).toBe('FAILED');

    // The worker stopped: the retried follow-up waits, and a replan meanwhile (the deadline
    // moved) keeps the contact chosen by hand.
    await worker.close();
    const { retryFollowUp } = await org.client.data<{
      retryFollowUp: { status: string; recipients: Array<{ email: string; contactId: string }> };
    }>(RETRY, { id: failed.id, to: [org.contactId] });
    expect(retryFollowUp.status).toBe('PLANNED');
    expect(retryFollowUp.recipients).toEqual([
      expect.objectContaining({ email: org.contactEmail, contactId: org.contactId }),
    ]);

    await overrideDeadline(org, requestId, dayOffset(-12));
    expect((await followUp(failed.id)).recipients).toEqual([{ email: org.contactEmail }]);
    await startWorker();

    const sent = await eventually(
      async () => {
        const found = await followUp(failed.id);
        return found.status === 'SENT' ? found : undefined;
      },
      30_000,
      200,
    );
    expect(sent.lastError).toBeNull();
    expect(sent.deliveryAttempts.map((a) => [a.attempt, a.outcome])).toEqual([
      [1, 'PERMANENT_FAILURE'],
      [2, 'ACCEPTED'],
    ]);
    // Sent is sent: no second retry, and nothing more goes out (the sweep runs every second).
    expect((await errorOf(org.client, { id: failed.id })).message).toBe(
      'Only a FAILED follow-up can be sent again; this follow-up is SENT.',
    );
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const received = mailTo(org.contactEmail);
    expect(received).toHaveLength(1);
    expect(received[0]!.parsed.messageId).toBe(sent.messageId);
    expect(received[0]!.parsed.text).toContain('attendance records');
  });
});
