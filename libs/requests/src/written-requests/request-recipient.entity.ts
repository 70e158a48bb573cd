import { Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord, tenantJoin } from '@onrecord/platform/database';
import { SchoolContact } from '@onrecord/directory';
import { WrittenRequest } from './written-request.entity';

/** A school contact a written request was addressed to, in the order written. */
@Entity({ name: 'request_recipient' })
@Unique('UQ_request_recipient_organization_id', ['organizationId', 'id'])
@Unique('UQ_request_recipient_pair', ['requestId', 'contactId'])
export class RequestRecipient extends TenantRecord {
  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => WrittenRequest, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_request_recipient_request', 'request_id'))
  request?: WrittenRequest;

  @Column({ name: 'contact_id', type: 'uuid' })
  contactId!: string;

  @ManyToOne(() => SchoolContact, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_request_recipient_contact', 'contact_id'))
  contact?: SchoolContact;

  @Column({ type: 'integer' })
  position!: number;
}
