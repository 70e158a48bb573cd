import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadConfig } from '@onrecord/platform/config';
import { checkBackingServices, HealthChecks, runProcess, startHealthServer } from '@onrecord/platform/observability';
import { assertDatabaseReady } from '@onrecord/migrations';
import { WorkerModule } from './worker.module';

void runProcess('worker', async () => {
  const config = loadConfig();
  await checkBackingServices(config);
  await assertDatabaseReady(config);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  // Nest closes the queue workers on SIGTERM/SIGINT, letting active jobs finish.
  app.enableShutdownHooks();
  const checks = app.get(HealthChecks);
  const server = await startHealthServer(config.api.host, config.worker.healthPort, () => checks.check());
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => server.close());
  logger.log(`worker running; health on http://${config.api.host}:${config.worker.healthPort}/health`);
});
