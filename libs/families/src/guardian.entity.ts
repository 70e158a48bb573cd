import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import {
  ArchivableTenantRecord,
  tenantJoin,
  SearchVectorColumn,
} from '@onrecord/platform/database';
import { Family } from './family.entity';

/** A parent or other adult responsible for the family's students. */
@Entity({ name: 'guardian' })
@Unique('UQ_guardian_organization_id', ['organizationId', 'id'])
@Index('IDX_guardian_family', ['organizationId', 'familyId'])
@Check(
  'CHK_guardian_primary_language',
  `NOT ("primary_language_declined" AND "primary_language" IS NOT NULL)`,
)
export class Guardian extends ArchivableTenantRecord {
  /** Kept by PostgreSQL for search (README "Search"). */
  @SearchVectorColumn('IDX_guardian_search')
  searchVector?: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  @ManyToOne(() => Family, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_guardian_family', 'family_id'))
  family?: Family;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** E.164, e.g. +15125550123. */
  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  /** e.g. "mother", "grandfather", "foster parent". */
  @Column({ type: 'text' })
  relationship!: string;

  /** BCP 47 language tag, e.g. "en", "es". */
  @Column({ name: 'preferred_language', type: 'text', default: 'en' })
  preferredLanguage!: string;

  /*
   * What the guardian wants to hear by email (set by them in the portal or by an advocate);
   * the organization's follow-up policy can still turn updates to families off altogether.
   */
  /** When the school answers a request (or does what it committed to). */
  @Column({ name: 'notify_school_answered', type: 'boolean', default: true })
  notifySchoolAnswered!: boolean;

  /** When a request (or a commitment) passes its deadline unanswered. */
  @Column({ name: 'notify_request_overdue', type: 'boolean', default: true })
  notifyRequestOverdue!: boolean;

  /** When a follow-up or escalation goes to the school. */
  @Column({ name: 'notify_follow_up_sent', type: 'boolean', default: true })
  notifyFollowUpSent!: boolean;

  /*
   * Demographics funders ask for (demographics/): the language the parent speaks best, which
   * may differ from the one they chose for emails (a BCP 47 tag), or that they declined to
   * say. Seen only by admins and advocates, counted in funder reports, never in the portal.
   */
  @Column({ name: 'primary_language', type: 'text', nullable: true })
  primaryLanguage!: string | null;

  @Column({ name: 'primary_language_declined', type: 'boolean', default: false })
  primaryLanguageDeclined!: boolean;
}
