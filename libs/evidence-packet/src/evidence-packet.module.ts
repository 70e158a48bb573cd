import { Module } from '@nestjs/common';
import { AttendanceModule } from '@onrecord/attendance';
import { CasesModule } from '@onrecord/cases';
import { DocumentsModule } from '@onrecord/documents';
import { OrganizationSettingsModule } from '@onrecord/organizations';
import { EvidencePacketController } from './http/evidence-packet.controller';
import { LetterPdfService } from './letter/letter-pdf.service';
import { CaseRecordReader } from './packet/case-record';
import { EvidencePacketService } from './packet/evidence-packet.service';

/**
 * The evidence packet of a case (PDF or CSV) and a written request's letter as a PDF: read-only
 * views of other features' records, rendered with pdfmake, documents appended with pdf-lib.
 */
@Module({
  imports: [CasesModule, AttendanceModule, DocumentsModule, OrganizationSettingsModule],
  providers: [CaseRecordReader, EvidencePacketService, LetterPdfService],
  controllers: [EvidencePacketController],
  // A family's export (libs/family-data) carries each of its cases' packets.
  exports: [EvidencePacketService],
})
export class EvidencePacketModule {}
