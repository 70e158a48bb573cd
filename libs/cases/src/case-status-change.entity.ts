import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord, tenantJoin } from '@onrecord/platform/database';
import { Case } from './case.entity';
import type { CaseStatus } from './case-enums';

/** Each move of a case between statuses, so reports can measure time in each status. */
@Entity({ name: 'case_status_change' })
@Unique('UQ_case_status_change_organization_id', ['organizationId', 'id'])
@Index('IDX_case_status_change_case', ['organizationId', 'caseId', 'changedAt'])
export class CaseStatusChange extends TenantRecord {
  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_case_status_change_case', 'case_id'))
  case?: Case;

  /** Null for the case's first status. */
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: CaseStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: CaseStatus;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;

  @Column({ name: 'changed_by_user_id', type: 'uuid', nullable: true })
  changedByUserId!: string | null;

  @Column({ type: 'text', default: '' })
  reason!: string;
}
