import { DataScopes } from '@onrecord/platform/database';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { createTestApp, type TestApp } from '@onrecord/platform/testing';
import {
  dayOffset,
  followUpOrganization,
  sendRequest,
  type FollowUpOrganization,
} from '@onrecord/test-fixtures';
import { FOLLOW_UPS_API } from '../testing/follow-ups-api';
import { FollowUpPlanner } from './follow-up-planner.service';

/**
 * Two transactions replanning one request at once — a member's change (a calendar day added
 * recounts the district's deadlines) and the worker's sweep planning after a send — plan it
 * one after the other: the second waits for the first and sees what it planned. Without that,
 * both planned the same follow-ups and the second failed on the follow-up key (the fuzz test
 * met it as an internal error of addNonSchoolDays).
 */
describe('replanning one request from two transactions at once', () => {
  let api: TestApp;
  let org: FollowUpOrganization;

  beforeAll(async () => {
    api = await createTestApp(FOLLOW_UPS_API);
    org = await followUpOrganization(api.url, api.adminUrl, 'replan-race');
  });
  afterAll(() => api?.close());

  it('plans each follow-up once, and neither transaction fails', async () => {
    const requestId = await sendRequest(org, 30, { dueOn: dayOffset(5) });
    const planned = await superuserQuery<{ kind: string; sequence: number }>(
      api.adminUrl,
      `SELECT kind, sequence FROM follow_up WHERE request_id = $1 ORDER BY kind, sequence`,
      [requestId],
    );
    expect(planned.length).toBeGreaterThan(0);
    // As if nothing were planned yet: each replan would insert the whole plan.
    await superuserQuery(api.adminUrl, 'DELETE FROM follow_up WHERE request_id = $1', [requestId]);

    const scopes = api.app.get(DataScopes);
    const planner = api.app.get(FollowUpPlanner);
    const replan = (holdMs: number) =>
      scopes.run({ organizationId: org.organizationId }, undefined, async (scope) => {
        await planner.replan(scope, requestId);
        // The first keeps its transaction open a while: the second starts meanwhile.
        await new Promise((resolve) => setTimeout(resolve, holdMs));
      });
    const first = replan(600);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const second = replan(0);
    const outcomes = await Promise.allSettled([first, second]);

    expect(outcomes.map((o) => (o.status === 'rejected' ? String(o.reason) : 'ok'))).toEqual([
      'ok',
      'ok',
    ]);
    const after = await superuserQuery<{ kind: string; sequence: number }>(
      api.adminUrl,
      `SELECT kind, sequence FROM follow_up WHERE request_id = $1 ORDER BY kind, sequence`,
      [requestId],
    );
    expect(after).toEqual(planned);
  });
});
