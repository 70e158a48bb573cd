// First: telemetry patches http, pg and ioredis before anything below loads them.
import './telemetry';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadConfig } from '@onrecord/platform/config';
import {
  checkBackingServices,
  exitGracefullyOnSignals,
  HealthChecks,
  runProcess,
  startHealthServer,
} from '@onrecord/platform/observability';
import { assertDatabaseReady } from '@onrecord/migrations';
import { WorkerModule } from './worker.module';

void runProcess('worker', async () => {
  const config = loadConfig();
  await checkBackingServices(config);
  await assertDatabaseReady(config);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
  });
  const logger = app.get(Logger);
  app.useLogger(logger);
  const checks = app.get(HealthChecks);
  const server = await startHealthServer(config.api.host, config.worker.healthPort, () =>
    checks.check(),
  );
  // Closing the app closes the queue workers, which let their active jobs finish.
  exitGracefullyOnSignals(app, config.shutdownGraceMs, () => {
    server.close();
  });
  logger.log(
    `worker running; health on http://${config.api.host}:${config.worker.healthPort}/health`,
  );
});
