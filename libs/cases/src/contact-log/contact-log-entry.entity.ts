import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import {
  ArchivableTenantRecord,
  sqlList,
  tenantJoin,
  SearchVectorColumn,
} from '@onrecord/platform/database';
import { Guardian } from '@onrecord/families';
import { SchoolContact } from '@onrecord/directory';
import { Case } from '../case.entity';
import { NoteVisibility } from '../case-enums';
import { ContactChannel, ContactDirection, ContactParty } from './contact-log.enums';

/**
 * One contact an advocate had — a call, a meeting in person, an email, a text, a letter —
 * with whom, when, for how long, in which language, about what. On a case, or on none: the
 * information-only call from a parent who is not a client yet, which funders count too.
 */
@Entity({ name: 'contact_log_entry' })
@Unique('UQ_contact_log_entry_organization_id', ['organizationId', 'id'])
@Index('IDX_contact_log_entry_occurred', ['organizationId', 'occurredAt'])
@Index('IDX_contact_log_entry_case', ['organizationId', 'caseId', 'occurredAt'])
@Check('CHK_contact_log_entry_channel', `"channel" IN (${sqlList(Object.values(ContactChannel))})`)
@Check(
  'CHK_contact_log_entry_direction',
  `"direction" IN (${sqlList(Object.values(ContactDirection))})`,
)
@Check('CHK_contact_log_entry_party', `"party" IN (${sqlList(Object.values(ContactParty))})`)
@Check(
  'CHK_contact_log_entry_visibility',
  `"visibility" IN (${sqlList(Object.values(NoteVisibility))})`,
)
@Check(
  'CHK_contact_log_entry_minutes',
  `"duration_minutes" IS NULL OR "duration_minutes" BETWEEN 0 AND 1440`,
)
export class ContactLogEntry extends ArchivableTenantRecord {
  /** Kept by PostgreSQL for search (README "Search"). */
  @SearchVectorColumn('IDX_contact_log_entry_search')
  searchVector?: string;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_contact_log_entry_case', 'case_id'))
  case?: Case;

  @Column({ type: 'text' })
  party!: ContactParty;

  /** The guardian it was with, when on file. */
  @Column({ name: 'guardian_id', type: 'uuid', nullable: true })
  guardianId!: string | null;

  @ManyToOne(() => Guardian, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_contact_log_entry_guardian', 'guardian_id'))
  guardian?: Guardian;

  /** The school contact it was with, when on file. */
  @Column({ name: 'school_contact_id', type: 'uuid', nullable: true })
  schoolContactId!: string | null;

  @ManyToOne(() => SchoolContact, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_contact_log_entry_school_contact', 'school_contact_id'))
  schoolContact?: SchoolContact;

  /** Who it was with, in words: someone not on file, or a precision ("the bus driver"). */
  @Column({ name: 'with_whom', type: 'text', default: '' })
  withWhom!: string;

  @Column({ type: 'text' })
  channel!: ContactChannel;

  @Column({ type: 'text' })
  direction!: ContactDirection;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'duration_minutes', type: 'integer', nullable: true })
  durationMinutes!: number | null;

  /** The language the contact was held in (ISO 639-1: en, es, ko…). */
  @Column({ type: 'text', default: 'en' })
  language!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics!: string[];

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'text', default: NoteVisibility.INTERNAL })
  visibility!: NoteVisibility;

  @Column({ name: 'logged_by_user_id', type: 'uuid', nullable: true })
  loggedByUserId!: string | null;
}
