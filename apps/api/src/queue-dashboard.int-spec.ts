import { createTestApp, type TestApp } from '@onrecord/platform/testing';
import { JobProducer } from '@onrecord/platform/queue';
import { QUEUE_DASHBOARD_FAILURES_PER_ADDRESS } from '@onrecord/platform/observability';
import { AppModule } from './app.module';

const USER = 'operator';
const PASSWORD = 'correct-horse-battery-staple';
const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/**
 * The operators' queue dashboard (bull-board at /admin/queues): behind HTTP Basic with its
 * own credentials, listing every queue of the app, and not there at all unless configured.
 */
describe('queue dashboard', () => {
  let api: TestApp;
  let dashboard: string;

  beforeAll(async () => {
    api = await createTestApp(AppModule, {
      env: { QUEUE_DASHBOARD_USER: USER, QUEUE_DASHBOARD_PASSWORD: PASSWORD },
    });
    dashboard = `${api.url}/admin/queues`;
  });
  afterAll(() => api?.close());

  const get = (path: string, authorization?: string) =>
    fetch(`${dashboard}${path}`, { headers: authorization ? { authorization } : {} });

  it('asks for credentials: 401 with a Basic challenge, and nothing of the board', async () => {
    for (const path of ['', '/', '/api/queues', '/static/favicon-32x32.png']) {
      const response = await get(path);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm="OnRecord queues"/);
      expect(await response.text()).not.toContain('follow-ups');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
    // A member's bearer token is no dashboard credential.
    const member = await get('/api/queues', 'Bearer not-a-dashboard-credential');
    expect(member.status).toBe(401);
  });

  it('refuses a wrong password or user with 401', async () => {
    expect((await get('/api/queues', basic(USER, `${PASSWORD}x`))).status).toBe(401);
    expect((await get('/api/queues', basic('someone', PASSWORD))).status).toBe(401);
    expect((await get('/api/queues', basic(USER, ''))).status).toBe(401);
  });

  it('serves the page to the right credentials: bull-board root element, its scripts', async () => {
    const response = await get('/', basic(USER, PASSWORD));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    // The api's security headers, as on every answer of it.
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    const page = await response.text();
    expect(page).toContain('<div id="root">');
    expect(page).toContain('<base href="/admin/queues/"');
    const scripts = [...page.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const file = await get(`/${script}`, basic(USER, PASSWORD));
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toMatch(/javascript/);
    }
  });

  it("lists the app's queues, with a job added to one, in bull-board's JSON API", async () => {
    await api.app
      .get(JobProducer)
      .enqueue(
        'replan-organization',
        { organizationId: '00000000-0000-4000-8000-000000000001', requestedAt: 1 },
        { delay: 60_000 },
      );
    const response = await get(
      '/api/queues?activeQueue=follow-ups&status=delayed',
      basic(USER, PASSWORD),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      queues: Array<{ name: string; counts: Record<string, number>; jobs: Array<{ id: string }> }>;
    };
    expect(body.queues.map((queue) => queue.name).sort()).toEqual([
      'follow-ups',
      'reports',
      'surveys',
      'system',
    ]);
    const followUps = body.queues.find((queue) => queue.name === 'follow-ups')!;
    expect(followUps.counts['delayed']).toBe(1);
    expect(followUps.jobs.map((job) => job.id)).toEqual([
      'replan-00000000-0000-4000-8000-000000000001-1',
    ]);
  });

  it('lets an operator remove a job through the JSON API', async () => {
    const jobId = 'replan-00000000-0000-4000-8000-000000000001-1';
    const removed = await fetch(`${dashboard}/api/queues/follow-ups/${jobId}/clean`, {
      method: 'PUT',
      headers: { authorization: basic(USER, PASSWORD) },
    });
    expect(removed.status).toBe(204);
    const queue = api.app.get(JobProducer).queueOf('replan-organization');
    expect(await queue.getJob(jobId)).toBeUndefined();
  });

  it('makes an address wait after too many wrong credentials', async () => {
    let last = 0;
    for (let i = 0; i <= QUEUE_DASHBOARD_FAILURES_PER_ADDRESS; i += 1)
      last = (await get('/api/queues', basic(USER, `wrong-${i}`))).status;
    expect(last).toBe(429);
    // The right credentials wait too: the address is throttled, not the guess.
    const throttled = await get('/api/queues', basic(USER, PASSWORD));
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('queue dashboard, off', () => {
  it.each([
    ['not configured', 'redis', {}],
    [
      'configured, on the PostgreSQL queue',
      'postgres',
      { QUEUE_DASHBOARD_USER: USER, QUEUE_DASHBOARD_PASSWORD: PASSWORD },
    ],
  ] as const)(
    'does not exist when %s: 404 with or without credentials',
    async (_, backend, env) => {
      const api = await createTestApp(AppModule, { backend, env });
      try {
        for (const authorization of [undefined, basic(USER, PASSWORD)]) {
          const response = await fetch(`${api.url}/admin/queues/api/queues`, {
            headers: authorization ? { authorization } : {},
          });
          expect(response.status).toBe(404);
          expect(response.headers.get('www-authenticate')).toBeNull();
        }
      } finally {
        await api.close();
      }
    },
  );
});
