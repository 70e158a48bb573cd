import { Module } from '@nestjs/common';
import { DocumentsModule } from '@onrecord/documents';
import { EvidencePacketModule } from '@onrecord/evidence-packet';
import { FamilyErasure } from './family-erasure.service';
import { FamilyErasureResolver } from './family-erasure.resolver';
import { FamilyExportController } from './family-export.controller';
import { FamilyRecordsReader } from './family-export.service';

/** A family's data on request: the export (a ZIP) and the erasure. */
@Module({
  // The document storage: an export carries the family's documents' files, an erasure removes them.
  // Each case's evidence packet goes into the export.
  imports: [DocumentsModule, EvidencePacketModule],
  controllers: [FamilyExportController],
  providers: [FamilyRecordsReader, FamilyErasure, FamilyErasureResolver],
})
export class FamilyDataModule {}
