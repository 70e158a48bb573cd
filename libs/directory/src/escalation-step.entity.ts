import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord, tenantJoin } from '@onrecord/platform/database';
import { School } from './school.entity';
import { SchoolContact } from './school-contact.entity';

/** One place in a school's escalation chain: position 1 is asked first. */
@Entity({ name: 'escalation_step' })
@Unique('UQ_escalation_step_organization_id', ['organizationId', 'id'])
@Unique('UQ_escalation_step_position', ['schoolId', 'position'])
@Unique('UQ_escalation_step_contact', ['schoolId', 'contactId'])
@Check('CHK_escalation_step_position', `"position" >= 1`)
export class EscalationStep extends TenantRecord {
  @Column({ name: 'school_id', type: 'uuid' })
  schoolId!: string;

  @ManyToOne(() => School, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_escalation_step_school', 'school_id'))
  school?: School;

  @Column({ name: 'contact_id', type: 'uuid' })
  contactId!: string;

  @ManyToOne(() => SchoolContact, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_escalation_step_contact', 'contact_id'))
  contact?: SchoolContact;

  @Column({ type: 'integer' })
  position!: number;
}
