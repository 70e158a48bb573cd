import { Check, Column, Index, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { ArchivableTenantRecord } from '@onrecord/platform/database';
import { Organization } from '@onrecord/organizations';
import type { TriggerTranslations } from './built-in-triggers';

/**
 * A trigger or barrier label the organization added to the built-in starting list
 * (BUILT_IN_TRIGGERS), e.g. "fire drills". Unique per organization, whatever the case.
 */
@Entity({ name: 'observation_tag' })
@Unique('UQ_observation_tag_organization_id', ['organizationId', 'id'])
// Case-insensitive unique label per organization (expression index, written in the migration).
@Index('UQ_observation_tag_label', { synchronize: false })
@Check('CHK_observation_tag_translations', `jsonb_typeof("translations") = 'object'`)
export class ObservationTag extends ArchivableTenantRecord {
  @ManyToOne(() => Organization)
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'FK_observation_tag_organization',
  })
  organization?: Organization;

  /** What entries store: the label in English. */
  @Column({ type: 'text' })
  label!: string;

  /**
   * The label in the organization's other languages, e.g. { es: 'Simulacros de incendio' }:
   * a day logged with either is stored with `label`. Unique across the organization's labels
   * in every language (checked by ObservationTagService under a per-organization lock).
   */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  translations!: TriggerTranslations;
}
