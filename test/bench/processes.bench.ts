/**
 * One api and one worker, then two of each, on the same PostgreSQL and Redis: the same load
 * on both — authenticated GraphQL reads (`me`) spread over the apis, then a batch of overdue
 * follow-ups for the workers — with requests/s, follow-ups/s and the CPU the apps' processes
 * spent on each (utime + stime of each child from /proc/<pid>/stat, PostgreSQL left out).
 *
 * On a machine with fewer cores than processes, 2+2 cannot run faster than 1+1: the CPU per
 * request and per follow-up is the figure that carries to a larger machine, where each
 * process has a core of its own and throughput grows with processes until PostgreSQL or Redis
 * is the limit.
 *
 * Needs the build (`npm run bench:processes` builds first).
 * Run: npm run bench:processes [-- --seconds 10 --connections 20 --follow-ups 2000]
 */
/* eslint-disable no-console -- a benchmark prints its figures */
import '../setup/register-paths';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { ApiClient, createTestEnvironment, signUpAdmin } from '@onrecord/platform/testing';
import globalSetup from '../setup/global-setup';
import globalTeardown from '../setup/global-teardown';
import { AppProcess, ENTRY, freePort } from '../e2e/app-process';
import { FaultSmtp } from '../faults/fault-smtp';
import { makeOwed, seedOrganizations } from '../faults/fault-data';
import { cpuMilliseconds, load } from './bench-kit';

const ME = '{ me { user { id email } activeOrganization { id name } } }';
const cpuOf = (processes: AppProcess[]) =>
  processes.reduce((sum, p) => sum + cpuMilliseconds(p.pid), 0);

interface Figures {
  label: string;
  requestsPerSecond: number;
  apiCpuMsPerRequest: number;
  followUpsPerSecond: number;
  workerCpuMsPerFollowUp: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '20' },
      'follow-ups': { type: 'string', default: '2000' },
    },
  });
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  const followUps = Number(values['follow-ups']);
  await globalSetup();
  const smtp = new FaultSmtp();
  const smtpUrl = await smtp.start();
  const environment = await createTestEnvironment('redis', {
    SMTP_URL: smtpUrl,
    MAIL_FROM: 'OnRecord <no-reply@bench.example.org>',
    PUBLIC_URL: 'http://onrecord.bench',
    LOG_LEVEL: 'warn',
    FOLLOW_UP_SWEEP_MS: '1000',
  });
  const running: AppProcess[] = [];
  const results: Figures[] = [];
  try {
    for (const size of [1, 2]) {
      const apis: AppProcess[] = [];
      const urls: string[] = [];
      for (let i = 0; i < size; i++) {
        const port = await freePort();
        const api = new AppProcess(ENTRY.api, { ...environment.env, API_PORT: String(port) });
        running.push(api);
        apis.push(api);
        urls.push(`http://127.0.0.1:${port}`);
        await api.waitForHealth(`http://127.0.0.1:${port}/health`, 60_000);
      }
      const workers: AppProcess[] = [];
      for (let i = 0; i < size; i++) {
        const port = await freePort();
        const worker = new AppProcess(ENTRY.worker, {
          ...environment.env,
          WORKER_HEALTH_PORT: String(port),
        });
        running.push(worker);
        workers.push(worker);
        await worker.waitForHealth(`http://127.0.0.1:${port}/health`, 60_000);
      }
      const label = `${size} api + ${size} worker${size > 1 ? 's' : ''}`;
      console.log(`${label}: running`);

      // Reads: the same connections in all, shared out over the apis, after a warm-up.
      const admin = await signUpAdmin(
        new ApiClient(urls[0] ?? ''),
        `processes${size}`,
        environment.db.adminUrl,
      );
      const read = (s: number) =>
        Promise.all(urls.map((url) => load(url, admin.accessToken, ME, {}, s, connections / size)));
      await read(2);
      const apiCpuBefore = cpuOf(apis);
      const reads = await read(seconds);
      const apiCpu = cpuOf(apis) - apiCpuBefore;
      const requests = reads.reduce((sum, r) => sum + r.requests, 0);

      // Follow-ups: owed at once in four organizations of their own; the sweep queues them.
      const organizations = await seedOrganizations(environment.db.adminUrl, 4);
      const addresses = new Set(organizations.map((o) => o.contactEmail));
      const arrived = () =>
        new Set(
          smtp.accepted.filter((m) => m.to.some((to) => addresses.has(to))).map((m) => m.messageId),
        ).size;
      const workerCpuBefore = cpuOf(workers);
      const owedAt = Date.now();
      await makeOwed(environment.db.adminUrl, organizations, followUps / 4, `bench ${size}`);
      const deadline = owedAt + 300_000;
      while (arrived() < followUps) {
        if (Date.now() > deadline)
          throw new Error(`${label}: ${arrived()} of ${followUps} follow-ups arrived in 300 s`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const followUpSeconds = (Date.now() - owedAt) / 1000;
      const workerCpu = cpuOf(workers) - workerCpuBefore;
      results.push({
        label,
        requestsPerSecond: requests / seconds,
        apiCpuMsPerRequest: apiCpu / requests,
        followUpsPerSecond: followUps / followUpSeconds,
        workerCpuMsPerFollowUp: workerCpu / followUps,
      });
      await Promise.all([...apis, ...workers].map((p) => p.stop()));
    }
  } finally {
    await Promise.all(running.map((p) => p.stop().catch(() => null)));
    await environment.cleanUp();
    await smtp.stop();
    await globalTeardown();
  }
  print(results, { seconds, connections, followUps });
}

function print(
  results: Figures[],
  shape: { seconds: number; connections: number; followUps: number },
): void {
  console.log(
    `\nseveral api and worker processes on one PostgreSQL and one Redis: \`me\` for ${shape.seconds} s over ${shape.connections} connections, then ${shape.followUps} overdue follow-ups; Node ${process.version}\n`,
  );
  console.log(
    `${''.padEnd(22)}${'requests/s'.padStart(12)}${'CPU ms/request'.padStart(16)}${'follow-ups/s'.padStart(14)}${'CPU ms/follow-up'.padStart(18)}`,
  );
  for (const r of results)
    console.log(
      `${r.label.padEnd(22)}${r.requestsPerSecond.toFixed(0).padStart(12)}${r.apiCpuMsPerRequest.toFixed(2).padStart(16)}` +
        `${r.followUpsPerSecond.toFixed(0).padStart(14)}${r.workerCpuMsPerFollowUp.toFixed(2).padStart(18)}`,
    );
  const [one, two] = results;
  if (one && two)
    console.log(
      `\n2+2 against 1+1: requests/s ×${(two.requestsPerSecond / one.requestsPerSecond).toFixed(2)}, follow-ups/s ×${(two.followUpsPerSecond / one.followUpsPerSecond).toFixed(2)}`,
    );
  console.log(
    `This machine has ${availableParallelism()} cores, shared by the apps, PostgreSQL, Redis and the load generator: ` +
      `with fewer cores than processes, a second api or worker only shares the same cores, so the ratio cannot show scaling here. ` +
      `The CPU per request and per follow-up (the apps' own processes) is what carries to a larger machine: ` +
      `there, N processes with a core each serve about N × 1000 / (CPU ms per request) requests/s until PostgreSQL or Redis is the limit.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
