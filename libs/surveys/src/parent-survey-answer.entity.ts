import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord, tenantJoin } from '@onrecord/platform/database';
import { ParentSurveyInvitation } from './parent-survey-invitation.entity';
import { ParentSurveyQuestion } from './parent-survey-question.entity';

/** A guardian's rating of one question: 1 (strongly disagree) to 5, or none (not applicable). */
@Entity({ name: 'parent_survey_answer' })
@Unique('UQ_parent_survey_answer_organization_id', ['organizationId', 'id'])
@Unique('UQ_parent_survey_answer_question', ['organizationId', 'invitationId', 'questionId'])
@Check('CHK_parent_survey_answer_rating', `"rating" IS NULL OR "rating" BETWEEN 1 AND 5`)
export class ParentSurveyAnswer extends TenantRecord {
  @Column({ name: 'invitation_id', type: 'uuid' })
  invitationId!: string;

  @ManyToOne(() => ParentSurveyInvitation, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_parent_survey_answer_invitation', 'invitation_id'))
  invitation?: ParentSurveyInvitation;

  @Column({ name: 'question_id', type: 'uuid' })
  questionId!: string;

  @ManyToOne(() => ParentSurveyQuestion, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_parent_survey_answer_question', 'question_id'))
  question?: ParentSurveyQuestion;

  /** Null: not applicable to this family. */
  @Column({ type: 'smallint', nullable: true })
  rating!: number | null;
}
