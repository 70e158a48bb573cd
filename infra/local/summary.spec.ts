import { queueLine, summary } from './summary.mjs';
import { readSettings } from './settings.mjs';

describe('what npm start prints once OnRecord runs', () => {
  const run = { withMailDev: true, seconds: '12.3', pgDir: '.data/postgres' };
  const demo = {
    password: 'paper trail',
    logins: [
      { role: 'ADMIN', email: 'dana.admin@demo.onrecord.example' },
      { role: 'ADVOCATE', email: 'marcus.advocate@demo.onrecord.example' },
    ],
    portalGuardians: ['lucia.navarro@example.org'],
  };

  it('by default: every address, the embedded PostgreSQL, the queue and the demo logins', () => {
    expect(summary(readSettings({}), run, demo)).toBe(
      [
        '',
        'OnRecord is running (ready in 12.3 s)',
        '  Console         http://localhost:3000/  (sign in with a demo login below)',
        '  GraphQL API     http://localhost:3000/graphql',
        '  Explorer        http://localhost:3000/graphiql',
        '  Health          http://localhost:3000/health  (worker: http://localhost:3001/health)',
        '  Mail catcher    http://localhost:1080',
        "  Mail in         smtp://127.0.0.1:2526  (schools' replies: npm run mail:reply -- --to <reply address> --file <.eml>)",
        '  PostgreSQL      embedded, data in .data/postgres (port 54329)',
        '  Queue           PostgreSQL (BullMQ PostgreSQL backend)',
        '  Demo logins     (password: paper trail)',
        '    ADMIN     dana.admin@demo.onrecord.example',
        '    ADVOCATE  marcus.advocate@demo.onrecord.example',
        "  Family portal   http://localhost:3000/portal/sign-in — enter a guardian's address, open the link",
        "                  in the mail catcher (Spanish: set the browser's language or Settings)",
        '    GUARDIAN  lucia.navarro@example.org',
        'Press Ctrl-C to stop.',
        '',
      ].join('\n'),
    );
  });

  it('with services of one’s own: where they are, never a password; no mail catcher, no demo', () => {
    const settings = readSettings({
      DATABASE_URL: 'postgres://postgres:admin-secret@db.example/postgres',
      ONRECORD_DATABASE: 'records',
      REDIS_URL: 'redis://:redis-secret@cache.example:6380',
      SMTP_URL: 'smtp://user:mail-secret@mail.example:587',
      API_HOST: '10.0.0.5',
      API_PORT: '8080',
    });
    const text = summary(settings, { ...run, withMailDev: false }, undefined);
    expect(text).toContain('  Console         http://10.0.0.5:8080/  (sign in');
    expect(text).toContain('  PostgreSQL      db.example:5432/records\n');
    expect(text).toContain('  Queue           Redis at cache.example:6380\n');
    expect(text).not.toMatch(/secret|Mail catcher|Demo logins|Family portal/);
    expect(queueLine(settings)).toBe('Queue: Redis at cache.example:6380.');
  });

  it('shows localhost for the loopback and any-address hosts, and brackets an IPv6 one', () => {
    for (const host of ['0.0.0.0', '::', '::1', 'localhost']) {
      expect(summary(readSettings({ API_HOST: host }), run, undefined)).toContain(
        'http://localhost:3000/graphql',
      );
    }
    expect(summary(readSettings({ API_HOST: 'fd00::5' }), run, undefined)).toContain(
      'http://[fd00::5]:3000/graphql',
    );
  });

  it('says where the queue runs once the database is ready', () => {
    expect(queueLine(readSettings({}))).toBe('Queue: PostgreSQL (no REDIS_URL set).');
  });
});
