import type { DynamicModule, INestApplication } from '@nestjs/common';
import type { AppConfig } from '@onrecord/platform/config';
import { signUpAdmin, type TestAuth } from './test-accounts';
import { ApiClient, startTestApi } from './test-api';
import { createTestEnvironment, type TestEnvironment } from './test-environment';
import type { QueueBackendKind } from './queue-namespace';

/** An application module as the api composes it: configured by `forRoot`. */
export interface RootModule {
  forRoot(config: AppConfig): DynamicModule;
}

/** One test file's api: its environment, the started app, a client and its first admins. */
export interface TestApp<Admins extends readonly TestAuth[] = TestAuth[]> {
  environment: TestEnvironment;
  app: INestApplication;
  url: string;
  /** Where the test writes and reads as the superuser (fixtures, checks). */
  adminUrl: string;
  /** A client with no token; `.as(token)` for a signed-in one. */
  anonymous: ApiClient;
  /** The admins of `admins`, in order, each the first admin of an organization of their own. */
  admins: Admins;
  /** A client signed in as `auth`. */
  as(auth: TestAuth): ApiClient;
  /** Stops the app and drops the environment (its database and queue keys). */
  close(): Promise<void>;
}

/**
 * Everything a spec's `beforeAll` used to repeat: its own environment (database and queue
 * namespace), `root` started on a free port, an anonymous client and, for each label of
 * `admins`, an admin signed up through the api. If any of it fails, what was started is
 * stopped again before the error is thrown, so a failed setup leaves nothing behind.
 *
 *   let api: TestApp<[TestAuth, TestAuth]>;
 *   beforeAll(async () => (api = await createTestApp(AppModule, { admins: ['a', 'b'] })));
 *   afterAll(() => api?.close());
 */
export async function createTestApp<const Labels extends readonly string[] = []>(
  root: RootModule,
  options: {
    admins?: Labels;
    backend?: QueueBackendKind;
    /** Extra environment variables, as for `createTestEnvironment`. */
    env?: Record<string, string>;
    /** The configuration changed before the app starts, for a test of one setting. */
    configure?: (config: AppConfig) => AppConfig;
  } = {},
): Promise<TestApp<{ -readonly [K in keyof Labels]: TestAuth }>> {
  const environment = await createTestEnvironment(options.backend ?? 'redis', options.env);
  let app: INestApplication | undefined;
  const close = async () => {
    await app?.close();
    await environment.cleanUp();
  };
  try {
    const config = options.configure ? options.configure(environment.config) : environment.config;
    const started = await startTestApi(root.forRoot(config));
    app = started.app;
    const anonymous = new ApiClient(started.url);
    const adminUrl = environment.db.adminUrl;
    const admins: TestAuth[] = [];
    for (const label of options.admins ?? []) {
      admins.push(await signUpAdmin(anonymous, label, adminUrl));
    }
    return {
      environment,
      app,
      url: started.url,
      adminUrl,
      anonymous,
      admins: admins as { -readonly [K in keyof Labels]: TestAuth },
      as: (auth) => anonymous.as(auth.accessToken),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
