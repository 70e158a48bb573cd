import { superuserQuery } from '@onrecord/platform/database/testing';
import { createTestApp, type TestApp } from '@onrecord/platform/testing';
import {
  dayOffset,
  followUpOrganization,
  sendRequest,
  type FollowUpOrganization,
} from '@onrecord/test-fixtures';
import { FOLLOW_UPS_API } from '../testing/follow-ups-api';

const UPDATE = `mutation ($id: ID!, $input: UpdateWrittenRequestInput!) {
  updateWrittenRequest(id: $id, input: $input) { id } }`;
const RESPOND = `mutation ($id: ID!, $input: SchoolResponseInput!) {
  recordSchoolResponse(requestId: $id, input: $input) { id commitments { id } } }`;
const OVERRIDE = `mutation ($id: ID!, $input: OverrideDeadlineInput!) {
  overrideDeadline(id: $id, input: $input) { id } }`;
const CLEAR = `mutation ($id: ID!) { clearDeadlineOverride(id: $id) { id } }`;
const NON_SCHOOL_DAYS = `mutation ($year: ID!, $days: [NonSchoolDayInput!]!) {
  addNonSchoolDays(schoolYearId: $year, days: $days) { id } }`;

const ROUNDS = 6;

/**
 * Members changing one request at the same moment — correcting its recipients, recording the
 * school's answer (with a commitment), moving its deadline, adding a day off to its district's
 * calendar — each redo its follow-up plan in their own transaction. They take turns on the
 * request's row; none deadlocks. Before every change took that row first (and with NO KEY
 * UPDATE), a correction and a response each added a row pointing at the request, then each
 * waited for the other's to lock it for the plan: PostgreSQL broke the deadlock by failing one
 * (the fuzz test met it as an internal error of updateWrittenRequest).
 */
describe('changes to one request at the same moment', () => {
  let api: TestApp;
  let org: FollowUpOrganization;
  let schoolYearId: string;

  beforeAll(async () => {
    api = await createTestApp(FOLLOW_UPS_API);
    org = await followUpOrganization(api.url, api.adminUrl, 'at-once');
    const [year] = await superuserQuery<{ id: string }>(
      api.adminUrl,
      'SELECT id FROM school_year WHERE organization_id = $1',
      [org.organizationId],
    );
    schoolYearId = year!.id;
  });
  afterAll(() => api?.close());

  it('all succeed, each follow-up planned once', async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const requestId = await sendRequest(org, 10);
      const changes = [
        org.client.data(UPDATE, {
          id: requestId,
          input: { recipientIds: [org.contactId], recipientNote: `round ${round}` },
        }),
        org.client.data(RESPOND, {
          id: requestId,
          input: {
            receivedOn: dayOffset(-1),
            channel: 'EMAIL',
            outcome: 'DEFERRED_NEEDS_DATA',
            commitments: [
              {
                description: 'Observe Sam in class',
                dueOn: dayOffset(20),
                dataWhat: 'Classroom observations',
                dataHow: 'Two observations by the school psychologist',
                meanwhile: 'Sam keeps his shortened day',
              },
            ],
          },
        }),
        org.client.data(OVERRIDE, {
          id: requestId,
          input: { dueOn: dayOffset(3 + round), reason: 'The district agreed in writing.' },
        }),
        org.client.data(CLEAR, { id: requestId }),
        org.client.data(NON_SCHOOL_DAYS, {
          year: schoolYearId,
          days: [{ from: dayOffset(30 + round), label: `Day off ${round}` }],
        }),
        org.client.data(UPDATE, { id: requestId, input: { trigger: 'WRITTEN_REQUEST_RECEIVED' } }),
      ];
      for (const outcome of await Promise.allSettled(changes))
        outcomes.push(outcome.status === 'rejected' ? String(outcome.reason) : 'ok');
    }
    expect(outcomes.filter((o) => o !== 'ok')).toEqual([]);

    // Each follow-up once: the key (request, commitment, kind, sequence) held.
    const twice = await superuserQuery(
      api.adminUrl,
      `SELECT request_id, commitment_id, kind, sequence, count(*)::int AS n FROM follow_up
        WHERE organization_id = $1 AND status <> 'CANCELLED'
        GROUP BY 1, 2, 3, 4 HAVING count(*) > 1`,
      [org.organizationId],
    );
    expect(twice).toEqual([]);
  }, 120_000);
});
