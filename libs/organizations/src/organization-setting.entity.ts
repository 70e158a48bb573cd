import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord } from '@onrecord/platform/database';
import { Organization } from './organization.entity';

/**
 * An organization's own settings (one row; sane defaults until an admin changes them): the
 * due dates of the two written items a meeting creates, and the soft deadline given to
 * requests no statute times (labelled as the organization's default, never as law), and how
 * calendar feeds name a family.
 */
@Entity({ name: 'organization_setting' })
@Unique('UQ_organization_setting_organization', ['organizationId'])
@Check(
  'CHK_organization_setting_soft_unit',
  `"soft_deadline_unit" IN ('CALENDAR_DAYS', 'BUSINESS_DAYS', 'SCHOOL_DAYS')`,
)
@Check(
  'CHK_organization_setting_feed_family_names',
  `"feed_family_names" IN ('INITIALS', 'FULL_NAME')`,
)
@Check(
  'CHK_organization_setting_ranges',
  `"meeting_concerns_days_before" BETWEEN 0 AND 30 AND "meeting_summary_days_after" BETWEEN 0 AND 30 AND "soft_deadline_period" BETWEEN 1 AND 120`,
)
export class OrganizationSetting extends TenantRecord {
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'FK_organization_setting_organization',
  })
  organization?: Organization;

  /** Written concerns are due this many business days before a meeting. */
  @Column({ name: 'meeting_concerns_days_before', type: 'integer', default: 2 })
  meetingConcernsDaysBefore!: number;

  /** The written summary is due this many business days after a meeting. */
  @Column({ name: 'meeting_summary_days_after', type: 'integer', default: 2 })
  meetingSummaryDaysAfter!: number;

  @Column({ name: 'soft_deadline_period', type: 'integer', default: 10 })
  softDeadlinePeriod!: number;

  @Column({ name: 'soft_deadline_unit', type: 'text', default: 'SCHOOL_DAYS' })
  softDeadlineUnit!: 'CALENDAR_DAYS' | 'BUSINESS_DAYS' | 'SCHOOL_DAYS';

  /** How calendar feeds name a family: by initials (the default) or in full. */
  @Column({ name: 'feed_family_names', type: 'text', default: 'INITIALS' })
  feedFamilyNames!: 'INITIALS' | 'FULL_NAME';

  /** The letterhead of letters printed as PDF: the postal address, lines as typed. */
  @Column({ name: 'letterhead_address', type: 'text', default: '' })
  letterheadAddress!: string;

  @Column({ name: 'letterhead_phone', type: 'text', default: '' })
  letterheadPhone!: string;

  @Column({ name: 'letterhead_email', type: 'text', default: '' })
  letterheadEmail!: string;
}
