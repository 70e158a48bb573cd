import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord, tenantJoin, sqlList } from '@onrecord/platform/database';
import { Guardian, Student } from '@onrecord/families';
import { AttendanceStatus } from './attendance-status';

const STATUSES = sqlList(Object.values(AttendanceStatus));

/** One student's school day: attendance and what was observed. One per student and date. */
@Entity({ name: 'attendance_entry' })
@Unique('UQ_attendance_entry_organization_id', ['organizationId', 'id'])
@Unique('UQ_attendance_entry_student_date', ['organizationId', 'studentId', 'date'])
@Check('CHK_attendance_entry_status', `"status" IN (${STATUSES})`)
export class AttendanceEntry extends TenantRecord {
  @Column({ name: 'student_id', type: 'uuid' })
  studentId!: string;

  @ManyToOne(() => Student, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_attendance_entry_student', 'student_id'))
  student?: Student;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  status!: AttendanceStatus;

  /** For PARTIAL (and IN_BUILDING_NOT_IN_CLASS): the periods missed, e.g. {1,2}. */
  @Column({ name: 'periods_missed', type: 'integer', array: true, default: '{}' })
  periodsMissed!: number[];

  /** For PARTIAL and TARDY: local time of arrival, "HH:MM". */
  @Column({ name: 'arrival_time', type: 'time', nullable: true })
  arrivalTime!: string | null;

  /** Triggers or barriers seen, by label (built-in or the organization's own tags). */
  @Column({ type: 'text', array: true, default: '{}' })
  triggers!: string[];

  /** How the student responded to the day and its supports. */
  @Column({ name: 'student_response', type: 'text', default: '' })
  studentResponse!: string;

  @Column({ type: 'text', default: '' })
  notes!: string;

  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId!: string | null;

  /** Set when a guardian recorded the day from the family portal (then no member did). */
  @Column({ name: 'recorded_by_guardian_id', type: 'uuid', nullable: true })
  recordedByGuardianId!: string | null;

  @ManyToOne(() => Guardian, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_attendance_entry_guardian', 'recorded_by_guardian_id'))
  recordedByGuardian?: Guardian;
}
