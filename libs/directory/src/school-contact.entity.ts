import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { ArchivableTenantRecord, tenantJoin, sqlList } from '@onrecord/platform/database';
import { District } from './district.entity';
import { School } from './school.entity';
import { SchoolContactRole } from './school-contact-role';

/**
 * A person at a district or school whom requests go to. District-wide staff (a special-
 * education director) have no school; school staff have one in the same district.
 */
@Entity({ name: 'school_contact' })
@Unique('UQ_school_contact_organization_id', ['organizationId', 'id'])
@Index('IDX_school_contact_school', ['organizationId', 'schoolId'])
@Check('CHK_school_contact_role', `"role" IN (${sqlList(Object.values(SchoolContactRole))})`)
export class SchoolContact extends ArchivableTenantRecord {
  @Column({ name: 'district_id', type: 'uuid' })
  districtId!: string;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_school_contact_district', 'district_id'))
  district?: District;

  @Column({ name: 'school_id', type: 'uuid', nullable: true })
  schoolId!: string | null;

  @ManyToOne(() => School, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_school_contact_school', 'school_id'))
  school?: School;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  role!: SchoolContactRole;

  /** The job title as the school writes it, e.g. "Director of Student Services". */
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** E.164, e.g. +15125550123. */
  @Column({ type: 'text', nullable: true })
  phone!: string | null;
}
