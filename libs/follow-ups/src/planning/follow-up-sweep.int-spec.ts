import { APP_CONFIG } from '@onrecord/platform/config';
import { CrossOrganizationAccess, DataScopes } from '@onrecord/platform/database';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { createTestApp, type TestApp } from '@onrecord/platform/testing';
import { followUpOrganization, sendRequest } from '@onrecord/test-fixtures';
import { FOLLOW_UPS_API } from '../testing/follow-ups-api';
import { FollowUpPlanner } from './follow-up-planner.service';
import { FollowUpScheduler } from './follow-up-scheduler';
import { FollowUpSweep } from './follow-up-sweep.service';

/**
 * Sweeps run on the follow-up queue's workers, so a sweep can start while another (in this
 * process or another worker) still plans on from a burst of sends. Each request is planned
 * once: before, every sweep under way planned every request again (eight times over in the
 * 10,000 follow-up benchmark, and the sends waited behind it).
 */
describe('planning on after sends, from sweeps at once', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp(FOLLOW_UPS_API);
  });
  afterAll(() => api?.close());

  /** Requests as the worker leaves them: the first follow-up of each sent, what follows not planned. */
  async function sentNotPlannedOn(label: string, count: number): Promise<string[]> {
    const org = await followUpOrganization(api.url, api.adminUrl, label);
    const requestIds: string[] = [];
    for (let i = 0; i < count; i++)
      requestIds.push(await sendRequest(org, 60, { subject: `R${i}` }));
    await superuserQuery(
      api.adminUrl,
      `DELETE FROM follow_up WHERE request_id = ANY($1::uuid[]) AND sequence > 1`,
      [requestIds],
    );
    const sent = await superuserQuery<{ id: string }>(
      api.adminUrl,
      `UPDATE follow_up SET status = 'SENT', sent_at = now(), next_planned = false
        WHERE request_id = ANY($1::uuid[]) AND kind = 'SCHOOL_FOLLOW_UP' AND sequence = 1
        RETURNING id`,
      [requestIds],
    );
    expect(sent).toHaveLength(requestIds.length);
    return requestIds;
  }

  /** A worker's sweep (the api has none of its own). */
  const workersSweep = () =>
    new FollowUpSweep(
      api.app.get(CrossOrganizationAccess),
      api.app.get(DataScopes),
      api.app.get(FollowUpScheduler),
      api.app.get(FollowUpPlanner),
      api.app.get(APP_CONFIG),
    );

  const notPlannedOn = async (requestIds: string[]) =>
    (
      await superuserQuery<{ n: number }>(
        api.adminUrl,
        `SELECT count(DISTINCT request_id)::int AS n FROM follow_up
          WHERE request_id = ANY($1::uuid[]) AND status = 'SENT' AND NOT next_planned`,
        [requestIds],
      )
    )[0]!.n;

  it('plans each request once, whether the sweeps are in one worker or two', async () => {
    const requestIds = await sentNotPlannedOn('sweeps-at-once', 6);
    const replans = jest.spyOn(api.app.get(FollowUpPlanner), 'replan');
    const sweep = workersSweep();
    const otherWorkersSweep = workersSweep();
    try {
      await Promise.all([sweep.sweep(), sweep.sweep(), otherWorkersSweep.sweep()]);
      const planned = replans.mock.calls.map(([, requestId]) => requestId).sort();
      expect(planned).toEqual([...requestIds].sort());
    } finally {
      replans.mockRestore();
    }
    expect(await notPlannedOn(requestIds)).toBe(0);
    // What was planned on: the escalation of each (to the next contact in the chain), once.
    const escalations = await superuserQuery<{ n: number }>(
      api.adminUrl,
      `SELECT count(*)::int AS n FROM follow_up
        WHERE request_id = ANY($1::uuid[]) AND kind = 'ESCALATION' AND sequence = 2`,
      [requestIds],
    );
    expect(escalations).toEqual([{ n: requestIds.length }]);
  });

  it('plans on from a few sends per sweep while follow-ups that are due wait to be sent', async () => {
    const requestIds = await sentNotPlannedOn('sweep-behind-sends', 12);
    // Another request's follow-up, due an hour ago, queued and not yet sent: a backlog.
    const [waiting] = await sentNotPlannedOn('sweep-backlog', 1);
    await superuserQuery(
      api.adminUrl,
      `UPDATE follow_up SET status = 'QUEUED', sent_at = NULL, next_planned = true,
              scheduled_at = now() - interval '1 hour', queued_at = now()
        WHERE request_id = $1 AND sequence = 1`,
      [waiting],
    );
    await workersSweep().sweep();
    expect(await notPlannedOn(requestIds)).toBe(12 - 10);

    // The backlog sent: the rest at once.
    await superuserQuery(
      api.adminUrl,
      `UPDATE follow_up SET status = 'SENT', sent_at = now() WHERE request_id = $1 AND sequence = 1`,
      [waiting],
    );
    await workersSweep().sweep();
    expect(await notPlannedOn(requestIds)).toBe(0);
  });
});
