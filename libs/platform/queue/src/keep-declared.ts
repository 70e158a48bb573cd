import type { Logger } from '@nestjs/common';

/**
 * Declares a processor's job schedulers now, and again every `everyMs` (idempotent: the same
 * ids, the same intervals). BullMQ keeps schedulers in Redis: if Redis loses every key, the
 * next declaration brings them back. Answers with the function that stops it.
 */
export async function keepDeclared(
  declare: () => Promise<void>,
  everyMs: number,
  logger: Logger,
  what: string,
): Promise<() => void> {
  await declare();
  const timer = setInterval(() => {
    declare().catch((error: unknown) => logger.warn({ err: error }, `could not declare ${what}`));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
