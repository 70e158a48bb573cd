import { startTestTelemetry } from '@onrecord/platform/observability/testing';
import { Test } from '@nestjs/testing';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { ConfigModule } from '@onrecord/platform/config';
import { DataScopes, DatabaseModule } from '@onrecord/platform/database';
import { seedOrganization, superuserQuery } from '@onrecord/platform/database/testing';
import { createTestEnvironment, type TestEnvironment } from '@onrecord/platform/testing';
import { RequestOutcomes } from './request-outcomes.service';
import { RequestOutcomeMetrics } from './request-outcome-metrics';

// Before the gauges are made: they take their meter from the provider running then.
const telemetry = startTestTelemetry();

@Module({
  providers: [RequestOutcomes, RequestOutcomeMetrics],
  exports: [RequestOutcomes],
})
class RequestOutcomeMetricsOnly {}

/**
 * The report summary's staleness as the worker reports it: the rows of every organization
 * changed since they were computed, read as the application role (which sees no row
 * without an organization) through the named cross-organization path.
 */
describe('report summary staleness (metrics)', () => {
  let environment: TestEnvironment;
  let context: INestApplicationContext;
  const orgs: string[] = [];

  const gauge = async (name: string) => (await telemetry.points(name))[0]?.value;

  beforeAll(async () => {
    environment = await createTestEnvironment('redis');
    context = await (
      await Test.createTestingModule({
        imports: [
          ConfigModule.forRoot(environment.config),
          DatabaseModule.forRoot([], 'request-outcome-metrics-test'),
          RequestOutcomeMetricsOnly,
        ],
      }).compile()
    ).init();
    const superuser = (text: string, params: unknown[]) =>
      superuserQuery<{ id: string }>(environment.db.adminUrl, `${text} RETURNING id`, params);
    for (const [label, requests] of [
      ['A', 2],
      ['B', 1],
    ] as const) {
      const org = await seedOrganization(environment.db.adminUrl, label);
      orgs.push(org);
      const [family] = await superuser(
        `INSERT INTO family (organization_id, household_name) VALUES ($1, 'Household')`,
        [org],
      );
      const [student] = await superuser(
        `INSERT INTO student (organization_id, family_id, name) VALUES ($1, $2, 'Student')`,
        [org, family!.id],
      );
      const [caseRecord] = await superuser(
        `INSERT INTO case_record (organization_id, family_id, student_id, title, concerns, status, opened_on)
         VALUES ($1, $2, $3, 'Case', '{SCHOOL_REFUSAL}', 'ACTIVE', '2025-10-01')`,
        [org, family!.id, student!.id],
      );
      for (let i = 0; i < requests; i++)
        await superuser(
          `INSERT INTO written_request (organization_id, case_id, type, subject, status, sent_on, received_on, due_on, due_at)
           VALUES ($1, $2, 'RECORDS', 'Request', 'SENT', '2025-11-03', '2025-11-03', '2025-11-17', '2025-11-18T06:00:00Z')`,
          [org, caseRecord!.id],
        );
    }
  });

  afterAll(async () => {
    await context?.close();
    await environment?.cleanUp();
    await telemetry.stop();
  });

  it('counts every organization’s stale rows, and none once they are computed', async () => {
    expect(await gauge('onrecord.report_summary.stale_rows')).toBe(3);
    expect(await gauge('onrecord.report_summary.stale_seconds')).toBe(0); // never computed yet

    const scopes = context.get(DataScopes);
    const outcomes = context.get(RequestOutcomes);
    await scopes.run({ organizationId: orgs[0]! }, undefined, (scope) => outcomes.refresh(scope));
    expect(await gauge('onrecord.report_summary.stale_rows')).toBe(1);

    // A change after the refresh: the row is stale again, and was computed a moment ago.
    await superuserQuery(
      environment.db.adminUrl,
      'UPDATE request_outcome SET changes = changes + 1 WHERE organization_id = $1',
      [orgs[0]],
    );
    expect(await gauge('onrecord.report_summary.stale_rows')).toBe(3);
    const seconds = (await gauge('onrecord.report_summary.stale_seconds')) as number;
    expect(seconds).toBeGreaterThanOrEqual(0);
    expect(seconds).toBeLessThan(60);

    await scopes.run({ organizationId: orgs[0]! }, undefined, (scope) => outcomes.refresh(scope));
    await scopes.run({ organizationId: orgs[1]! }, undefined, (scope) => outcomes.refresh(scope));
    expect(await gauge('onrecord.report_summary.stale_rows')).toBe(0);
    expect(await gauge('onrecord.report_summary.stale_seconds')).toBe(0);
  });
});
