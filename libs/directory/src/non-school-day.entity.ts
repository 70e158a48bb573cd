import { Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord, tenantJoin } from '@onrecord/platform/database';
import { SchoolYear } from './school-year.entity';

/** A weekday inside a school year with no school (a holiday, a break, a staff day). */
@Entity({ name: 'non_school_day' })
@Unique('UQ_non_school_day_organization_id', ['organizationId', 'id'])
@Unique('UQ_non_school_day_year_date', ['schoolYearId', 'date'])
export class NonSchoolDay extends TenantRecord {
  @Column({ name: 'school_year_id', type: 'uuid' })
  schoolYearId!: string;

  @ManyToOne(() => SchoolYear, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_non_school_day_school_year', 'school_year_id'))
  schoolYear?: SchoolYear;

  @Column({ type: 'date' })
  date!: string;

  /** e.g. "Winter break". */
  @Column({ type: 'text' })
  label!: string;
}
