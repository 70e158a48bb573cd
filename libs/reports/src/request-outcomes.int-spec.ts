import { Test } from '@nestjs/testing';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { Client } from 'pg';
import { ConfigModule } from '@onrecord/platform/config';
import { DataScopes, DatabaseModule } from '@onrecord/platform/database';
import { seedOrganization, superuserQuery } from '@onrecord/platform/database/testing';
import { JobProducer, QueueModule } from '@onrecord/platform/queue';
import {
  createTestEnvironment,
  eventually,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { RequestOutcomes } from './request-outcomes.service';
import {
  LOCK_STALE_REQUEST_OUTCOMES_SQL,
  REFRESH_REQUEST_OUTCOMES_SQL,
} from './request-outcome.sql';
import { ReportsWorkerModule } from './reports.module';

@Module({ providers: [RequestOutcomes], exports: [RequestOutcomes] })
class RequestOutcomesOnly {}

/**
 * The report summary (`request_outcome`) kept by triggers and refreshes: after each kind of
 * change, the rows the refresh computed from what the triggers marked equal the rows computed
 * from scratch — a change a trigger missed would leave a row behind. Changes are written as
 * the application role inside the organization, as the api writes them.
 *
 * Fixture (organization A, Chicago): North ISD (Chicago) with Oak; South ISD (Chicago) with
 * Elm. A student at Oak; request R received Mon 2025-11-03, due 11-17; its school follow-up
 * went out 2025-11-18 05:30 UTC (Mon 11-17 in Chicago, Tue 11-18 in New York). Request N on a
 * case whose student has no school. Organization B: one request, to see it untouched.
 */
describe('report summary (request_outcome)', () => {
  let environment: TestEnvironment;
  let context: INestApplicationContext;
  let outcomes: RequestOutcomes;
  const ids: Record<string, string> = {};

  const superuser = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    superuserQuery<T>(environment.db.adminUrl, text, params);
  /** SQL as the application role, inside organization `org` (triggers run as the writer). */
  const asMember = <T = Record<string, unknown>>(
    org: string,
    text: string,
    params: unknown[] = [],
  ) =>
    context
      .get(DataScopes)
      .run({ organizationId: org }, undefined, (scope) =>
        scope.manager.query(text, params),
      ) as Promise<T[]>;
  const refresh = (org: string) =>
    context
      .get(DataScopes)
      .run({ organizationId: org }, undefined, (scope) => outcomes.refresh(scope));

  // Days as text: what the row says, whatever the test's time zone.
  const FIGURES = `request_id, case_id, school_id, district_id, type, status, archived,
    sent_on::text, received_on::text, due_on::text, due_at, first_response_on::text,
    deferred_responses, outcomes, reasons, followed_up_on::text,
    answered_after_follow_up_on::text, answered_within_five_school_days,
    due_set_by_hand, rule_due_on::text, rule_basis, rule_citation`;
  const rows = (org: string) =>
    superuser(
      `SELECT ${FIGURES} FROM request_outcome WHERE organization_id = $1 ORDER BY request_id`,
      [org],
    );
  const stale = async (org: string) =>
    (
      await superuser<{ n: number }>(
        'SELECT count(*)::int AS n FROM request_outcome WHERE organization_id = $1 AND changes <> refreshed_changes',
        [org],
      )
    )[0]!.n;

  /** Refreshes what the triggers marked, then checks it against every row computed again. */
  async function expectIncrementalEqualsFromScratch(org: string) {
    await refresh(org);
    expect(await stale(org)).toBe(0);
    const incremental = await rows(org);
    await superuser('UPDATE request_outcome SET changes = changes + 1 WHERE organization_id = $1', [
      org,
    ]);
    await refresh(org);
    expect(incremental).toEqual(await rows(org));
    return incremental;
  }
  const rowOf = async (requestId: string) =>
    (
      await superuser<Record<string, unknown>>(
        `SELECT ${FIGURES} FROM request_outcome WHERE request_id = $1`,
        [requestId],
      )
    )[0]!;

  /** The worker's side only where a test asks for it: it refreshes on its own schedule. */
  const start = async (withWorker: boolean) =>
    (
      await Test.createTestingModule({
        imports: [
          ConfigModule.forRoot(environment.config),
          DatabaseModule.forRoot([], 'request-outcomes-test'),
          QueueModule.forRoot(),
          withWorker ? ReportsWorkerModule : RequestOutcomesOnly,
        ],
      }).compile()
    ).init();

  beforeAll(async () => {
    environment = await createTestEnvironment('redis');
    context = await start(false);
    outcomes = context.get(RequestOutcomes);
    const a = (ids['a'] = await seedOrganization(environment.db.adminUrl, 'A'));
    const b = (ids['b'] = await seedOrganization(environment.db.adminUrl, 'B'));
    const one = async (org: string, text: string, params: unknown[]) =>
      (await asMember<{ id: string }>(org, `${text} RETURNING id`, [org, ...params]))[0]!.id;
    const district = (org: string, name: string) =>
      one(
        org,
        `INSERT INTO district (organization_id, name, state, time_zone) VALUES ($1, $2, 'TX', 'America/Chicago')`,
        [name],
      );
    ids['north'] = await district(a, 'North ISD');
    ids['south'] = await district(a, 'South ISD');
    ids['oak'] = await one(
      a,
      'INSERT INTO school (organization_id, district_id, name) VALUES ($1, $2, $3)',
      [ids['north'], 'Oak'],
    );
    ids['elm'] = await one(
      a,
      'INSERT INTO school (organization_id, district_id, name) VALUES ($1, $2, $3)',
      [ids['south'], 'Elm'],
    );
    const openCase = async (org: string, schoolId: string | null) => {
      const family = await one(
        org,
        `INSERT INTO family (organization_id, household_name) VALUES ($1, 'Household')`,
        [],
      );
      const student = await one(
        org,
        `INSERT INTO student (organization_id, family_id, name, school_id) VALUES ($1, $2, 'Student', $3)`,
        [family, schoolId],
      );
      const caseId = await one(
        org,
        `INSERT INTO case_record (organization_id, family_id, student_id, title, concerns, status, opened_on)
         VALUES ($1, $2, $3, 'Case', '{SCHOOL_REFUSAL}', 'ACTIVE', '2025-10-01')`,
        [family, student],
      );
      return { student, caseId };
    };
    const request = (org: string, caseId: string) =>
      one(
        org,
        `INSERT INTO written_request (organization_id, case_id, type, subject, status, sent_on, received_on, due_on, due_at)
         VALUES ($1, $2, 'RECORDS', 'Request', 'SENT', '2025-11-03', '2025-11-03', '2025-11-17', '2025-11-18T06:00:00Z')`,
        [caseId],
      );
    const atOak = await openCase(a, ids['oak']);
    ids['student'] = atOak.student;
    ids['case'] = atOak.caseId;
    ids['r'] = await request(a, atOak.caseId);
    const nowhere = await openCase(a, null);
    ids['n'] = await request(a, nowhere.caseId);
    ids['followUp'] = await one(
      a,
      `INSERT INTO follow_up (organization_id, case_id, request_id, item_key, kind, sequence, scheduled_at, status)
       VALUES ($1, $2, $3::uuid, 'request/' || $3::text, 'SCHOOL_FOLLOW_UP', 1, '2025-11-18T05:30:00Z', 'PLANNED')`,
      [atOak.caseId, ids['r']],
    );
    await one(
      a,
      `INSERT INTO follow_up (organization_id, case_id, request_id, item_key, kind, sequence, scheduled_at, status, sent_at)
       VALUES ($1, $2, $3::uuid, 'request/' || $3::text, 'SCHOOL_FOLLOW_UP', 1, '2025-11-18T05:30:00Z', 'SENT', '2025-11-18T05:30:00Z')`,
      [nowhere.caseId, ids['n']],
    );
    const inB = await openCase(b, null);
    ids['bRequest'] = await request(b, inB.caseId);
  });

  afterAll(async () => {
    await context?.close();
    await environment?.cleanUp();
  });

  it('has a row for every request, to be computed, and computes it', async () => {
    expect(await stale(ids['a']!)).toBe(2);
    const [r] = (await expectIncrementalEqualsFromScratch(ids['a']!)).filter(
      (row) => row['request_id'] === ids['r'],
    );
    expect(r).toMatchObject({
      school_id: ids['oak'],
      district_id: ids['north'],
      status: 'SENT',
      archived: false,
      first_response_on: null,
      outcomes: [],
      followed_up_on: null,
      answered_within_five_school_days: null,
    });
  });

  it('follows responses recorded, archived and deleted', async () => {
    const a = ids['a']!;
    const [{ id }] = await asMember<{ id: string }>(
      a,
      `INSERT INTO school_response (organization_id, request_id, received_on, channel, outcome, reasons)
       VALUES ($1, $2, '2025-11-26', 'EMAIL', 'DENIED', '{LACK_OF_DATA,RESOURCES_STAFFING}') RETURNING id`,
      [a, ids['r']],
    );
    await asMember(
      a,
      `INSERT INTO school_response (organization_id, request_id, received_on, channel, outcome)
       VALUES ($1, $2, '2025-12-01', 'LETTER', 'DEFERRED_NEEDS_DATA')`,
      [a, ids['r']],
    );
    await expectIncrementalEqualsFromScratch(a);
    expect(await rowOf(ids['r']!)).toMatchObject({
      first_response_on: '2025-11-26',
      deferred_responses: 1,
      outcomes: ['DENIED', 'DEFERRED_NEEDS_DATA'],
      reasons: ['LACK_OF_DATA', 'RESOURCES_STAFFING'],
    });
    await asMember(a, `UPDATE school_response SET archived_at = now() WHERE id = $1`, [id]);
    await expectIncrementalEqualsFromScratch(a);
    expect(await rowOf(ids['r']!)).toMatchObject({
      outcomes: ['DEFERRED_NEEDS_DATA'],
      reasons: [],
    });
    await asMember(a, `UPDATE school_response SET archived_at = NULL WHERE id = $1`, [id]);
    await asMember(
      a,
      `DELETE FROM school_response WHERE request_id = $1 AND outcome = 'DEFERRED_NEEDS_DATA'`,
      [ids['r']],
    );
    await expectIncrementalEqualsFromScratch(a);
    expect(await rowOf(ids['r']!)).toMatchObject({ outcomes: ['DENIED'], deferred_responses: 0 });
  });

  it('follows a follow-up going out, and the calendar and time zone it is counted in', async () => {
    const a = ids['a']!;
    await asMember(
      a,
      `UPDATE follow_up SET status = 'SENT', sent_at = scheduled_at WHERE id = $1`,
      [ids['followUp']],
    );
    await expectIncrementalEqualsFromScratch(a);
    // Out on Mon 11-17 (Chicago), answered Wed 11-26: 18, 19, 20, 21, 24, 25, 26 — 7 school days.
    expect(await rowOf(ids['r']!)).toMatchObject({
      followed_up_on: '2025-11-17',
      answered_after_follow_up_on: '2025-11-26',
      answered_within_five_school_days: false,
    });
    // In New York it went out on Tue 11-18: 6 school days.
    await asMember(a, `UPDATE district SET time_zone = 'America/New_York' WHERE id = $1`, [
      ids['north'],
    ]);
    await expectIncrementalEqualsFromScratch(a);
    expect(await rowOf(ids['r']!)).toMatchObject({ followed_up_on: '2025-11-18' });
    // Thanksgiving week off on Mon 11-24: 5 school days.
    const [{ id: year }] = await asMember<{ id: string }>(
      a,
      `INSERT INTO school_year (organization_id, district_id, label, first_day, last_day)
       VALUES ($1, $2, '2025-26', '2025-08-18', '2026-05-29') RETURNING id`,
      [a, ids['north']],
    );
    await asMember(
      a,
      `INSERT INTO non_school_day (organization_id, school_year_id, date, label) VALUES ($1, $2, '2025-11-24', 'Break')`,
      [a, year],
    );
    await expectIncrementalEqualsFromScratch(a);
    expect(await rowOf(ids['r']!)).toMatchObject({ answered_within_five_school_days: true });
    await asMember(a, `DELETE FROM school_year WHERE id = $1`, [year]);
    await expectIncrementalEqualsFromScratch(a);
    expect(await rowOf(ids['r']!)).toMatchObject({ answered_within_five_school_days: false });
    // Without a school, the organization's time zone counts.
    expect(await rowOf(ids['n']!)).toMatchObject({ followed_up_on: '2025-11-17' });
    await asMember(a, `UPDATE organization SET time_zone = 'America/New_York' WHERE id = $1`, [a]);
    await expectIncrementalEqualsFromScratch(a);
    expect(await rowOf(ids['n']!)).toMatchObject({ followed_up_on: '2025-11-18' });
  });

  it('follows a due day set by hand, and keeps the rule’s own day beside it', async () => {
    const a = ids['a']!;
    // The rule's day (34 CFR 300.613) was Mon 11-17; an advocate typed Thu 11-20, with a reason.
    await asMember(
      a,
      `UPDATE written_request
          SET deadline = '{"dueDate": "2025-11-17", "basis": "RULE", "citation": "34 CFR 300.613"}',
              override_due_on = '2025-11-20', override_reason = 'the parent agreed',
              due_on = '2025-11-20', due_at = '2025-11-21T06:00:00Z'
        WHERE id = $1`,
      [ids['r']],
    );
    await expectIncrementalEqualsFromScratch(a);
    expect(await rowOf(ids['r']!)).toMatchObject({
      due_on: '2025-11-20',
      due_set_by_hand: true,
      rule_due_on: '2025-11-17',
      rule_basis: 'RULE',
      rule_citation: '34 CFR 300.613',
    });
    // Cleared: the rule's day is the one in force again.
    await asMember(
      a,
      `UPDATE written_request SET override_due_on = NULL, override_reason = NULL,
              due_on = '2025-11-17', due_at = '2025-11-18T06:00:00Z' WHERE id = $1`,
      [ids['r']],
    );
    await expectIncrementalEqualsFromScratch(a);
    expect(await rowOf(ids['r']!)).toMatchObject({
      due_on: '2025-11-17',
      due_set_by_hand: false,
      rule_due_on: '2025-11-17',
    });
  });

  it('follows the request itself and where its student goes to school', async () => {
    const a = ids['a']!;
    await asMember(
      a,
      `UPDATE written_request SET status = 'CLOSED', closed_on = '2025-12-02' WHERE id = $1`,
      [ids['r']],
    );
    await expectIncrementalEqualsFromScratch(a);
    expect(await rowOf(ids['r']!)).toMatchObject({ status: 'CLOSED' });
    await asMember(a, `UPDATE student SET school_id = $2 WHERE id = $1`, [
      ids['student'],
      ids['elm'],
    ]);
    await expectIncrementalEqualsFromScratch(a);
    expect(await rowOf(ids['r']!)).toMatchObject({
      school_id: ids['elm'],
      district_id: ids['south'],
    });
    await asMember(a, `UPDATE school SET district_id = $2 WHERE id = $1`, [
      ids['elm'],
      ids['north'],
    ]);
    await expectIncrementalEqualsFromScratch(a);
    expect(await rowOf(ids['r']!)).toMatchObject({ district_id: ids['north'] });
    await asMember(a, `UPDATE written_request SET archived_at = now() WHERE id = $1`, [ids['r']]);
    await expectIncrementalEqualsFromScratch(a);
    expect(await rowOf(ids['r']!)).toMatchObject({ archived: true });
  });

  it('is not marked stale by a reply waiting to be classified, which no report reads', async () => {
    const a = ids['a']!;
    await refresh(a);
    expect(await stale(a)).toBe(0);
    await asMember(a, `UPDATE written_request SET reply_waiting_since = now() WHERE id = $1`, [
      ids['r'],
    ]);
    expect(await stale(a)).toBe(0);
    // Beside another change, the request is followed as ever.
    await asMember(
      a,
      `UPDATE written_request SET reply_waiting_since = NULL, subject = subject || '.' WHERE id = $1`,
      [ids['r']],
    );
    expect(await stale(a)).toBe(1);
    await expectIncrementalEqualsFromScratch(a);
  });

  it('passes over a row a writer holds, without waiting, and computes it once the writer is done', async () => {
    const a = ids['a']!;
    const writer = new Client({ connectionString: environment.db.adminUrl });
    await writer.connect();
    try {
      await writer.query('BEGIN');
      await writer.query('UPDATE request_outcome SET changes = changes + 1 WHERE request_id = $1', [
        ids['n'],
      ]);
      expect(await refresh(a)).toBe(0);
      await writer.query('COMMIT');
    } finally {
      await writer.end();
    }
    expect(await stale(a)).toBe(1);
    expect(await refresh(a)).toBe(1);
  });

  it('counts a change made while a row is being computed, for the next refresh', async () => {
    const a = ids['a']!;
    await superuser('UPDATE request_outcome SET changes = changes + 1 WHERE request_id = $1', [
      ids['n'],
    ]);
    // A refresh holds the row (first statement)…
    const refresher = new Client({ connectionString: environment.db.appUrl });
    await refresher.connect();
    try {
      await refresher.query('BEGIN');
      await refresher.query(`SELECT set_config('app.organization_id', $1, true)`, [a]);
      const held = await refresher.query<{ request_id: string }>(LOCK_STALE_REQUEST_OUTCOMES_SQL, [
        a,
        10,
      ]);
      expect(held.rows.map((row) => row.request_id)).toEqual([ids['n']]);
      // …a response is recorded meanwhile: its count waits for the refresh…
      const recording = asMember(
        a,
        `INSERT INTO school_response (organization_id, request_id, received_on, channel, outcome)
         VALUES ($1, $2, '2025-11-20', 'EMAIL', 'GRANTED')`,
        [a, ids['n']],
      );
      await eventually(async () => {
        const [waiting] = await superuser<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'
              AND query LIKE '%INSERT INTO school_response%'`,
        );
        return waiting!.n > 0;
      });
      // …which computes the row without it (not yet committed), and commits.
      await refresher.query(REFRESH_REQUEST_OUTCOMES_SQL, [a, [ids['n']]]);
      await refresher.query('COMMIT');
      await recording;
    } finally {
      await refresher.end();
    }
    expect(await rowOf(ids['n']!)).toMatchObject({ outcomes: [] });
    expect(await stale(a)).toBe(1);
    await refresh(a);
    expect(await rowOf(ids['n']!)).toMatchObject({ outcomes: ['GRANTED'] });
  });

  it('is refreshed by the worker in every organization, each inside its own', async () => {
    await superuser('UPDATE request_outcome SET changes = changes + 1');
    expect([await stale(ids['a']!), await stale(ids['b']!)]).toEqual([2, 1]);
    const worker = await start(true);
    try {
      await context.get(JobProducer).enqueue('refresh-request-outcomes', {});
      await eventually(async () => (await stale(ids['a']!)) + (await stale(ids['b']!)) === 0);
    } finally {
      await worker.close();
    }
    expect(await rowOf(ids['bRequest']!)).toMatchObject({ status: 'SENT', school_id: null });
    // Computed inside its organization: another's refresh computes none of B's rows.
    await superuser('UPDATE request_outcome SET changes = changes + 1 WHERE organization_id = $1', [
      ids['b'],
    ]);
    expect(
      await context
        .get(DataScopes)
        .run({ organizationId: ids['a'] }, undefined, (scope) => outcomes.refresh(scope)),
    ).toBe(0);
    expect(await stale(ids['b']!)).toBe(1);
  });
});
