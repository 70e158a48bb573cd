import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** s3rver ships no types: the little of it a test uses. */
interface S3rverServer {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverServer;
// A CommonJS module without types.
const S3rver = require('s3rver') as S3rverClass;

/**
 * An S3-compatible server on loopback (npm s3rver), with one empty bucket, its objects in a
 * temporary folder: the S3 driver is tested against the S3 protocol, signatures included.
 */
export class S3TestServer {
  readonly bucket = 'onrecord-documents-test';
  readonly accessKeyId = 'S3RVER';
  readonly secretAccessKey = 'S3RVER';
  private server: S3rverServer | null = null;
  private directory = '';
  endpoint = '';

  async start(): Promise<void> {
    this.directory = await mkdtemp(join(tmpdir(), 'onrecord-s3-'));
    this.server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: this.directory,
      configureBuckets: [{ name: this.bucket, configs: [] }],
    });
    const { port } = await this.server.run();
    this.endpoint = `http://127.0.0.1:${port}`;
  }

  /** The api's settings for this server. */
  env(): Record<string, string> {
    return {
      DOCUMENT_STORAGE: 's3',
      S3_BUCKET: this.bucket,
      S3_ENDPOINT: this.endpoint,
      S3_ACCESS_KEY_ID: this.accessKeyId,
      S3_SECRET_ACCESS_KEY: this.secretAccessKey,
    };
  }

  async stop(): Promise<void> {
    await this.server?.close();
    await rm(this.directory, { recursive: true, force: true });
  }
}
