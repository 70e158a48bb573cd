import { Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord, tenantJoin } from '@onrecord/platform/database';
import { AttendanceEntry } from './attendance-entry.entity';
import { Support } from './support.entity';

/** A support that was in place on an attendance entry's day. */
@Entity({ name: 'attendance_entry_support' })
@Unique('UQ_attendance_entry_support_organization_id', ['organizationId', 'id'])
@Unique('UQ_attendance_entry_support_pair', ['entryId', 'supportId'])
export class AttendanceEntrySupport extends TenantRecord {
  @Column({ name: 'entry_id', type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => AttendanceEntry, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_attendance_entry_support_entry', 'entry_id'))
  entry?: AttendanceEntry;

  @Column({ name: 'support_id', type: 'uuid' })
  supportId!: string;

  @ManyToOne(() => Support, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_attendance_entry_support_support', 'support_id'))
  support?: Support;
}
