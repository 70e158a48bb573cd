import { Logger } from '@nestjs/common';
import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';

/**
 * A queue processor whose worker's own errors are log lines. BullMQ reports what goes wrong
 * outside a job (Redis lost its keys: "Missing key for job …"; a dropped connection) as the
 * worker's `error` event and, when nobody listens, prints the raw stack trace to stderr —
 * the one thing in the process that would not be a structured log line.
 */
export abstract class LoggedWorkerHost extends WorkerHost {
  private readonly queueLogger = new Logger('QueueWorker');

  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    this.queueLogger.error(
      { err: error, queue: (this.worker as { name?: string } | undefined)?.name },
      `queue worker error: ${error?.message ?? String(error)}`,
    );
  }
}
