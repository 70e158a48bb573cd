// Telemetry as the worker and the api run it, spans and metrics kept in memory. Jest's own
// module registry hides modules from OpenTelemetry's require hook, so the instrumentations
// are applied to pg, pg-pool, ioredis and http as this file's `require` loads them.
import { startTestTelemetry } from '@onrecord/platform/observability/testing';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import type { INestApplicationContext } from '@nestjs/common';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import { createTestApp, eventually, type TestApp } from '@onrecord/platform/testing';
import {
  SEND_AT_ONCE,
  dayOffset,
  followUpOrganization,
  followUpsOf,
  sendRequest,
  type FollowUpOrganization,
} from '@onrecord/test-fixtures';
import { startFollowUpsWorker } from './testing/follow-ups-worker';
import { FOLLOW_UPS_API } from './testing/follow-ups-api';

const telemetry = startTestTelemetry((name) => require(name));

const SUBJECT = 'Request for a full individual evaluation';

/** The span and its ancestors, nearest first, within the spans recorded. */
function ancestry(span: ReadableSpan, all: readonly ReadableSpan[]): ReadableSpan[] {
  const byId = new Map(all.map((s) => [s.spanContext().spanId, s]));
  const chain = [span];
  for (;;) {
    const parentId = chain[chain.length - 1]!.parentSpanContext?.spanId;
    const parent = parentId ? byId.get(parentId) : undefined;
    if (!parent) return chain;
    chain.push(parent);
  }
}

const isUnder = (span: ReadableSpan, ancestor: ReadableSpan, all: readonly ReadableSpan[]) =>
  ancestry(span, all).includes(ancestor);

/** The spans of a trace as an indented tree (names and kinds), for the failure message and the note. */
function tree(all: readonly ReadableSpan[], root: ReadableSpan, depth = 0): string[] {
  const children = all
    .filter((s) => s.parentSpanContext?.spanId === root.spanContext().spanId)
    .sort((a, b) => a.startTime[0] - b.startTime[0] || a.startTime[1] - b.startTime[1]);
  return [
    `${'  '.repeat(depth)}${root.name} [${SpanKind[root.kind]}]`,
    ...children.flatMap((child) => tree(all, child, depth + 1)),
  ];
}

afterAll(() => telemetry.stop());

/**
 * One follow-up, from the request that plans it to the SMTP server's acceptance, is one
 * trace: the api's HTTP request and its planning span, the job added after commit, the
 * worker's run of that job, its SQL, and the message handed to a real SMTP server. On both
 * queue backends. And nothing personal in any span of it.
 */
