import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import { OrganizationSettingsService } from '@onrecord/organizations';
import { renderPdf } from '../pdf/render-pdf';
import { letterDocument } from './letter-document';
import { readLetter } from './letter-record';

/** A written request's letter as a PDF on the organization's letterhead. */
@Injectable()
export class LetterPdfService {
  constructor(private readonly settings: OrganizationSettingsService) {}

  async build(
    scope: DataScope,
    requestId: string,
  ): Promise<{ bytes: Buffer; contentType: string; fileName: string }> {
    const letter = await readLetter(scope, this.settings, requestId);
    const { bytes } = await renderPdf(letterDocument(letter));
    return {
      bytes,
      contentType: 'application/pdf',
      fileName: `letter-${letter.draft ? 'draft' : letter.date}-${requestId.slice(0, 8)}.pdf`,
    };
  }
}
