import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadConfig } from '@onrecord/platform/config';
import {
  checkBackingServices,
  exitGracefullyOnSignals,
  runProcess,
} from '@onrecord/platform/observability';
import { assertDatabaseReady } from '@onrecord/migrations';
import { AppModule } from './app.module';

void runProcess('api', async () => {
  const config = loadConfig();
  await checkBackingServices(config);
  await assertDatabaseReady(config);
  const app = await NestFactory.create(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  exitGracefullyOnSignals(app, config.shutdownGraceMs);
  await app.listen(config.api.port, config.api.host);
  app
    .get(Logger)
    .log(
      `api listening on http://${config.api.host}:${config.api.port} (public URL ${config.publicUrl})`,
    );
});
