import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './config.schema';

/** Injection token for the validated {@link AppConfig}. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Makes the already-validated configuration injectable. Loading happens in main.ts,
 * before Nest starts, so a bad value stops the process with a plain message.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
