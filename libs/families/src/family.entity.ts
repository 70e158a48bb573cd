import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { ArchivableTenantRecord, SearchVectorColumn } from '@onrecord/platform/database';
import { Organization } from '@onrecord/organizations';

/** A household the organization helps. */
@Entity({ name: 'family' })
@Unique('UQ_family_organization_id', ['organizationId', 'id'])
@Index('IDX_family_household_name', ['organizationId', 'householdName'])
export class Family extends ArchivableTenantRecord {
  /** Kept by PostgreSQL for search (README "Search"). */
  @SearchVectorColumn('IDX_family_search')
  searchVector?: string;

  @ManyToOne(() => Organization)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_family_organization' })
  organization?: Organization;

  /** e.g. "Garcia household". */
  @Column({ name: 'household_name', type: 'text' })
  householdName!: string;

  @Column({ type: 'text', default: '' })
  notes!: string;

  /*
   * Where the family lives, as funders count it (demographics/): the county and the ZIP
   * code, or that the family declined to say. Seen only by admins and advocates.
   */
  @Column({ type: 'text', nullable: true })
  county!: string | null;

  /** A US ZIP code, 5 digits or ZIP+4. */
  @Column({ name: 'postal_code', type: 'text', nullable: true })
  postalCode!: string | null;

  @Column({ name: 'place_declined', type: 'boolean', default: false })
  placeDeclined!: boolean;
}
