import { createServer, type Server } from 'node:http';

/**
 * A minimal HTTP endpoint for a process that has no HTTP API (the worker): GET /health
 * answers 200 with the check's JSON when healthy, 503 otherwise.
 */
export function startHealthServer(
  host: string,
  port: number,
  check: () => Promise<unknown>,
): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/health') {
      res.writeHead(404).end();
      return;
    }
    check().then(
      (result) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      },
      (error: { response?: unknown; message?: string }) => {
        res
          .writeHead(503, { 'content-type': 'application/json' })
          .end(JSON.stringify(error.response ?? { status: 'error', message: error.message }));
      },
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
