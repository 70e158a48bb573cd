/**
 * Every queue, every job and its payload, in one place. Code that enqueues or processes a
 * job names it from here, so the producer (api) and the consumer (worker) cannot drift.
 */
export const QueueName = {
  system: 'system',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

/**
 * Work for one organization names it: the worker runs it in a transaction with that
 * organization set, so row-level security confines the job to the organization's rows.
 */
export interface TenantJob {
  organizationId: string;
}

export interface JobPayloads {
  /** Proves the round trip api → queue → worker → database. */
  'system-check': TenantJob & { systemCheckId: string };
}
export type JobName = keyof JobPayloads;

interface JobDefinition<N extends JobName> {
  queue: QueueName;
  /**
   * Deterministic job id, so enqueueing the same work twice is a no-op.
   * BullMQ forbids ':' in custom ids.
   */
  jobId(payload: JobPayloads[N]): string;
  attempts: number;
}

export const JOBS: { [N in JobName]: JobDefinition<N> } = {
  'system-check': {
    queue: QueueName.system,
    jobId: (payload) => `system-check-${payload.systemCheckId}`,
    attempts: 3,
  },
};

export const ALL_QUEUES: QueueName[] = Object.values(QueueName);
