import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { DocumentStorage } from './document-storage';
import { LocalDocumentStorage } from './local-document-storage';
import { S3DocumentStorage } from './s3-document-storage';

/** The storage DOCUMENT_STORAGE names (README "Documents"). */
export function documentStorageFor(config: AppConfig): DocumentStorage {
  const { storage } = config.documents;
  return storage.kind === 's3'
    ? new S3DocumentStorage(storage)
    : new LocalDocumentStorage(storage.dir);
}

export const DOCUMENT_STORAGE_PROVIDER: Provider = {
  provide: DocumentStorage,
  inject: [APP_CONFIG],
  useFactory: documentStorageFor,
};
