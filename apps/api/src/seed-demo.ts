/**
 * Seeds the demo organization once (`npm start` runs it after migrating); a second run finds
 * it and only prints the logins. Connects as the application role (DATABASE_URL).
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@onrecord/platform/config';
import { runProcess } from '@onrecord/platform/observability';
import { AppModule } from './app.module';
import { DemoModule } from './demo/demo.module';
import { DemoSeeder } from './demo/demo-seeder';

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
