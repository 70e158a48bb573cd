import { ConfigError, loadConfig } from './load-config';

const valid = {
  DATABASE_URL: 'postgres://app:pw@127.0.0.1:5432/onrecord',
  SMTP_URL: 'smtp://127.0.0.1:1025',
  AUTH_SECRET: 'x'.repeat(32),
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies development defaults', () => {
    const config = loadConfig(valid);
    expect(config.env).toBe('development');
    expect(config.api).toEqual({ host: '127.0.0.1', port: 3000 });
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.graphql).toEqual({ explorer: true, introspection: true });
    expect(config.database.ownerUrl).toBe(valid.DATABASE_URL);
  });

  it('leaves telemetry off unless an OTLP endpoint or exporter is named', () => {
    expect(loadConfig(valid).telemetry).toEqual({
      traces: false,
      metrics: false,
      endpoint: null,
      serviceName: null,
    });
    expect(
      loadConfig({ ...valid, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).telemetry,
    ).toEqual({
      traces: true,
      metrics: true,
      endpoint: 'http://collector:4318',
      serviceName: null,
    });
    expect(
      loadConfig({
        ...valid,
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_METRICS_EXPORTER: 'none',
        OTEL_SERVICE_NAME: 'onrecord-api-eu',
      }).telemetry,
    ).toMatchObject({ traces: true, metrics: false, serviceName: 'onrecord-api-eu' });
    expect(loadConfig({ ...valid, OTEL_TRACES_EXPORTER: 'otlp' }).telemetry).toMatchObject({
      traces: true,
      metrics: false,
      endpoint: null,
    });
    expect(problemsOf({ ...valid, OTEL_TRACES_EXPORTER: 'jaeger' })).toEqual([
      'OTEL_TRACES_EXPORTER: expected otlp or none (OnRecord exports over OTLP/HTTP only)',
    ]);
    expect(problemsOf({ ...valid, OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toEqual([
      'OTEL_EXPORTER_OTLP_ENDPOINT: expected the http:// or https:// URL of an OTLP/HTTP collector, e.g. http://127.0.0.1:4318',
    ]);
  });

  it('runs the queue on PostgreSQL without REDIS_URL and on Redis with it', () => {
    expect(loadConfig(valid).queue).toEqual({
      kind: 'postgres',
      url: valid.DATABASE_URL,
      schema: 'bullmq',
    });
    expect(
      loadConfig({ ...valid, REDIS_URL: 'redis://127.0.0.1:6379', QUEUE_PREFIX: 'p1' }).queue,
    ).toEqual({
      kind: 'redis',
      url: 'redis://127.0.0.1:6379',
      prefix: 'p1',
      cluster: false,
    });
  });

  it('runs the queue on a Redis Cluster with REDIS_CLUSTER, its prefix a hash tag', () => {
    expect(
      loadConfig({
        ...valid,
        REDIS_URL: 'redis://10.0.0.5:7000',
        REDIS_CLUSTER: 'true',
        QUEUE_PREFIX: 'p1',
      }).queue,
    ).toEqual({ kind: 'redis', url: 'redis://10.0.0.5:7000', prefix: '{p1}', cluster: true });
    expect(
      loadConfig({ ...valid, REDIS_URL: 'redis://10.0.0.5:7000', REDIS_CLUSTER: 'false' }).queue,
    ).toMatchObject({ prefix: 'onrecord', cluster: false });
    expect(problemsOf({ ...valid, REDIS_CLUSTER: 'true' })).toEqual([
      expect.stringMatching(/^REDIS_CLUSTER: needs REDIS_URL/),
    ]);
    expect(
      problemsOf({ ...valid, REDIS_URL: 'redis://10.0.0.5:7000/2', REDIS_CLUSTER: 'true' }),
    ).toEqual([expect.stringMatching(/^REDIS_URL: a Redis Cluster has database 0 only/)]);
    expect(problemsOf({ ...valid, REDIS_URL: 'redis://h:1', REDIS_CLUSTER: 'yes' })).toEqual([
      'REDIS_CLUSTER: expected true or false',
    ]);
  });

  it('names each missing variable and what is expected', () => {
    const problems = problemsOf({});
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^DATABASE_URL: is required/),
        expect.stringMatching(/^SMTP_URL: is required/),
        expect.stringMatching(/^AUTH_SECRET: is required/),
      ]),
    );
  });

  it.each([
    ['DATABASE_URL', 'mysql://x/y', /DATABASE_URL: expected a postgres:\/\/ URL/],
    ['REDIS_URL', 'localhost:6379', /REDIS_URL: expected a redis:\/\//],
    ['API_PORT', '70000', /API_PORT: expected a port between 1 and 65535/],
    ['API_PORT', 'abc', /API_PORT: expected a port number/],
    ['AUTH_SECRET', 'short', /AUTH_SECRET: expected at least 32 random characters/],
    ['GRAPHQL_EXPLORER', 'yes', /GRAPHQL_EXPLORER: expected true or false/],
    ['NODE_ENV', 'staging', /NODE_ENV: expected development, test or production/],
  ])('rejects %s=%s with a message naming it', (name, value, message) => {
    expect(problemsOf({ ...valid, [name]: value })).toEqual([expect.stringMatching(message)]);
  });

  it('has no queue dashboard unless both its credentials are set', () => {
    expect(loadConfig(valid).queueDashboard).toBeNull();
    const password = 'p'.repeat(16);
    expect(
      loadConfig({ ...valid, QUEUE_DASHBOARD_USER: 'ops', QUEUE_DASHBOARD_PASSWORD: password })
        .queueDashboard,
    ).toEqual({ user: 'ops', password });
    expect(problemsOf({ ...valid, QUEUE_DASHBOARD_USER: 'ops' })).toEqual([
      expect.stringMatching(/^QUEUE_DASHBOARD_PASSWORD: is required with QUEUE_DASHBOARD_USER/),
    ]);
    expect(problemsOf({ ...valid, QUEUE_DASHBOARD_PASSWORD: password })).toEqual([
      expect.stringMatching(/^QUEUE_DASHBOARD_USER: is required with QUEUE_DASHBOARD_PASSWORD/),
    ]);
  });

  it.each([
    ['QUEUE_DASHBOARD_PASSWORD', 'p'.repeat(15), /QUEUE_DASHBOARD_PASSWORD: expected at least 16/],
    ['QUEUE_DASHBOARD_USER', 'a:b', /QUEUE_DASHBOARD_USER: expected 1-64 characters, no colon/],
  ])('refuses a queue dashboard %s of %s', (name, value, message) => {
    const credentials = { QUEUE_DASHBOARD_USER: 'ops', QUEUE_DASHBOARD_PASSWORD: 'p'.repeat(16) };
    expect(problemsOf({ ...valid, ...credentials, [name]: value })).toEqual([
      expect.stringMatching(message),
    ]);
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ ...valid, REDIS_URL: '' }).queue.kind).toBe('postgres');
  });

  it('requires MAIL_FROM and PUBLIC_URL in production and turns the explorer off there', () => {
    expect(problemsOf({ ...valid, NODE_ENV: 'production' })).toEqual([
      expect.stringMatching(/^MAIL_FROM: is required in production/),
      expect.stringMatching(/^PUBLIC_URL: is required in production/),
    ]);
    const config = loadConfig({
      ...valid,
      NODE_ENV: 'production',
      MAIL_FROM: 'OnRecord <no-reply@example.org>',
      PUBLIC_URL: 'https://onrecord.example.org/',
    });
    expect(config.graphql).toEqual({ explorer: false, introspection: false });
    expect(config.publicUrl).toBe('https://onrecord.example.org');
    expect(
      loadConfig({
        ...valid,
        NODE_ENV: 'production',
        MAIL_FROM: 'a <b@c.d>',
        PUBLIC_URL: 'https://x.y',
        GRAPHQL_EXPLORER: 'true',
      }).graphql.explorer,
    ).toBe(true);
  });

  it('keeps documents in a local folder by default, or in an S3 bucket that is named', () => {
    expect(loadConfig({ ...valid, DOCUMENT_DIR: '/srv/onrecord/documents' }).documents).toEqual({
      maxBytes: 25 * 1024 * 1024,
      storage: { kind: 'local', dir: '/srv/onrecord/documents' },
    });
    expect(
      loadConfig({
        ...valid,
        DOCUMENT_STORAGE: 's3',
        S3_BUCKET: 'onrecord-documents',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_ACCESS_KEY_ID: 'key',
        S3_SECRET_ACCESS_KEY: 'secret',
      }).documents.storage,
    ).toEqual({
      kind: 's3',
      bucket: 'onrecord-documents',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
    });
    expect(problemsOf({ ...valid, DOCUMENT_STORAGE: 's3', S3_ACCESS_KEY_ID: 'key' })).toEqual([
      expect.stringMatching(/^S3_BUCKET: is required with DOCUMENT_STORAGE=s3/),
      expect.stringMatching(/^S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: both or neither/),
    ]);
    expect(problemsOf({ ...valid, DOCUMENT_STORAGE: 'disk', DOCUMENT_MAX_BYTES: '10' })).toEqual([
      'DOCUMENT_STORAGE: expected local or s3',
      'DOCUMENT_MAX_BYTES: expected at least 1024 bytes',
    ]);
  });
});
