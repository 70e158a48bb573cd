import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import {
  ArchivableTenantRecord,
  tenantJoin,
  sqlList,
  SearchVectorColumn,
} from '@onrecord/platform/database';
import { Family, Student } from '@onrecord/families';
import { CaseClosingReason, CaseConcern, CaseOutcome, CaseStatus } from './case-enums';

/** One family's matter about one student. */
@Entity({ name: 'case_record' })
@Unique('UQ_case_record_organization_id', ['organizationId', 'id'])
@Index('IDX_case_record_status', ['organizationId', 'status'])
@Index('IDX_case_record_student', ['organizationId', 'studentId'])
@Check('CHK_case_record_status', `"status" IN (${sqlList(Object.values(CaseStatus))})`)
@Check(
  'CHK_case_record_concerns',
  `cardinality("concerns") >= 1 AND "concerns" <@ ARRAY[${sqlList(Object.values(CaseConcern))}]::text[]`,
)
@Check(
  'CHK_case_record_outcome',
  `"outcome" IS NULL OR "outcome" IN (${sqlList(Object.values(CaseOutcome))})`,
)
@Check(
  'CHK_case_record_closing_reason',
  `"closing_reason" IS NULL OR "closing_reason" IN (${sqlList(Object.values(CaseClosingReason))})`,
)
@Check('CHK_case_record_dates', `"closed_on" IS NULL OR "closed_on" >= "opened_on"`)
@Check(
  'CHK_case_record_legal_hold_reason',
  `"legal_hold_reason" IS NULL OR length(btrim("legal_hold_reason")) > 0`,
)
export class Case extends ArchivableTenantRecord {
  /** Kept by PostgreSQL for search (README "Search"). */
  @SearchVectorColumn('IDX_case_record_search')
  searchVector?: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  @ManyToOne(() => Family, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_case_record_family', 'family_id'))
  family?: Family;

  @Column({ name: 'student_id', type: 'uuid' })
  studentId!: string;

  /** Through (organization_id, family_id, student_id): the student is of the case's family. */
  @ManyToOne(() => Student, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'FK_case_record_student',
    },
    {
      name: 'family_id',
      referencedColumnName: 'familyId',
      foreignKeyConstraintName: 'FK_case_record_student',
    },
    {
      name: 'student_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'FK_case_record_student',
    },
  ])
  student?: Student;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', array: true })
  concerns!: CaseConcern[];

  @Column({ type: 'text', default: CaseStatus.INTAKE })
  status!: CaseStatus;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn!: string;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: CaseOutcome | null;

  @Column({ name: 'outcome_notes', type: 'text', default: '' })
  outcomeNotes!: string;

  /** How much was done, for legal aid's case service report; set, optionally, on ending. */
  @Column({ name: 'closing_reason', type: 'text', nullable: true })
  closingReason!: CaseClosingReason | null;

  /** Why the case must be kept as it is (due process, a complaint); blocks erasing the family. */
  @Column({ name: 'legal_hold_reason', type: 'text', nullable: true })
  legalHoldReason!: string | null;
}
