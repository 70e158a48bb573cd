import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthChecks } from './health-checks';
import { HealthController } from './health.controller';

@Module({})
export class HealthModule {
  /** `http: true` adds GET /health (the api); the worker serves its own small endpoint. */
  static forRoot(options: { http: boolean }): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: options.http ? [HealthController] : [],
      providers: [HealthChecks],
      exports: [HealthChecks],
    };
  }
}
