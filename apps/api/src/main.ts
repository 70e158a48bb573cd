// First: telemetry patches http, pg and ioredis before anything below loads them.
import './telemetry';
import 'reflect-metadata';
import compression from 'compression';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { loadConfig } from '@onrecord/platform/config';
import {
  checkBackingServices,
  exitGracefullyOnSignals,
  runProcess,
} from '@onrecord/platform/observability';
import { assertDatabaseReady } from '@onrecord/migrations';
import { serveWebApp } from '@onrecord/platform/web-app';
import { AppModule } from './app.module';

void runProcess('api', async () => {
  const config = loadConfig();
  await checkBackingServices(config);
  await assertDatabaseReady(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  exitGracefullyOnSignals(app, config.shutdownGraceMs);
  // gzip for whatever compresses (the web app's scripts are a third of their size): a
  // parent on a phone opens the portal in seconds, not ten.
  app.use(compression());
  const webApp = serveWebApp(app);
  await app.listen(config.api.port, config.api.host);
  if (!webApp) app.get(Logger).warn('no web app build found (dist/apps/web): serving the api only');
  app
    .get(Logger)
    .log(
      `api listening on http://${config.api.host}:${config.api.port} (public URL ${config.publicUrl})`,
    );
});
