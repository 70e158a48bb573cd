import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { sqlList, TenantRecord, tenantJoin } from '@onrecord/platform/database';
import { Case } from '@onrecord/cases';
import { Guardian } from '@onrecord/families';
import { MESSAGE_LANGUAGES, type MessageLanguage } from '@onrecord/words';
import { ParentSurveyReason } from './parent-survey.enums';

/**
 * The parent survey offered to one guardian about one case: at most once (unique per case and
 * guardian), in the guardian's language. Owed from its creation until `sent_at`; the link's
 * secret is kept only as its SHA-256, set when the email goes out. Answered once
 * (`answered_at`, the comment here, the ratings in `parent_survey_answer`).
 */
@Entity({ name: 'parent_survey_invitation' })
@Unique('UQ_parent_survey_invitation_organization_id', ['organizationId', 'id'])
@Unique('UQ_parent_survey_invitation_case_guardian', ['organizationId', 'caseId', 'guardianId'])
@Index('IDX_parent_survey_invitation_sent', ['organizationId', 'sentAt'])
@Check('CHK_parent_survey_invitation_language', `"language" IN (${sqlList(MESSAGE_LANGUAGES)})`)
@Check(
  'CHK_parent_survey_invitation_reason',
  `"reason" IN (${sqlList(Object.values(ParentSurveyReason))})`,
)
@Check(
  'CHK_parent_survey_invitation_sent',
  `("sent_at" IS NULL) = ("token_hash" IS NULL) AND ("sent_at" IS NULL) = ("expires_at" IS NULL)`,
)
@Check('CHK_parent_survey_invitation_answered', `"answered_at" IS NULL OR "sent_at" IS NOT NULL`)
export class ParentSurveyInvitation extends TenantRecord {
  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_parent_survey_invitation_case', 'case_id'))
  case?: Case;

  @Column({ name: 'guardian_id', type: 'uuid' })
  guardianId!: string;

  @ManyToOne(() => Guardian, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_parent_survey_invitation_guardian', 'guardian_id'))
  guardian?: Guardian;

  /** The address it goes (went) to: the guardian's when it was offered. */
  @Column({ type: 'text' })
  email!: string;

  /** The email's and the survey's language (the guardian's preference: es, else en). */
  @Column({ type: 'text' })
  language!: MessageLanguage;

  @Column({ type: 'text' })
  reason!: ParentSurveyReason;

  /** The member who sent it by hand; none when it went out as the case ended. */
  @Column({ name: 'requested_by_user_id', type: 'uuid', nullable: true })
  requestedByUserId!: string | null;

  @Column({ name: 'token_hash', type: 'text', nullable: true, unique: true })
  tokenHash!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** The link works until then. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  /** The guardian's own words, optional; read by admins only, never beside the family. */
  @Column({ type: 'text', default: '' })
  comment!: string;
}
