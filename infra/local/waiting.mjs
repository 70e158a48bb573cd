// @ts-check
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Waits for every task, then throws the first failure, if any (so nothing is still
 * starting when shutdown begins). @template T @param {T} tasks
 * @returns {Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }>}
 */
export async function allSettledOrThrow(tasks) {
  const results = await Promise.allSettled(/** @type {unknown[]} */ (tasks));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
  return /** @type {any} */ (results.map((result) => /** @type {any} */ (result).value));
}

/** Resolves true when `promise` settles within `ms`, false otherwise. */
export async function finishesWithin(
  /** @type {Promise<unknown>} */ promise,
  /** @type {number} */ ms,
) {
  const timer = sleep(ms, false, { ref: false });
  return Promise.race([
    promise.then(
      () => true,
      () => true,
    ),
    timer,
  ]);
}
