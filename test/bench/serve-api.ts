import { NestFactory } from '@nestjs/core';
import { testConfig } from '@onrecord/platform/config/testing';
// The api as the product runs it, in its own process.
import { AppModule } from '../../apps/api/src/app.module';
import { serverEnv } from './bench-kit';

/**
 * A bench script's `serve` mode: the api with the environment it was given (startServer),
 * listening on a free port; it sends its URL to the parent and closes on SIGTERM.
 */
export async function serveApi(): Promise<void> {
  const app = await NestFactory.create(AppModule.forRoot(testConfig(serverEnv())), {
    logger: false,
  });
  await app.listen(0, '127.0.0.1');
  process.send?.({ url: await app.getUrl() });
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
}
