import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';
import type { Document } from '../model/document.entity';
import type { DocumentStorage } from '../storage/document-storage';

/**
 * Sends a document's bytes as a download, never as a page: `attachment`, the type read from
 * its bytes with nosniff, and a sandbox that would stop anything active even if a browser
 * opened it anyway. Not kept by shared caches.
 */
export async function sendDocument(
  storage: DocumentStorage,
  document: Pick<
    Document,
    'organizationId' | 'storageKey' | 'fileName' | 'contentType' | 'sizeBytes'
  >,
  res: Response,
): Promise<void> {
  const bytes = await storage.read(document.organizationId, document.storageKey);
  res.status(200);
  // Express's attachment(): Content-Disposition with the name encoded for every browser
  // (RFC 6266). It guesses a type from the name: the sniffed one replaces it.
  res.attachment(document.fileName);
  res.setHeader('content-type', document.contentType);
  res.setHeader('content-length', String(document.sizeBytes));
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('content-security-policy', "default-src 'none'; sandbox");
  res.setHeader('cache-control', 'private, no-store');
  await pipeline(bytes, res);
}
