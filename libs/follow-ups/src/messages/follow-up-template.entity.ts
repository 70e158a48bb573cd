import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord } from '@onrecord/platform/database';
import { Organization } from '@onrecord/organizations';
import type { FollowUpTemplateKind } from './message-facts';
import type { MessageLanguage } from './message-language';

/**
 * An organization's own words for one kind of follow-up message in one language (the
 * built-in default applies until it saves one): merge fields in merge-fields.ts.
 * Messages to schools are English; messages to families follow the guardian's language.
 */
@Entity({ name: 'follow_up_template' })
@Unique('UQ_follow_up_template_kind_language', ['organizationId', 'kind', 'language'])
@Check(
  'CHK_follow_up_template_kind',
  `"kind" IN ('SCHOOL_FOLLOW_UP', 'ESCALATION', 'GUARDIAN_UPDATE', 'GUARDIAN_OVERDUE', 'GUARDIAN_ANSWERED')`,
)
@Check('CHK_follow_up_template_language', `"language" IN ('en', 'es')`)
export class FollowUpTemplate extends TenantRecord {
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'FK_follow_up_template_organization',
  })
  organization?: Organization;

  @Column({ type: 'text' })
  kind!: FollowUpTemplateKind;

  @Column({ type: 'text', default: 'en' })
  language!: MessageLanguage;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;
}
