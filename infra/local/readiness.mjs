// @ts-check
/** Waiting for the api and the worker to answer their /health. */
import { setTimeout as sleep } from 'node:timers/promises';
import { localHost } from './hosts.mjs';
import { LaunchError } from './messages.mjs';

const HEALTH_TIMEOUT_MS = 60_000;

async function answers200(/** @type {string} */ url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}

/**
 * Polls every /health until each answers 200; gives up after the timeout, or when shutdown
 * has begun.
 * @param {import('./settings.mjs').Settings} settings
 * @param {() => boolean} isStopping
 */
export async function waitUntilHealthy(settings, isStopping, timeoutMs = HEALTH_TIMEOUT_MS) {
  const host = localHost(settings.apiHost);
  const pending = new Map([
    ['api', `http://${host}:${settings.apiPort}/health`],
    ['worker', `http://${host}:${settings.workerPort}/health`],
  ]);
  const deadline = Date.now() + timeoutMs;
  while (pending.size > 0) {
    if (isStopping()) throw new LaunchError('stopped while starting');
    for (const [name, url] of pending) if (await answers200(url)) pending.delete(name);
    if (pending.size === 0) return;
    if (Date.now() > deadline) {
      const names = [...pending.keys()].join(' and ');
      throw new LaunchError(
        `The ${names} did not become healthy within ${timeoutMs / 1000} s (${[...pending.values()].join(', ')}). See the messages above.`,
      );
    }
    await sleep(250);
  }
}
