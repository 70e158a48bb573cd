import { Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { type Document, DocumentStorage, sendDocument } from '@onrecord/documents';
import { badUserInput } from '@onrecord/platform/errors';
import { Portal, type HttpRequest } from '@onrecord/platform/auth';
import { ReportHttpErrors } from '@onrecord/reports';
import { PortalDocumentsService, toPortalDocument } from './portal-documents.service';

/**
 * `POST /portal/documents` (multipart/form-data: `file`, `caseId`, `kind`, `title`,
 * `documentDate`): the family adds a document to one of their cases, answered as the portal
 * shows it (201). Read before the guard like the console's upload (UploadBodyMiddleware).
 *
 * `GET /portal/documents/<id>/content`: a document the family's advocate shared, downloaded
 * with the portal session as bearer token. Any other document — not shared, archived, another
 * family's or organization's — is not found.
 */
@Controller('portal/documents')
@UseFilters(ReportHttpErrors)
export class PortalDocumentsController {
  constructor(
    private readonly documents: PortalDocumentsService,
    private readonly storage: DocumentStorage,
  ) {}

  @Post()
  @Portal()
  async upload(@Req() req: HttpRequest, @Res() res: Response): Promise<void> {
    const { file, body } = req as HttpRequest & {
      file?: Express.Multer.File;
      body?: Record<string, unknown>;
    };
    const request = req.onrecord;
    if (!request) throw new Error('the access guard did not run');
    let saved: Document;
    try {
      if (!file) throw badUserInput([{ field: 'file', message: 'is required' }]);
      saved = await this.documents.add(await request.scope(), request.guardian(), body ?? {}, {
        originalName: file.originalname,
        bytes: file.buffer,
      });
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
    res.status(201).json(toPortalDocument(saved));
  }

  @Get(':id/content')
  @Portal()
  async download(
    @Param('id') id: string,
    @Req() req: HttpRequest,
    @Res() res: Response,
  ): Promise<void> {
    const request = req.onrecord;
    if (!request) throw new Error('the access guard did not run');
    let succeeded = false;
    try {
      const document = await this.documents.shared(await request.scope(), request.guardian(), id);
      succeeded = true;
      await sendDocument(this.storage, document, res);
    } finally {
      await request.finish(succeeded);
    }
  }
}
