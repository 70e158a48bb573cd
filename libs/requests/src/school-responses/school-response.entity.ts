import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import {
  ArchivableTenantRecord,
  tenantJoin,
  sqlList,
  SearchVectorColumn,
} from '@onrecord/platform/database';
import { SchoolContact } from '@onrecord/directory';
import { WrittenRequest } from '../written-requests/written-request.entity';
import { DeliveryChannel } from '../written-requests/written-request.enums';
import { RefusalReason, ResponseOutcome } from './school-response.enums';

/** What the school said to a written request. A request may have several. */
@Entity({ name: 'school_response' })
@Unique('UQ_school_response_organization_id', ['organizationId', 'id'])
@Index('IDX_school_response_request', ['organizationId', 'requestId', 'receivedOn'])
@Check('CHK_school_response_outcome', `"outcome" IN (${sqlList(Object.values(ResponseOutcome))})`)
@Check('CHK_school_response_channel', `"channel" IN (${sqlList(Object.values(DeliveryChannel))})`)
@Check(
  'CHK_school_response_reasons',
  `"reasons" <@ ARRAY[${sqlList(Object.values(RefusalReason))}]::text[]`,
)
export class SchoolResponse extends ArchivableTenantRecord {
  /** Kept by PostgreSQL for search (README "Search"). */
  @SearchVectorColumn('IDX_school_response_search')
  searchVector?: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => WrittenRequest, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_school_response_request', 'request_id'))
  request?: WrittenRequest;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn!: string;

  @Column({ type: 'text' })
  channel!: DeliveryChannel;

  /** The contact who answered, when one of the directory did. */
  @Column({ name: 'responded_by_contact_id', type: 'uuid', nullable: true })
  respondedByContactId!: string | null;

  @ManyToOne(() => SchoolContact, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_school_response_contact', 'responded_by_contact_id'))
  respondedBy?: SchoolContact;

  @Column({ type: 'text' })
  outcome!: ResponseOutcome;

  /** The reasons given for a no (or a partial no). */
  @Column({ type: 'text', array: true, default: '{}' })
  reasons!: RefusalReason[];

  /** A summary, or the school's words quoted. */
  @Column({ type: 'text', default: '' })
  summary!: string;

  /** Whether Prior Written Notice (34 CFR 300.503) came with it. */
  @Column({ name: 'prior_written_notice', type: 'boolean', default: false })
  priorWrittenNotice!: boolean;

  /** Whether it answered only part of what was asked (the request stays partially answered). */
  @Column({ type: 'boolean', default: false })
  partial!: boolean;

  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId!: string | null;
}
