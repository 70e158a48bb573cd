import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { sqlList, TenantRecord, tenantJoin } from '@onrecord/platform/database';
import { Meeting } from './meeting.entity';
import { WrittenRequest } from '../written-requests/written-request.entity';
import { MeetingTaskKind } from './meeting.enums';

/**
 * One of the two written items a meeting creates for the advocate — concerns before it, a
 * summary after it — with its due date from the organization's settings. Done when sent;
 * the written request that carried it may be linked.
 */
@Entity({ name: 'meeting_task' })
@Unique('UQ_meeting_task_organization_id', ['organizationId', 'id'])
@Unique('UQ_meeting_task_kind', ['meetingId', 'kind'])
@Index('IDX_meeting_task_due', ['organizationId', 'doneOn', 'dueAt'])
@Check('CHK_meeting_task_kind', `"kind" IN (${sqlList(Object.values(MeetingTaskKind))})`)
export class MeetingTask extends TenantRecord {
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_meeting_task_meeting', 'meeting_id'))
  meeting?: Meeting;

  @Column({ type: 'text' })
  kind!: MeetingTaskKind;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  /** End of the due day in the district's (else the organization's) time zone. */
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn!: string | null;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId!: string | null;

  @ManyToOne(() => WrittenRequest, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_meeting_task_request', 'request_id'))
  request?: WrittenRequest;
}
