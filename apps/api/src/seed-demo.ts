/**
 * Seeds the demo organization once (`npm start` runs it after migrating); a second run finds
 * it and only prints the logins. Connects as the application role (DATABASE_URL).
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { loadConfig } from '@onrecord/platform/config';
import { runProcess } from '@onrecord/platform/observability';
import { RequestsModule } from '@onrecord/requests';
import { AppModule } from './app.module';
import { DemoSeeder } from './demo/demo-seeder';

// The requests module again, so the seeder can use its services (Nest shares the instance).
@Module({ imports: [RequestsModule], providers: [DemoSeeder] })
class DemoModule {}

void runProcess('seed-demo', async () => {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(
    { module: DemoModule, imports: [AppModule.forRoot(config)] },
    { logger: ['error', 'warn'] },
  );
  try {
    const report = await app.get(DemoSeeder).seed();
    process.stdout.write(
      `${JSON.stringify({ demo: report.created ? 'created' : 'already there', ...report })}\n`,
    );
  } finally {
    await app.close();
  }
});
