import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { DocumentStorage, NotStoredError, checkedKey } from './document-storage';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** An S3-compatible service's URL (MinIO, Ceph, a test server); none for AWS itself. */
  endpoint: string | null;
  forcePathStyle: boolean;
  /** None: the AWS SDK's own chain (environment, instance role…). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
}

/**
 * Documents as objects in one bucket of S3 or an S3-compatible service (AWS SDK v3), each
 * organization's under its own key prefix. The bucket should be private, with server-side
 * encryption and versioning as the operator's policy says (docs/operations.md).
 */
export class S3DocumentStorage extends DocumentStorage {
  private readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    super();
    const config: S3ClientConfig = {
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
    };
    this.client = new S3Client(config);
  }

  async put(
    organizationId: string,
    key: string,
    bytes: Buffer,
    contentType: string,
  ): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: checkedKey(organizationId, key),
        Body: bytes,
        ContentType: contentType,
        ContentLength: bytes.length,
      }),
    );
  }

  async read(organizationId: string, key: string): Promise<Readable> {
    try {
      const answer = await this.client.send(
        new GetObjectCommand({ Bucket: this.options.bucket, Key: checkedKey(organizationId, key) }),
      );
      if (!answer.Body) throw new NotStoredError(key);
      return answer.Body as Readable;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey')
        throw new NotStoredError(key);
      throw error;
    }
  }

  async remove(organizationId: string, key: string): Promise<void> {
    await this.client.send(
      new DeleteObjectCommand({
        Bucket: this.options.bucket,
        Key: checkedKey(organizationId, key),
      }),
    );
  }

  async keys(organizationId: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.options.bucket,
          Prefix: `${organizationId}/`,
          ContinuationToken: token,
        }),
      );
      keys.push(...(page.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : [])));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys;
  }

  close(): void {
    this.client.destroy();
  }
}
