import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { ArchivableTenantRecord, sqlList, tenantJoin } from '@onrecord/platform/database';
import { Case } from '@onrecord/cases';
import { MeetingKind } from './meeting.enums';

/** A meeting with the school about a case (IEP, 504, reintegration planning...). */
@Entity({ name: 'meeting' })
@Unique('UQ_meeting_organization_id', ['organizationId', 'id'])
@Index('IDX_meeting_case', ['organizationId', 'caseId', 'startsAt'])
@Check('CHK_meeting_kind', `"kind" IN (${sqlList(Object.values(MeetingKind))})`)
export class Meeting extends ArchivableTenantRecord {
  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_meeting_case', 'case_id'))
  case?: Case;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'text' })
  kind!: MeetingKind;

  @Column({ type: 'text', default: '' })
  location!: string;

  @Column({ type: 'text', default: '' })
  notes!: string;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;
}
