import { createServer, type Server } from 'node:net';
import { once } from 'node:events';
import { assertPortsFree, portsToUse } from './ports.mjs';
import { readSettings } from './settings.mjs';

/** A port no one listens on (the system picks it; it is closed again). */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

describe('the ports npm start checks before it starts anything', () => {
  const defaults = readSettings({});

  it('are the api, the worker, MailDev and the embedded PostgreSQL by default', () => {
    expect(portsToUse(defaults, false)).toEqual([
      { port: 3000, host: '127.0.0.1', variable: 'API_PORT' },
      { port: 3001, host: '127.0.0.1', variable: 'WORKER_HEALTH_PORT' },
      { port: 2526, host: '127.0.0.1', variable: 'INBOUND_SMTP_PORT' },
      { port: 1025, host: '127.0.0.1', variable: 'MAILDEV_SMTP_PORT' },
      { port: 1080, host: '127.0.0.1', variable: 'MAILDEV_WEB_PORT' },
      { port: 54329, host: '127.0.0.1', variable: 'EMBEDDED_PG_PORT' },
    ]);
  });

  it('leave out what is not started: MailDev with SMTP_URL, PostgreSQL with DATABASE_URL', () => {
    const given = readSettings({
      SMTP_URL: 'smtp://mail.example:587',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
      API_HOST: '0.0.0.0',
    });
    expect(portsToUse(given, false).map((use) => use.variable)).toEqual([
      'API_PORT',
      'WORKER_HEALTH_PORT',
      'INBOUND_SMTP_PORT',
    ]);
    expect(portsToUse(given, false)[0]?.host).toBe('0.0.0.0');
  });

  it("leave out the embedded PostgreSQL's port while an earlier run's server may hold it", () => {
    expect(portsToUse(defaults, true).map((use) => use.variable)).not.toContain('EMBEDDED_PG_PORT');
  });

  describe('checked', () => {
    let busy: Server;
    let busyPort: number;
    beforeAll(async () => {
      busy = createServer().listen(0, '127.0.0.1');
      await once(busy, 'listening');
      busyPort = (busy.address() as { port: number }).port;
    });
    afterAll(() => busy.close());

    it('pass when every port is free', async () => {
      await expect(
        assertPortsFree([{ port: await freePort(), host: '127.0.0.1', variable: 'API_PORT' }]),
      ).resolves.toBeUndefined();
    });

    it('name the variable to set for a port in use, and for two uses of one port', async () => {
      const free = await freePort();
      await expect(
        assertPortsFree([
          { port: busyPort, host: '127.0.0.1', variable: 'API_PORT' },
          { port: free, host: '127.0.0.1', variable: 'MAILDEV_SMTP_PORT' },
          { port: free, host: '127.0.0.1', variable: 'MAILDEV_WEB_PORT' },
        ]),
      ).rejects.toThrow(
        `Port ${busyPort} is in use; stop what is using it, or set API_PORT to a free port.\n` +
          `MAILDEV_SMTP_PORT and MAILDEV_WEB_PORT are both ${free}; give them different ports.`,
      );
    });

    it('say when API_HOST is not an address of this machine', async () => {
      await expect(
        assertPortsFree([{ port: await freePort(), host: '192.0.2.1', variable: 'API_PORT' }]),
      ).rejects.toThrow(
        /^Cannot listen on 192\.0\.2\.1:\d+: 192\.0\.2\.1 is not an address of this machine \(API_HOST\)\.$/,
      );
    });
  });
});
