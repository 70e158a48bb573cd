import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { sqlList, TenantRecord } from '@onrecord/platform/database';
import { Organization } from '@onrecord/organizations';
import { WrittenRequestType } from '../written-requests/written-request.enums';

/**
 * An organization's own letter for a request type, replacing the built-in default. Merge
 * fields ({{student.name}}, {{deadline.citation}}...) are filled when a request is drafted.
 */
@Entity({ name: 'letter_template' })
@Unique('UQ_letter_template_type', ['organizationId', 'requestType'])
@Check(
  'CHK_letter_template_type',
  `"request_type" IN (${sqlList(Object.values(WrittenRequestType))})`,
)
export class LetterTemplate extends TenantRecord {
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'FK_letter_template_organization',
  })
  organization?: Organization;

  @Column({ name: 'request_type', type: 'text' })
  requestType!: WrittenRequestType;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;
}
