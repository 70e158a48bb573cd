import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  ApiClient,
  QUEUE_BACKENDS,
  createTestEnvironment,
  eventually,
  graphql,
  signUpAdmin,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { AppProcess, ENTRY, freePort } from './app-process';

/**
 * The api and the worker as separate processes, started from the build exactly as in
 * production, used over HTTP: the same test on each queue backend.
 */
describe.each(QUEUE_BACKENDS)('api and worker processes on the %s queue backend', (backend) => {
  const sink = new SmtpSink();
  let environment: TestEnvironment;
  let api: AppProcess;
  let worker: AppProcess;
  let apiUrl: string;
  let workerHealthUrl: string;

  beforeAll(async () => {
    await sink.start();
    const [apiPort, workerPort] = [await freePort(), await freePort()];
    environment = await createTestEnvironment(backend, {
      SMTP_URL: sink.url,
      API_PORT: String(apiPort),
      WORKER_HEALTH_PORT: String(workerPort),
      NODE_ENV: 'production',
      MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
      PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
      LOG_LEVEL: 'info',
    });
    apiUrl = `http://127.0.0.1:${apiPort}`;
    workerHealthUrl = `http://127.0.0.1:${workerPort}/health`;
    api = new AppProcess(ENTRY.api, environment.env);
    worker = new AppProcess(ENTRY.worker, environment.env);
    await Promise.all([
      api.waitForHealth(`${apiUrl}/health`),
      worker.waitForHealth(workerHealthUrl),
    ]);
  });

  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
    await environment?.cleanUp();
    await sink.stop();
  });

  it('answers health on both processes', async () => {
    for (const url of [`${apiUrl}/health`, workerHealthUrl]) {
      const body = (await (await fetch(url)).json()) as { status: string };
      expect(body.status).toBe('ok');
    }
  });

  it('carries a job from the api through the queue to the worker and into the database', async () => {
    const anonymous = new ApiClient(apiUrl);
    const admin = anonymous.as(
      (await signUpAdmin(anonymous, `admin-${backend}`, environment.db.adminUrl)).accessToken,
    );
    const created = await admin.data<{ requestSystemCheck: { id: string; status: string } }>(
      'mutation { requestSystemCheck { id status } }',
    );
    const id = created.requestSystemCheck.id;
    const completed = await eventually(async () => {
      const result = await admin.request<{
        systemCheck: { status: string; completedBy: string };
      }>('query ($id: ID!) { systemCheck(id: $id) { status completedBy } }', { id });
      return result.data?.systemCheck.status === 'COMPLETED' ? result.data.systemCheck : undefined;
    });
    expect(completed.completedBy).toMatch(new RegExp(`/${worker.pid}$`));
  });

  it('writes structured JSON logs with a request id', async () => {
    await graphql(apiUrl, '{ __typename }', undefined, { 'x-request-id': 'e2e-request-42' });
    const lines = await eventually(async () => {
      const found = api.stdout.filter((line) => line.includes('e2e-request-42'));
      return found.length > 0 ? found : undefined;
    });
    const entry = JSON.parse(lines[0]!) as { app: string; req: { id: string } };
    expect(entry).toMatchObject({ app: 'api', req: { id: 'e2e-request-42' } });
  });

  it('keeps the explorer and introspection off in production', async () => {
    expect((await fetch(`${apiUrl}/graphiql`)).status).toBe(404);
    const introspection = await graphql(apiUrl, '{ __schema { queryType { name } } }');
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('stops gracefully on SIGTERM', async () => {
    expect(await worker.stop()).toBe(0);
    expect(await api.stop()).toBe(0);
  });
});
