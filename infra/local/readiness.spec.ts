import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { waitUntilHealthy } from './readiness.mjs';
import { readSettings } from './settings.mjs';

/** A stand-in for the api's or the worker's /health, answering `status`. */
async function health(status: () => number): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    response.statusCode = request.url === '/health' ? status() : 404;
    response.end();
  }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, port: (server.address() as { port: number }).port };
}

describe('waiting for the api and the worker', () => {
  const servers: Server[] = [];
  afterEach(() => servers.splice(0).forEach((server) => server.close()));

  async function both(apiStatus: () => number, workerStatus: () => number) {
    const api = await health(apiStatus);
    const worker = await health(workerStatus);
    servers.push(api.server, worker.server);
    return readSettings({ API_PORT: String(api.port), WORKER_HEALTH_PORT: String(worker.port) });
  }

  it('ends when both answer 200 on /health, even if one was not ready at first', async () => {
    let calls = 0;
    const settings = await both(
      () => 200,
      () => (++calls < 3 ? 503 : 200),
    );
    await expect(waitUntilHealthy(settings, () => false)).resolves.toBeUndefined();
    expect(calls).toBe(3);
  });

  it('gives up after the timeout, naming what is not healthy and where it was asked', async () => {
    const settings = await both(
      () => 200,
      () => 503,
    );
    await expect(waitUntilHealthy(settings, () => false, 300)).rejects.toThrow(
      `The worker did not become healthy within 0.3 s (http://127.0.0.1:${settings.workerPort}/health). See the messages above.`,
    );
  });

  it('stops waiting once shutdown has begun', async () => {
    const settings = await both(
      () => 503,
      () => 503,
    );
    await expect(waitUntilHealthy(settings, () => true)).rejects.toThrow('stopped while starting');
  });

  it('asks 127.0.0.1 when they listen on every address', async () => {
    const settings = await both(
      () => 200,
      () => 200,
    );
    await expect(
      waitUntilHealthy({ ...settings, apiHost: '0.0.0.0' }, () => false),
    ).resolves.toBeUndefined();
  });
});
