import { SetMetadata } from '@nestjs/common';
import type { JobName, JobPayloads } from './jobs';

export const ON_JOB = 'onrecord:on-job';

/**
 * Marks the method that runs a job: `@OnJob('send-follow-ups') send(payload) {…}`, its
 * parameter typed by the job's payload. The worker finds it (JobHandlers); a job has one.
 */
export function OnJob<N extends JobName>(name: N) {
  return <M extends (payload: JobPayloads[N]) => Promise<unknown>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    SetMetadata(ON_JOB, name)(target, key, descriptor);
  };
}
