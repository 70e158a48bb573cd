import { Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { FamilyRecords, Roles, type HttpRequest } from '@onrecord/platform/auth';
import { badUserInput, notFound } from '@onrecord/platform/errors';
import { isUuid } from '@onrecord/platform/database';
import { MemberRole } from '@onrecord/organizations';
import { ReportHttpErrors } from '@onrecord/reports';
import { DocumentsService } from '../documents.service';
import { Document } from '../model/document.entity';
import { DocumentStorage } from '../storage/document-storage';
import { toDocument } from '../api/document.objects';
import { newDocumentFields } from './document-upload';
import { sendDocument } from './document-response';

/**
 * `POST /documents` (multipart/form-data: `file` and the fields of NewDocumentFields): adds a
 * document to a case, answering its record as JSON (201). `GET /documents/<id>/content`: the
 * file. Both with the console's bearer token, in the request's transaction, under row-level
 * security: another organization's document is not found, whatever id or key is tried.
 */
@Controller('documents')
@UseFilters(ReportHttpErrors)
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly storage: DocumentStorage,
  ) {}

  @Post()
  @Roles(MemberRole.ADMIN, MemberRole.ADVOCATE)
  async upload(@Req() req: HttpRequest, @Res() res: Response): Promise<void> {
    // Read before the guard ran (upload-body.middleware.ts).
    const { file, body } = req as HttpRequest & {
      file?: Express.Multer.File;
      body?: Record<string, unknown>;
    };
    const request = req.onrecord;
    if (!request) throw new Error('the access guard did not run');
    let saved: Document;
    try {
      if (!file) throw badUserInput([{ field: 'file', message: 'is required' }]);
      const fields = await newDocumentFields(body ?? {});
      saved = await this.documents.add(
        await request.scope(),
        { userId: request.member().userId },
        fields,
        {
          originalName: file.originalname,
          bytes: file.buffer,
        },
      );
    } catch (error) {
      await request.finish(false);
      throw error;
    }
    try {
      await request.finish(true);
    } catch (error) {
      // Its record was not saved: its bytes go too.
      await this.documents.discard(saved);
      throw error;
    }
    res.status(201).json(toDocument(saved));
  }

  @Get(':id/content')
  @FamilyRecords()
  async download(
    @Param('id') id: string,
    @Req() req: HttpRequest,
    @Res() res: Response,
  ): Promise<void> {
    const request = req.onrecord;
    if (!request) throw new Error('the access guard did not run');
    let succeeded = false;
    try {
      const scope = await request.scope();
      const document = isUuid(id) ? await scope.manager.findOneBy(Document, { id }) : null;
      if (!document) throw notFound('Document');
      succeeded = true;
      await sendDocument(this.storage, document, res);
    } finally {
      await request.finish(succeeded);
    }
  }
}
