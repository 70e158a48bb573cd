import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord, tenantJoin } from '@onrecord/platform/database';
import { SchoolContact } from '@onrecord/directory';
import { Membership } from '@onrecord/organizations';
import { Meeting } from './meeting.entity';

/**
 * Who attends a meeting: a school contact, a member of the organization, or anyone else by
 * name (a parent, a private therapist).
 */
@Entity({ name: 'meeting_attendee' })
@Unique('UQ_meeting_attendee_organization_id', ['organizationId', 'id'])
@Check(
  'CHK_meeting_attendee_who',
  `"contact_id" IS NOT NULL OR "membership_id" IS NOT NULL OR "name" <> ''`,
)
export class MeetingAttendee extends TenantRecord {
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_meeting_attendee_meeting', 'meeting_id'))
  meeting?: Meeting;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  @ManyToOne(() => SchoolContact, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_meeting_attendee_contact', 'contact_id'))
  contact?: SchoolContact;

  @Column({ name: 'membership_id', type: 'uuid', nullable: true })
  membershipId!: string | null;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_meeting_attendee_membership', 'membership_id'))
  membership?: Membership;

  /** For someone who is neither a contact nor a member. */
  @Column({ type: 'text', default: '' })
  name!: string;

  /** e.g. "parent", "private therapist". */
  @Column({ type: 'text', default: '' })
  role!: string;
}
