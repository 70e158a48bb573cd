/**
 * What the other libs, the apps and the tests use of documents: the module, the entity, the
 * storage (the portal sends shared documents with it; backups and erasure list its keys).
 */
export { DOCUMENTS_ENTITIES } from './documents.entities';
export { DocumentsModule } from './documents.module';
export { DocumentsService, type DocumentAuthor } from './documents.service';
export { NewDocumentFields } from './api/document.inputs';
export { toDocument, DocumentObject } from './api/document.objects';
export { newDocumentFields } from './http/document-upload';
export { UploadBodyMiddleware } from './http/upload-body.middleware';
export { Document } from './model/document.entity';
export { DocumentKind, FAMILY_DOCUMENT_KINDS } from './model/document.enums';
export { DocumentStorage, NotStoredError, documentKey } from './storage/document-storage';
export { documentStorageFor } from './storage/document-storage.provider';
export { LocalDocumentStorage } from './storage/local-document-storage';
export { S3DocumentStorage } from './storage/s3-document-storage';
export { sendDocument } from './http/document-response';
