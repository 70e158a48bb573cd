import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { S3TestServer } from '../testing/s3-test-server';
import { DocumentStorage, NotStoredError, documentKey } from './document-storage';
import { LocalDocumentStorage } from './local-document-storage';
import { S3DocumentStorage } from './s3-document-storage';

/**
 * The two drivers keep the same promises: bytes back as they were put, a missing key is
 * NotStoredError, every organization's keys under its own prefix and no key of another
 * organization (or any path trick) accepted.
 */
describe.each([
  ['the local filesystem', 'local'],
  ['S3-compatible storage (s3rver)', 's3'],
] as const)('document storage on %s', (_name, kind) => {
  const s3 = new S3TestServer();
  let folder = '';
  let storage: DocumentStorage;
  const a = randomUUID();
  const b = randomUUID();

  beforeAll(async () => {
    if (kind === 's3') {
      await s3.start();
      storage = new S3DocumentStorage({
        bucket: s3.bucket,
        region: 'us-east-1',
        endpoint: s3.endpoint,
        forcePathStyle: true,
        credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
      });
    } else {
      folder = await mkdtemp(join(tmpdir(), 'onrecord-documents-'));
      storage = new LocalDocumentStorage(folder);
    }
  });

  afterAll(async () => {
    if (storage instanceof S3DocumentStorage) storage.close();
    if (kind === 's3') await s3.stop();
    else await rm(folder, { recursive: true, force: true });
  });

  it('gives back the bytes it kept, lists them under the organization, and removes them', async () => {
    const key = documentKey(a, randomUUID());
    await storage.put(a, key, Buffer.from('Prior written notice, 14 Oct 2026'), 'text/plain');
    expect(await text(await storage.read(a, key))).toBe('Prior written notice, 14 Oct 2026');
    const other = documentKey(b, randomUUID());
    await storage.put(b, other, Buffer.from('B’s'), 'text/plain');
    expect(await storage.keys(a)).toEqual([key]);
    expect(await storage.keys(b)).toEqual([other]);
    await storage.remove(a, key);
    await expect(storage.read(a, key)).rejects.toBeInstanceOf(NotStoredError);
    expect(await storage.keys(a)).toEqual([]);
    // Removing what is not there is no error.
    await storage.remove(a, key);
  });

  it('refuses a key of another organization and any key that is not <organization>/<uuid>', async () => {
    const theirs = documentKey(b, randomUUID());
    await storage.put(b, theirs, Buffer.from('B’s'), 'text/plain');
    await expect(storage.read(a, theirs)).rejects.toThrow(/is not one of organization/);
    await expect(storage.remove(a, theirs)).rejects.toThrow(/is not one of organization/);
    await expect(storage.put(a, theirs, Buffer.from('x'), 'text/plain')).rejects.toThrow(
      /is not one of organization/,
    );
    for (const key of [`${a}/../${theirs}`, `${a}/${randomUUID()}/x`, `${a}/x`, a, `/${theirs}`])
      await expect(storage.read(a, key)).rejects.toThrow(/is not one of organization/);
    expect(await text(await storage.read(b, theirs))).toBe('B’s');
  });
});
