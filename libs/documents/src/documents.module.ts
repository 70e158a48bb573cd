import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { DocumentsService } from './documents.service';
import { DocumentsResolver } from './api/documents.resolver';
import {
  AttendanceWeekDocumentsResolver,
  MeetingDocumentsResolver,
  SchoolResponseDocumentsResolver,
  WrittenRequestDocumentsResolver,
} from './api/attached-documents.resolver';
import { DocumentsController } from './http/documents.controller';
import { UploadBodyMiddleware } from './http/upload-body.middleware';
import { DOCUMENT_STORAGE_PROVIDER } from './storage/document-storage.provider';

@Module({
  providers: [
    DOCUMENT_STORAGE_PROVIDER,
    DocumentsService,
    DocumentsResolver,
    // The documents of a request, a response, a meeting and an attendance week.
    WrittenRequestDocumentsResolver,
    SchoolResponseDocumentsResolver,
    MeetingDocumentsResolver,
    AttendanceWeekDocumentsResolver,
  ],
  controllers: [DocumentsController],
  exports: [DOCUMENT_STORAGE_PROVIDER, DocumentsService],
})
export class DocumentsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(UploadBodyMiddleware)
      .forRoutes({ path: 'documents', method: RequestMethod.POST });
  }
}
