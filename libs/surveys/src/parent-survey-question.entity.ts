import { Check, Column, Entity, Index, Unique } from 'typeorm';
import { ArchivableTenantRecord } from '@onrecord/platform/database';

/**
 * One statement of the organization's parent survey, rated on an agreement scale of 1
 * (strongly disagree) to 5 (strongly agree), in English and Spanish. A question taken out of
 * the survey is archived, never deleted: the answers given to it still count in its range.
 */
@Entity({ name: 'parent_survey_question' })
@Unique('UQ_parent_survey_question_organization_id', ['organizationId', 'id'])
@Index('IDX_parent_survey_question_position', ['organizationId', 'position'])
@Check('CHK_parent_survey_question_position', `"position" BETWEEN 1 AND 100`)
export class ParentSurveyQuestion extends ArchivableTenantRecord {
  /** Where it stands in the survey, from 1. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'text_en', type: 'text' })
  textEn!: string;

  @Column({ name: 'text_es', type: 'text' })
  textEs!: string;
}
