import { Column, Index, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { ArchivableTenantRecord } from '@onrecord/platform/database';
import { Organization } from '@onrecord/organizations';

/**
 * A trigger or barrier label the organization added to the built-in starting list
 * (BUILT_IN_TRIGGERS), e.g. "fire drills". Unique per organization, whatever the case.
 */
@Entity({ name: 'observation_tag' })
@Unique('UQ_observation_tag_organization_id', ['organizationId', 'id'])
// Case-insensitive unique label per organization (expression index, written in the migration).
@Index('UQ_observation_tag_label', { synchronize: false })
export class ObservationTag extends ArchivableTenantRecord {
  @ManyToOne(() => Organization)
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'FK_observation_tag_organization',
  })
  organization?: Organization;

  @Column({ type: 'text' })
  label!: string;
}
