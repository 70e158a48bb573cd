import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { ArchivableTenantRecord, tenantJoin, sqlList } from '@onrecord/platform/database';
import { WrittenRequest } from '../written-requests/written-request.entity';
import { SchoolResponse } from './school-response.entity';
import { CommitmentStatus } from './school-response.enums';

/**
 * What the school promised in a response, and by when ("collect data for four weeks",
 * "schedule a meeting"). Followed up like a request: open, met or missed.
 */
@Entity({ name: 'commitment' })
@Unique('UQ_commitment_organization_id', ['organizationId', 'id'])
@Index('IDX_commitment_due', ['organizationId', 'status', 'dueOn'])
@Check('CHK_commitment_status', `"status" IN (${sqlList(Object.values(CommitmentStatus))})`)
export class Commitment extends ArchivableTenantRecord {
  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => WrittenRequest, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_commitment_request', 'request_id'))
  request?: WrittenRequest;

  @Column({ name: 'response_id', type: 'uuid' })
  responseId!: string;

  @ManyToOne(() => SchoolResponse, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_commitment_response', 'response_id'))
  response?: SchoolResponse;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ type: 'text', default: CommitmentStatus.OPEN })
  status!: CommitmentStatus;

  @Column({ name: 'resolved_on', type: 'date', nullable: true })
  resolvedOn!: string | null;

  /** For "we need more data": what data, how it will be collected, what happens meanwhile. */
  @Column({ name: 'data_what', type: 'text', default: '' })
  dataWhat!: string;

  @Column({ name: 'data_how', type: 'text', default: '' })
  dataHow!: string;

  @Column({ type: 'text', default: '' })
  meanwhile!: string;
}
