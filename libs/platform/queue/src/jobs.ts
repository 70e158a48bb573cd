import type { AppConfig } from '@onrecord/platform/config';

/**
 * Every queue, every job and its payload, in one place. Code that enqueues or processes a
 * job names it from here, so the producer (api) and the consumer (worker) cannot drift.
 */
export const QueueName = {
  system: 'system',
  /** Follow-ups, the sweep that keeps them owed-and-queued, digests. */
  followUps: 'follow-ups',
  /** Keeping the outcome report's summary computed. */
  reports: 'reports',
  /** Parent surveys emailed to guardians, and the sweep that keeps them owed-and-queued. */
  surveys: 'surveys',
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
  /**
   * Sends follow-ups of one organization that are still owed: one at its time (a delayed
   * job), or a batch of those due now. `key` makes the job id: for one follow-up, its id, time
   * (epoch ms) and attempts so far — moved to another time, or taken back from a worker that
   * died holding it, it gets a new job, and an old job finds it not due or no longer owed.
   */
  'send-follow-ups': TenantJob & { followUpIds: string[]; key: string };
  /** Every minute: re-queues follow-ups owed but not queued, or stuck past their lease. */
  'follow-up-sweep': Record<string, never>;
  /** Every few minutes: sends the daily digests that are due. */
  'advocate-digests': Record<string, never>;
  /** The organization's policy changed: every open item's plan is recomputed. */
  'replan-organization': TenantJob & { requestedAt: number };
  /** Every half minute: computes the report summary's rows changed since (request_outcome). */
  'refresh-request-outcomes': Record<string, never>;
  /** Emails the parent survey invitations of one case that are owed (not sent yet). */
  'send-parent-surveys': TenantJob & { caseId: string };
  /** Every few minutes: re-queues parent survey invitations owed but not sent. */
  'parent-survey-sweep': Record<string, never>;
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
  /**
   * Finished jobs are kept for a day (to look at) unless this is false: then an id can be
   * added again as soon as its job is done — a follow-up re-queued by the sweep must not be
   * taken for the finished job of the same id.
   */
  keepFinished?: boolean;
}

export const JOBS: { [N in JobName]: JobDefinition<N> } = {
  'system-check': {
    queue: QueueName.system,
    jobId: (payload) => `system-check-${payload.systemCheckId}`,
    attempts: 3,
  },
  'send-follow-ups': {
    queue: QueueName.followUps,
    jobId: (payload) => `follow-ups-${payload.key}`,
    // Failures are handled on the row (retry times, FAILED): the job itself runs once.
    attempts: 1,
    keepFinished: false,
  },
  'follow-up-sweep': {
    queue: QueueName.followUps,
    jobId: () => 'follow-up-sweep',
    attempts: 1,
    keepFinished: false,
  },
  'advocate-digests': {
    queue: QueueName.followUps,
    jobId: () => 'advocate-digests',
    attempts: 1,
    keepFinished: false,
  },
  'replan-organization': {
    queue: QueueName.followUps,
    jobId: (payload) => `replan-${payload.organizationId}-${payload.requestedAt}`,
    attempts: 3,
  },
  'refresh-request-outcomes': {
    queue: QueueName.reports,
    jobId: () => 'refresh-request-outcomes',
    attempts: 1,
    keepFinished: false,
  },
  'send-parent-surveys': {
    queue: QueueName.surveys,
    jobId: (payload) => `parent-surveys-${payload.organizationId}-${payload.caseId}`,
    // A failed send leaves its invitation owed: the sweep queues it again, so the job itself
    // is not retried, and its id is free again as soon as it is done.
    attempts: 1,
    keepFinished: false,
  },
  'parent-survey-sweep': {
    queue: QueueName.surveys,
    jobId: () => 'parent-survey-sweep',
    attempts: 1,
    keepFinished: false,
  },
};

/**
 * How each queue's worker runs. Follow-ups: a job held by a worker that died is taken back
 * by BullMQ within lockDuration + stalledInterval (20 s here, not the default minute), so a
 * follow-up picked from the queue but not yet claimed in PostgreSQL is not left waiting
 * long; each job sends a batch of up to 25, so a few at once keep the mail pool busy.
 */
export const QUEUE_WORKERS: {
  [Q in QueueName]: {
    lockDuration?: number;
    stalledInterval?: number;
    concurrency?: (config: AppConfig) => number;
  };
} = {
  system: {},
  'follow-ups': {
    lockDuration: 15_000,
    stalledInterval: 5_000,
    concurrency: (config) => config.worker.concurrency,
  },
  reports: {},
  surveys: {},
};

/** Digests are looked for this many sweep intervals apart (they are daily). */
const DIGEST_EVERY_SWEEPS = 5;

/** How often the report summary is refreshed; a report computes the rest itself. */
export const REFRESH_REQUEST_OUTCOMES_EVERY_MS = 30_000;

/**
 * The jobs the worker runs on a schedule, every `every` ms (BullMQ job schedulers, declared
 * again and again: if Redis loses every key, the next declaration brings them back), and
 * those also run once as the worker starts (after downtime there is a backlog).
 */
export const SCHEDULES: Partial<
  Record<JobName, { every: (config: AppConfig) => number; alsoAtStart?: boolean }>
> = {
  'follow-up-sweep': { every: (config) => config.followUps.sweepEveryMs },
  'advocate-digests': { every: (config) => config.followUps.sweepEveryMs * DIGEST_EVERY_SWEEPS },
  'refresh-request-outcomes': { every: () => REFRESH_REQUEST_OUTCOMES_EVERY_MS, alsoAtStart: true },
  // Surveys are not urgent: a send that failed (or a job the queue lost) is tried again later.
  'parent-survey-sweep': {
    every: (config) => config.followUps.sweepEveryMs * DIGEST_EVERY_SWEEPS,
    alsoAtStart: true,
  },
};

export const ALL_QUEUES: QueueName[] = Object.values(QueueName);
