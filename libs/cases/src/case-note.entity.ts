import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import {
  ArchivableTenantRecord,
  tenantJoin,
  sqlList,
  SearchVectorColumn,
} from '@onrecord/platform/database';
import { Case } from './case.entity';
import { NoteVisibility } from './case-enums';

/** A note on a case: internal to the organization, or shared with the family. */
@Entity({ name: 'case_note' })
@Unique('UQ_case_note_organization_id', ['organizationId', 'id'])
@Index('IDX_case_note_case', ['organizationId', 'caseId', 'createdAt'])
@Check('CHK_case_note_visibility', `"visibility" IN (${sqlList(Object.values(NoteVisibility))})`)
export class CaseNote extends ArchivableTenantRecord {
  /** Kept by PostgreSQL for search (README "Search"). */
  @SearchVectorColumn('IDX_case_note_search')
  searchVector?: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_case_note_case', 'case_id'))
  case?: Case;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', default: NoteVisibility.INTERNAL })
  visibility!: NoteVisibility;

  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId!: string | null;
}
