import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { securityHeaders } from './security-headers';

async function headersOf(production: boolean): Promise<Headers> {
  const app = express();
  app.use(securityHeaders({ production }));
  app.get('/', (_req, res) => void res.send('ok'));
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return (await fetch(`http://127.0.0.1:${port}/`)).headers;
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('security headers', () => {
  it('ask browsers for HTTPS only in production', async () => {
    expect((await headersOf(true)).get('strict-transport-security')).toMatch(/max-age=31536000/);
    expect((await headersOf(true)).get('content-security-policy')).toContain(
      'upgrade-insecure-requests',
    );
    expect((await headersOf(false)).get('strict-transport-security')).toBeNull();
  });

  it('remove X-Powered-By', async () => {
    expect((await headersOf(false)).get('x-powered-by')).toBeNull();
  });
});
