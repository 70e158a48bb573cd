import { createReadStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { DocumentStorage, NotStoredError, checkedKey } from './document-storage';

/**
 * Documents as files under a folder (DOCUMENT_DIR, `.data/documents` by default): one folder
 * per organization, one file per document. Written to a temporary name and renamed, so a
 * crash mid-write never leaves half a document under its key.
 */
export class LocalDocumentStorage extends DocumentStorage {
  constructor(private readonly root: string) {
    super();
  }

  private path(organizationId: string, key: string): string {
    return join(this.root, checkedKey(organizationId, key));
  }

  async put(organizationId: string, key: string, bytes: Buffer): Promise<void> {
    const path = this.path(organizationId, key);
    await mkdir(join(this.root, organizationId), { recursive: true, mode: 0o700 });
    const partial = `${path}.partial`;
    await writeFile(partial, bytes, { mode: 0o600 });
    await rename(partial, path);
  }

  async read(organizationId: string, key: string): Promise<Readable> {
    const path = this.path(organizationId, key);
    try {
      await stat(path);
    } catch {
      throw new NotStoredError(key);
    }
    return createReadStream(path);
  }

  async remove(organizationId: string, key: string): Promise<void> {
    await rm(this.path(organizationId, key), { force: true });
  }

  async keys(organizationId: string): Promise<string[]> {
    checkedKey(organizationId, `${organizationId}/00000000-0000-0000-0000-000000000000`);
    const names = await readdir(join(this.root, organizationId)).catch(() => [] as string[]);
    return names.filter((n) => !n.endsWith('.partial')).map((n) => `${organizationId}/${n}`);
  }
}
