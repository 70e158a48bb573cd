import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { ArchivableTenantRecord } from '@onrecord/platform/database';
import { Organization } from '@onrecord/organizations';

/** A school district in the organization's directory; its state is its jurisdiction. */
@Entity({ name: 'district' })
@Unique('UQ_district_organization_id', ['organizationId', 'id'])
@Check('CHK_district_state', `"state" ~ '^[A-Z]{2}$'`)
export class District extends ArchivableTenantRecord {
  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_district_organization' })
  organization?: Organization;

  @Column({ type: 'text' })
  name!: string;

  /** Two-letter US state or territory code: the jurisdiction whose deadlines apply. */
  @Column({ type: 'character', length: 2 })
  state!: string;

  /** IANA time zone; deadlines fall at the end of a day here. */
  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;
}
