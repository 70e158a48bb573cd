import { Injectable } from '@nestjs/common';
import { DocumentStorage } from '@onrecord/documents';
import type { DataScope } from '@onrecord/platform/database';
import { renderPdf } from '../pdf/render-pdf';
import { appendDocuments, placeAppendices, readAppendices } from './appendices';
import { CaseRecordReader, type CaseRecord } from './case-record';
import type { PacketOptions } from './packet-options';
import { packetCsv } from './packet-csv';
import { packetDocument } from './packet-document';

export interface PacketFile {
  bytes: Buffer;
  contentType: string;
  fileName: string;
}

/** A file name from the family's name: letters, digits and dashes only. */
const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'case';

/**
 * The evidence packet of a case, as a PDF (with its documents appended when asked) or as CSV.
 * The PDF is laid out once to learn its own length; when documents follow it, the index needs
 * the page each starts on, so it is laid out again with them (and again in the rare case the
 * numbers changed its length).
 */
@Injectable()
export class EvidencePacketService {
  constructor(
    private readonly reader: CaseRecordReader,
    private readonly storage: DocumentStorage,
  ) {}

  async build(scope: DataScope, caseId: string, options: PacketOptions): Promise<PacketFile> {
    const record = await this.reader.read(scope, caseId, options);
    const name = `evidence-packet-${slug(record.header.familyName)}-${record.today}`;
    if (options.format === 'csv')
      return {
        bytes: Buffer.from(packetCsv(record), 'utf8'),
        contentType: 'text/csv; charset=utf-8',
        fileName: `${name}.csv`,
      };
    return {
      bytes: await this.pdf(record),
      contentType: 'application/pdf',
      fileName: `${name}.pdf`,
    };
  }

  private async pdf(record: CaseRecord): Promise<Buffer> {
    const appendices = await readAppendices(this.storage, record.documents);
    const appendixPages = appendices.reduce((n, a) => n + a.pages, 0);
    let laidOut = await renderPdf(
      packetDocument(
        record,
        placeAppendices(appendices, 0).map((d) => ({ ...d, startsOn: null })),
        null,
      ),
    );
    if (!appendixPages) return laidOut.bytes;
    for (let attempt = 0; attempt < 3; attempt++) {
      const own = laidOut.pages;
      laidOut = await renderPdf(
        packetDocument(record, placeAppendices(appendices, own), own + appendixPages),
      );
      if (laidOut.pages === own) break;
    }
    return appendDocuments(laidOut.bytes, appendices);
  }
}
