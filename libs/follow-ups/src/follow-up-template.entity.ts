import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord } from '@onrecord/platform/database';
import { Organization } from '@onrecord/organizations';

/**
 * An organization's own words for one kind of follow-up message (the built-in default
 * applies until it saves one): merge fields in follow-up-message.ts.
 */
@Entity({ name: 'follow_up_template' })
@Unique('UQ_follow_up_template_kind', ['organizationId', 'kind'])
@Check(
  'CHK_follow_up_template_kind',
  `"kind" IN ('SCHOOL_FOLLOW_UP', 'ESCALATION', 'GUARDIAN_UPDATE')`,
)
export class FollowUpTemplate extends TenantRecord {
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'FK_follow_up_template_organization',
  })
  organization?: Organization;

  @Column({ type: 'text' })
  kind!: 'SCHOOL_FOLLOW_UP' | 'ESCALATION' | 'GUARDIAN_UPDATE';

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;
}
