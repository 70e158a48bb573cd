import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import {
  ArchivableTenantRecord,
  tenantJoin,
  SearchVectorColumn,
} from '@onrecord/platform/database';
import { District } from './district.entity';

@Entity({ name: 'school' })
@Unique('UQ_school_organization_id', ['organizationId', 'id'])
@Index('IDX_school_district', ['organizationId', 'districtId'])
export class School extends ArchivableTenantRecord {
  /** Kept by PostgreSQL for search (README "Search"). */
  @SearchVectorColumn('IDX_school_search')
  searchVector?: string;

  @Column({ name: 'district_id', type: 'uuid' })
  districtId!: string;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_school_district', 'district_id'))
  district?: District;

  @Column({ type: 'text' })
  name!: string;
}
