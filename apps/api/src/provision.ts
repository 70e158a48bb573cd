/**
 * Creates the database and its two roles (owner, app) on a server, using an admin
 * connection. `npm start` runs it; in production a DBA may run it once, or create the same
 * roles by hand (README, "Production start"). Reads its plan as JSON on stdin and prints
 * the owner and app URLs as JSON on stdout.
 */
import { provisionDatabase, type ProvisionPlan } from '@onrecord/platform/database';
import { runProcess } from '@onrecord/platform/observability';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

void runProcess('provision', async () => {
  const plan = JSON.parse(await readStdin()) as ProvisionPlan;
  const urls = await provisionDatabase(plan);
  process.stdout.write(`${JSON.stringify(urls)}\n`);
});
