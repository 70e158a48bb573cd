import { Column, Entity, Unique } from 'typeorm';
import { TenantRecord } from '@onrecord/platform/database';

/**
 * The organization's parent survey: whether it goes out by itself when a case ends, and the
 * prompt above its free-text comment in each language. Its questions are
 * `parent_survey_question` rows. At most one per organization; until an admin saves one the
 * built-in defaults apply (default-parent-survey.ts).
 */
@Entity({ name: 'parent_survey' })
@Unique('UQ_parent_survey_organization_id', ['organizationId', 'id'])
@Unique('UQ_parent_survey_organization', ['organizationId'])
export class ParentSurvey extends TenantRecord {
  /** Each guardian with an email gets the survey when their case becomes RESOLVED or CLOSED. */
  @Column({ name: 'send_when_case_ends', type: 'boolean', default: true })
  sendWhenCaseEnds!: boolean;

  @Column({ name: 'comment_prompt_en', type: 'text' })
  commentPromptEn!: string;

  @Column({ name: 'comment_prompt_es', type: 'text' })
  commentPromptEs!: string;
}
