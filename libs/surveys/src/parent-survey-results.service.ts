import { Injectable } from '@nestjs/common';
import { organizationTimeZone } from '@onrecord/organizations';
import type { DataScope } from '@onrecord/platform/database';
import { MESSAGE_LANGUAGES } from '@onrecord/words';
import type {
  ParentSurveyCommentObject,
  ParentSurveyResultsObject,
} from './parent-survey-results.objects';

/** Days of the organization, both included (YYYY-MM-DD). Checked by the caller. */
export interface SurveyRange {
  from: string;
  to: string;
}

/**
 * The invitations sent in the range, by the organization's days: $1 from, $2 to, $3 its time
 * zone. An index range on (organization_id, sent_at).
 */
const SENT_IN_RANGE = `SELECT id, language, answered_at, comment FROM parent_survey_invitation
  WHERE sent_at >= ($1::date)::timestamp AT TIME ZONE $3
    AND sent_at < ($2::date + 1)::timestamp AT TIME ZONE $3`;

/**
 * The parent survey's figures: counts only, from which no family can be picked out; the
 * comments apart, for admins. Called by the reports (libs/reports) for the GraphQL query and
 * for the funder report.
 */
@Injectable()
export class ParentSurveyResults {
  async summary(scope: DataScope, range: SurveyRange): Promise<ParentSurveyResultsObject> {
    const params = [range.from, range.to, await organizationTimeZone(scope)];
    const languages = (await scope.manager.query(
      `SELECT language, count(*)::int AS sent, count(answered_at)::int AS answered
         FROM (${SENT_IN_RANGE}) sent GROUP BY language`,
      params,
    )) as Array<{ language: string; sent: number; answered: number }>;
    const rows = (await scope.manager.query(
      `SELECT q.id, q.position, q.text_en, q.text_es, q.archived_at IS NULL AS in_survey_now,
              a.rating, count(a.id)::int AS count
         FROM parent_survey_question q
         LEFT JOIN (SELECT answer.* FROM parent_survey_answer answer
                      JOIN (${SENT_IN_RANGE}) sent ON sent.id = answer.invitation_id) a
           ON a.question_id = q.id
        GROUP BY q.id, a.rating
       HAVING q.archived_at IS NULL OR count(a.id) > 0
        ORDER BY q.archived_at IS NOT NULL, q.position, q.created_at, q.id`,
      params,
    )) as Array<{
      id: string;
      position: number;
      text_en: string;
      text_es: string;
      in_survey_now: boolean;
      rating: number | null;
      count: number;
    }>;
    const questions = new Map<string, ParentSurveyResultsObject['questions'][number]>();
    for (const row of rows) {
      const question = questions.get(row.id) ?? {
        questionId: row.id,
        position: row.position,
        textEn: row.text_en,
        textEs: row.text_es,
        inSurveyNow: row.in_survey_now,
        ratings: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: 0 })),
        notApplicable: 0,
        agreeing: 0,
      };
      questions.set(row.id, question);
      // A question with no answer in the range has one row with no answer: count 0.
      if (row.count === 0) continue;
      const rated = question.ratings.find((r) => r.rating === row.rating);
      if (!rated) question.notApplicable += row.count;
      else rated.count += row.count;
      if (rated && rated.rating >= 4) question.agreeing += row.count;
    }
    const byLanguage = MESSAGE_LANGUAGES.map((language) => ({
      language,
      sent: languages.find((l) => l.language === language)?.sent ?? 0,
      answered: languages.find((l) => l.language === language)?.answered ?? 0,
    }));
    return {
      sent: byLanguage.reduce((sum, l) => sum + l.sent, 0),
      answered: byLanguage.reduce((sum, l) => sum + l.answered, 0),
      questions: [...questions.values()],
      byLanguage,
    };
  }

  /** The comments left on the surveys sent in the range, in the order they were answered. */
  async comments(scope: DataScope, range: SurveyRange): Promise<ParentSurveyCommentObject[]> {
    return (await scope.manager.query(
      `SELECT language, comment FROM (${SENT_IN_RANGE}) sent
        WHERE answered_at IS NOT NULL AND comment <> '' ORDER BY answered_at, id`,
      [range.from, range.to, await organizationTimeZone(scope)],
    )) as ParentSurveyCommentObject[];
  }
}
