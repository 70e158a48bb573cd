import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { ArchivableTenantRecord, tenantJoin } from '@onrecord/platform/database';
import { Student } from '@onrecord/families';

/** A support put in place for a student (late start, safe person, calm space...). */
@Entity({ name: 'support' })
@Unique('UQ_support_organization_id', ['organizationId', 'id'])
@Index('IDX_support_student', ['organizationId', 'studentId'])
@Check('CHK_support_dates', `"ended_on" IS NULL OR "ended_on" >= "started_on"`)
export class Support extends ArchivableTenantRecord {
  @Column({ name: 'student_id', type: 'uuid' })
  studentId!: string;

  @ManyToOne(() => Student, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_support_student', 'student_id'))
  student?: Student;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'started_on', type: 'date' })
  startedOn!: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ type: 'text', default: '' })
  notes!: string;
}
