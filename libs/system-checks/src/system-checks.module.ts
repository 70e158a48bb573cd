import { Module } from '@nestjs/common';
import { SystemCheckResolver } from './system-check.resolver';
import { SystemCheckService } from './system-check.service';
import { JobWorkersModule, QueueName } from '@onrecord/platform/queue';
import { SystemCheckJobs } from './system-check.jobs';

/** The api side: the GraphQL operations. */
@Module({ providers: [SystemCheckService, SystemCheckResolver] })
export class SystemChecksModule {}

/** The worker side: the job that completes a check. */
@Module({
  imports: [JobWorkersModule.forQueue(QueueName.system)],
  providers: [SystemCheckService, SystemCheckJobs],
})
export class SystemChecksWorkerModule {}
