export * from './family-data.module';
export { FamilyErasure, type FamilyErasureResult } from './family-erasure.service';
export { FamilyRecordsReader, type FamilyRecords } from './family-export.service';
