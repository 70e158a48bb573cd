import { DisabilityCategory, RaceEthnicity } from './demographics/demographics.enums';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import {
  ArchivableTenantRecord,
  tenantJoin,
  sqlList,
  SearchVectorColumn,
} from '@onrecord/platform/database';
import { School } from '@onrecord/directory';
import { Family } from './family.entity';
import { StudentPlan } from './student-plan';

@Entity({ name: 'student' })
@Unique('UQ_student_organization_id', ['organizationId', 'id'])
// What a case references, so a case's student is always of the case's family.
@Unique('UQ_student_organization_family_id', ['organizationId', 'familyId', 'id'])
@Index('IDX_student_name', ['organizationId', 'name'])
@Check('CHK_student_plan', `"plan" IN (${sqlList(Object.values(StudentPlan))})`)
@Check(
  'CHK_student_race_ethnicity',
  `"race_ethnicity" IS NULL OR "race_ethnicity" IN (${sqlList(Object.values(RaceEthnicity))})`,
)
@Check(
  'CHK_student_primary_disability',
  `"primary_disability" IS NULL OR "primary_disability" IN (${sqlList(Object.values(DisabilityCategory))})`,
)
export class Student extends ArchivableTenantRecord {
  /** Kept by PostgreSQL for search (README "Search"). */
  @SearchVectorColumn('IDX_student_search')
  searchVector?: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  @ManyToOne(() => Family, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_student_family', 'family_id'))
  family?: Family;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth!: string | null;

  /** As the school says it: "K", "3", "10". */
  @Column({ type: 'text', nullable: true })
  grade!: string | null;

  /** The student's id number at the school or district, which offices use to find the file. */
  @Column({ name: 'school_student_id', type: 'text', nullable: true })
  schoolStudentId!: string | null;

  @Column({ name: 'school_id', type: 'uuid', nullable: true })
  schoolId!: string | null;

  @ManyToOne(() => School, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_student_school', 'school_id'))
  school?: School;

  @Column({ type: 'text', default: StudentPlan.NONE })
  plan!: StudentPlan;

  /** IDEA categories or the family's words, e.g. "Other health impairment", "anxiety". */
  @Column({ name: 'disability_categories', type: 'text', array: true, default: '{}' })
  disabilityCategories!: string[];

  @Column({ type: 'text', default: '' })
  notes!: string;

  /*
   * Demographics funders ask for (demographics/): optional, null until asked, seen only by
   * admins and advocates, counted (never listed) in funder reports, never in the portal.
   */
  @Column({ name: 'race_ethnicity', type: 'text', nullable: true })
  raceEthnicity!: RaceEthnicity | null;

  @Column({ name: 'primary_disability', type: 'text', nullable: true })
  primaryDisability!: DisabilityCategory | null;
}
