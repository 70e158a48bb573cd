import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord } from '@onrecord/platform/database';
import { Organization } from '@onrecord/organizations';
import { SendingDays } from './follow-up-enums';

/**
 * An organization's follow-up policy (PRODUCT.md "Follow-up policy"): one row, absent until
 * an admin changes something; the column defaults are the defaults that ship.
 */
@Entity({ name: 'follow_up_policy' })
@Unique('UQ_follow_up_policy_organization', ['organizationId'])
@Check(
  'CHK_follow_up_policy_ranges',
  `"remind_business_days_before" BETWEEN 0 AND 30 AND "follow_up_school_days_after" BETWEEN 0 AND 30 AND "escalate_school_days_after" BETWEEN 1 AND 60 AND "max_follow_ups" BETWEEN 1 AND 10`,
)
@Check('CHK_follow_up_policy_reply_hold', `"reply_hold_school_days" BETWEEN 0 AND 20`)
@Check('CHK_follow_up_policy_days', `"sending_days" IN ('SCHOOL_DAYS', 'WEEKDAYS', 'EVERY_DAY')`)
@Check(
  'CHK_follow_up_policy_window',
  `"sending_window_start" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND "sending_window_end" ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$' AND "sending_window_end" > "sending_window_start" AND "digest_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`,
)
export class FollowUpPolicy extends TenantRecord {
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'FK_follow_up_policy_organization',
  })
  organization?: Organization;

  /** Remind the assigned advocates this many business days before a deadline. */
  @Column({ name: 'remind_advocates', type: 'boolean', default: true })
  remindAdvocates!: boolean;

  @Column({ name: 'remind_business_days_before', type: 'integer', default: 2 })
  remindBusinessDaysBefore!: number;

  /** Follow up with the school contacts this many school days after an unanswered deadline. */
  @Column({ name: 'follow_up_school_days_after', type: 'integer', default: 1 })
  followUpSchoolDaysAfter!: number;

  /** Escalate to the next contact in the school's chain this many school days later. */
  @Column({ name: 'escalate_school_days_after', type: 'integer', default: 5 })
  escalateSchoolDaysAfter!: number;

  /** School-facing messages per request or commitment, the follow-up and escalations together. */
  @Column({ name: 'max_follow_ups', type: 'integer', default: 3 })
  maxFollowUps!: number;

  /** School-facing messages wait as drafts for an advocate's approval instead of going out. */
  @Column({ name: 'require_approval', type: 'boolean', default: false })
  requireApproval!: boolean;

  /** The family's guardians get an update when a follow-up or escalation goes to the school. */
  @Column({ name: 'notify_guardians', type: 'boolean', default: true })
  notifyGuardians!: boolean;

  /** Messages go out between these local times ('HH:MM', district time zone)… */
  @Column({ name: 'sending_window_start', type: 'text', default: '08:00' })
  sendingWindowStart!: string;

  @Column({ name: 'sending_window_end', type: 'text', default: '17:00' })
  sendingWindowEnd!: string;

  /** …on these days. */
  @Column({ name: 'sending_days', type: 'text', default: SendingDays.SCHOOL_DAYS })
  sendingDays!: SendingDays;

  /** When each advocate's daily digest goes out (organization time zone), on weekdays. */
  @Column({ name: 'digest_time', type: 'text', default: '07:00' })
  digestTime!: string;

  /**
   * A captured reply not yet classified holds the request's next follow-up to the school at
   * most this many school days from its arrival; then it goes anyway. 0: never held.
   */
  @Column({ name: 'reply_hold_school_days', type: 'integer', default: 3 })
  replyHoldSchoolDays!: number;

  /** The organization's sending address; the platform's address when empty. */
  @Column({ name: 'sending_address', type: 'text', nullable: true })
  sendingAddress!: string | null;
}
