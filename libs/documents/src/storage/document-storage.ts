import type { Readable } from 'node:stream';

/**
 * Where documents' bytes are kept: the local filesystem (the embedded default) or S3-compatible
 * object storage. One interface, two drivers (local-document-storage.ts, s3-document-storage.ts),
 * chosen by DOCUMENT_STORAGE.
 *
 * Keys are `<organization id>/<document id>`. Every call names the organization whose key it
 * is, and a driver refuses a key outside that organization's prefix: the document row (under
 * row-level security) is the only place a key comes from, and this is the second lock.
 */
export abstract class DocumentStorage {
  /** Keeps the bytes under the key (replacing nothing: keys are new documents' ids). */
  abstract put(
    organizationId: string,
    key: string,
    bytes: Buffer,
    contentType: string,
  ): Promise<void>;
  /** The bytes, as a stream; NotStoredError when there are none. */
  abstract read(organizationId: string, key: string): Promise<Readable>;
  /** Removes the bytes; nothing happens when there were none. */
  abstract remove(organizationId: string, key: string): Promise<void>;
  /** Every key under the organization's prefix (backups, erasure checks). */
  abstract keys(organizationId: string): Promise<string[]>;
}

/** The bytes a document row names are not in the storage. */
export class NotStoredError extends Error {
  constructor(key: string) {
    super(`no document bytes under ${key}`);
    this.name = 'NotStoredError';
  }
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const KEY = new RegExp(`^(${UUID})/(${UUID})$`);

/** A document's key: its organization's prefix, then its id. */
export function documentKey(organizationId: string, documentId: string): string {
  return `${organizationId}/${documentId}`;
}

/**
 * Refuses any key that is not exactly `<organizationId>/<uuid>`: no other organization's
 * prefix, no path tricks (`..`, slashes, encoded characters) can reach a driver.
 */
export function checkedKey(organizationId: string, key: string): string {
  const match = KEY.exec(key);
  if (!match || match[1] !== organizationId)
    throw new Error(
      `document key ${JSON.stringify(key)} is not one of organization ${organizationId}`,
    );
  return key;
}
