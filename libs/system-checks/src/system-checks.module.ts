import { Module } from '@nestjs/common';
import { SystemCheckResolver } from './system-check.resolver';
import { SystemCheckService } from './system-check.service';
import { RunSystemCheckJob } from './run-system-check.job';

/** The api side: the GraphQL operations. */
@Module({ providers: [SystemCheckService, SystemCheckResolver] })
export class SystemChecksModule {}

/** The worker side: the queue processor. */
@Module({ providers: [SystemCheckService, RunSystemCheckJob] })
export class SystemChecksWorkerModule {}
