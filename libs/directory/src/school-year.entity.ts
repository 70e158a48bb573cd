import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord, tenantJoin } from '@onrecord/platform/database';
import { District } from './district.entity';

/** A district's calendar for one school year: first and last instructional day. */
@Entity({ name: 'school_year' })
@Unique('UQ_school_year_organization_id', ['organizationId', 'id'])
@Unique('UQ_school_year_district_label', ['districtId', 'label'])
@Check('CHK_school_year_dates', `"last_day" >= "first_day"`)
export class SchoolYear extends TenantRecord {
  @Column({ name: 'district_id', type: 'uuid' })
  districtId!: string;

  @ManyToOne(() => District, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_school_year_district', 'district_id'))
  district?: District;

  /** e.g. "2025-26". */
  @Column({ type: 'text' })
  label!: string;

  @Column({ name: 'first_day', type: 'date' })
  firstDay!: string;

  @Column({ name: 'last_day', type: 'date' })
  lastDay!: string;
}
