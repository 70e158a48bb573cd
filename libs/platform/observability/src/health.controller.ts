import { Controller, Get } from '@nestjs/common';
import { HealthCheck } from '@nestjs/terminus';
import { Public } from '@onrecord/platform/auth';
import { HealthChecks } from './health-checks';

/** Public: load balancers and `npm start` ask it without signing in. */
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly checks: HealthChecks) {}

  @Get()
  @HealthCheck()
  check() {
    return this.checks.check();
  }
}