describe.each(['redis', 'postgres'] as const)('a follow-up traced (%s queue)', (backend) => {
  const sink = new SmtpSink();
  let api: TestApp;
  let worker: INestApplicationContext;
  let org: FollowUpOrganization;

  beforeAll(async () => {
    await sink.start();
    api = await createTestApp(FOLLOW_UPS_API, {
      backend,
      env: {
        SMTP_URL: sink.url,
        MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
        // Traces on, as OTEL_EXPORTER_OTLP_ENDPOINT would turn them on: the queues carry the
        // trace context. The spans go to this file's in-memory exporter, not over OTLP.
        OTEL_TRACES_EXPORTER: 'otlp',
        OTEL_METRICS_EXPORTER: 'otlp',
      },
    });
    worker = await startFollowUpsWorker(api.environment.config, 'trace-test-worker');
    org = await followUpOrganization(api.url, api.environment.db.adminUrl, `trace-${backend}`, {
      ...SEND_AT_ONCE,
      notifyGuardians: false,
      remindAdvocates: false,
    });
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink.stop();
  });

  it('is one trace from the planning to the SMTP server taking the message', async () => {
    const requestId = await sendRequest(org, 30, { dueOn: dayOffset(-10) });
    const sent = await eventually(
      async () => {
        const found = (await followUpsOf(org, requestId)).find(
          (f) => f.kind === 'SCHOOL_FOLLOW_UP' && f.status === 'SENT',
        );
        return found;
      },
      30_000,
      200,
    );
    expect(sink.received.filter((m) => m.envelopeTo.includes(org.contactEmail))).toHaveLength(1);

    const deliver = await eventually(async () =>
      (await telemetry.spans()).find(
        (s) =>
          s.name === 'follow-up deliver' &&
          s.attributes['onrecord.follow_up.id'] === sent.id &&
          s.ended,
      ),
    );
    const traceId = deliver.spanContext().traceId;
    const spans = (await telemetry.spans()).filter((s) => s.spanContext().traceId === traceId);
    const chain = ancestry(deliver, spans);
    const root = chain[chain.length - 1]!;
    const shown = tree(spans, root).join('\n');

    // From the SMTP send up to the HTTP request that planned it, parent by parent.
    const smtp = spans.find(
      (s) => s.name === 'smtp send' && s.parentSpanContext?.spanId === deliver.spanContext().spanId,
    );
    expect({ smtp: smtp?.name, shown }).toEqual({ smtp: 'smtp send', shown });
    // The milestones on the way up, nearest first (SQL and Redis spans between them).
    const milestones = chain
      .map((s) => s.name.replace(/^add(Bulk)? follow-ups.*/, 'add follow-ups'))
      .filter((name) =>
        [
          'follow-up deliver',
          'job send-follow-ups',
          'process follow-ups',
          'add follow-ups',
          'follow-ups plan',
        ].includes(name),
      );
    expect({ milestones, shown }).toEqual({
      milestones: [
        'follow-up deliver',
        'job send-follow-ups',
        'process follow-ups',
        'add follow-ups',
        'follow-ups plan',
      ],
      shown,
    });
    const named = (pattern: RegExp) => chain.find((s) => pattern.test(s.name))!;
    const job = named(/^job send-follow-ups$/);
    const consumed = named(/^process follow-ups$/);
    const added = named(/^add(Bulk)? follow-ups/);
    const plan = named(/^follow-ups plan$/);
    expect(root.kind).toBe(SpanKind.SERVER);
    expect(root.attributes['http.method'] ?? root.attributes['http.request.method']).toBe('POST');
    expect(consumed.kind).toBe(SpanKind.CONSUMER);
    expect(added.kind).toBe(SpanKind.PRODUCER);
    // The worker's run continues the api's trace: its parent is the add.
    expect(consumed.parentSpanContext?.spanId).toBe(added.spanContext().spanId);

    // What the spans say: ids and counts.
    expect(smtp!.attributes).toMatchObject({
      'smtp.accepted_count': 1,
      'smtp.rejected_count': 0,
      'smtp.response_code': 250,
      'mail.recipients': 1,
    });
    expect(smtp!.status.code).not.toBe(SpanStatusCode.ERROR);
    expect(plan.attributes).toMatchObject({
      'onrecord.organization.id': org.organizationId,
      'onrecord.written_request.id': requestId,
      'onrecord.follow_up.planned': expect.any(Number),
    });
    expect(job.attributes).toMatchObject({
      'onrecord.job.name': 'send-follow-ups',
      'onrecord.organization.id': org.organizationId,
      'onrecord.follow_up.count': 1,
    });

    // The database under the planning and under the job (the claim, the record of the send).
    const sql = spans.filter((s) => s.name.startsWith('pg.query:'));
    expect(sql.some((s) => isUnder(s, plan, spans))).toBe(true);
    expect(sql.some((s) => isUnder(s, job, spans))).toBe(true);

    // Nothing personal anywhere in the trace: no address, no name, no subject.
    const everything = JSON.stringify(spans.map((s) => [s.name, s.attributes, s.events]));
    for (const personal of [
      org.contactEmail,
      org.guardianEmail,
      `Pat Principal trace-${backend}`,
      `Sam Student trace-${backend}`,
      SUBJECT,
    ])
      expect(everything).not.toContain(personal);
  });

  it('counts GraphQL requests and errors by operation, and reads the queues and follow-ups', async () => {
    const refused = await org.client.request(
      'mutation ($input: UpdateFollowUpPolicyInput!) { updateFollowUpPolicy(input: $input) { customized } }',
      { input: { maxFollowUps: 0 } },
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');

    const requests = await telemetry.points('onrecord.graphql.requests');
    const overrides = requests.find(
      (p) =>
        p.attributes['graphql.operation.name'] === 'overrideDeadline' &&
        p.attributes['graphql.operation.type'] === 'mutation',
    );
    expect(overrides?.value).toBeGreaterThanOrEqual(1);
    const errors = await eventually(async () =>
      (await telemetry.points('onrecord.graphql.errors')).find(
        (p) =>
          p.attributes['graphql.operation.name'] === 'updateFollowUpPolicy' &&
          p.attributes['error.code'] === 'BAD_USER_INPUT',
      ),
    );
    expect(errors.value).toBeGreaterThanOrEqual(1);
    const durations = await telemetry.points('onrecord.graphql.request.duration');
    expect(
      durations.some((p) => p.attributes['graphql.operation.name'] === 'overrideDeadline'),
    ).toBe(true);

    const queue = await telemetry.points('onrecord.queue.jobs');
    for (const state of ['waiting', 'active', 'delayed', 'failed'])
      expect(
        queue.find((p) => p.attributes['queue'] === 'follow-ups' && p.attributes['state'] === state)
          ?.value,
      ).toEqual(expect.any(Number));
    // The first plan's job, for the deadline the request had before it was set by hand, waits.
    expect(
      queue.find(
        (p) => p.attributes['queue'] === 'follow-ups' && p.attributes['state'] === 'delayed',
      )?.value,
    ).toBeGreaterThanOrEqual(1);

    // Every organization's follow-ups, read across organizations by the worker.
    const followUps = await telemetry.points('onrecord.follow_ups');
    const state = (name: string) => followUps.find((p) => p.attributes['state'] === name)?.value;
    expect(state('sent')).toBeGreaterThanOrEqual(1);
    expect(state('owed')).toEqual(expect.any(Number));
    expect(state('owed_due')).toEqual(expect.any(Number));
    expect(state('failed')).toBe(0);
  });
});
