import { Injectable } from '@nestjs/common';
import { hashToken } from '@onrecord/accounts';
import { CrossOrganizationAccess, type CrossOrganizationScope } from '@onrecord/platform/database';
import { badUserInput, conflict, type FieldProblem } from '@onrecord/platform/errors';
import { messageLanguage } from '@onrecord/words';
import { looksLikeSurveySecret, SURVEY_LINK_DAYS } from './parent-survey-link';
import { ParentSurveyService } from './parent-survey.service';
import type { AnswerParentSurveyInput } from './parent-survey.inputs';
import type { ParentSurveyFormObject } from './parent-survey.objects';

interface LinkedInvitation {
  id: string;
  organization_id: string;
  language: string;
  expires_at: Date;
  answered_at: Date | null;
}

/**
 * A guardian answering the parent survey by its link, with no account: the link's secret
 * finds its one invitation (the named lookup by hash, nothing else), and from there only the
 * organization's survey questions are read and that invitation's answers written. Nothing of
 * the family is read or given back.
 */
@Injectable()
export class ParentSurveyAnswers {
  constructor(
    private readonly crossOrganization: CrossOrganizationAccess,
    private readonly surveys: ParentSurveyService,
  ) {}

  /** The survey the link opens, in the invitation's language. */
  form(token: string, requestId?: string): Promise<ParentSurveyFormObject> {
    return this.withInvitation(token, requestId, async (scope, invitation) => {
      const language = messageLanguage(invitation.language);
      const { survey, questions } = await this.surveys.saved(scope);
      const [organization] = (await scope.manager.query(
        `SELECT name FROM organization WHERE id = $1`,
        [invitation.organization_id],
      )) as Array<{ name: string }>;
      return {
        language,
        organizationName: organization?.name ?? '',
        questions: questions.map((q) => ({
          id: q.id,
          text: language === 'es' ? q.textEs : q.textEn,
        })),
        commentPrompt: language === 'es' ? survey.commentPromptEs : survey.commentPromptEn,
        answeredAt: invitation.answered_at,
      };
    });
  }

  /**
   * Records the answers, once: a rating (or not applicable) for every question of the survey
   * now, and the comment. A second answer is refused (CONFLICT) and changes nothing.
   */
  answer(input: AnswerParentSurveyInput, requestId?: string): Promise<{ answeredAt: Date }> {
    return this.withInvitation(input.token, requestId, async (scope, invitation) => {
      if (invitation.answered_at) throw alreadyAnswered();
      const questions = await this.surveys.questions(scope);
      const known = new Set(questions.map((q) => q.id));
      const problems: FieldProblem[] = [];
      const rated = new Set<string>();
      input.ratings.forEach((rating, i) => {
        if (!known.has(rating.questionId))
          problems.push({
            field: `ratings.${i}.questionId`,
            message: 'is not a question of this survey',
          });
        else if (rated.has(rating.questionId))
          problems.push({ field: `ratings.${i}.questionId`, message: 'is answered twice' });
        rated.add(rating.questionId);
      });
      const missing = questions.filter((q) => !rated.has(q.id)).length;
      if (missing > 0)
        problems.push({
          field: 'ratings',
          message: `must answer every question (a rating from 1 to 5, or null for not applicable): ${missing} not answered`,
        });
      if (problems.length) throw badUserInput(problems);
      // Marked answered in the statement that checks it was not: two submits at once, one wins.
      const [marked] = (await scope.manager.query(
        `UPDATE parent_survey_invitation SET answered_at = now(), comment = $2, updated_at = now()
          WHERE id = $1 AND answered_at IS NULL RETURNING answered_at`,
        [invitation.id, input.comment],
      )) as [Array<{ answered_at: Date }>, number];
      const answeredAt = marked[0]?.answered_at;
      if (!answeredAt) throw alreadyAnswered();
      for (const rating of input.ratings)
        await scope.manager.query(
          `INSERT INTO parent_survey_answer (organization_id, invitation_id, question_id, rating)
           VALUES ($1, $2, $3, $4)`,
          [invitation.organization_id, invitation.id, rating.questionId, rating.rating ?? null],
        );
      return { answeredAt };
    });
  }

  /**
   * Finds the link's invitation by the hash of its secret, then acts in its organization.
   * A made-up, malformed or expired link is refused on the field `token`, the same way.
   */
  private withInvitation<T>(
    rawToken: string,
    requestId: string | undefined,
    work: (scope: CrossOrganizationScope, invitation: LinkedInvitation) => Promise<T>,
  ): Promise<T> {
    const token = rawToken.trim();
    if (!looksLikeSurveySecret(token))
      throw badUserInput([
        { field: 'token', message: 'is not a survey link (copy the whole link from the email)' },
      ]);
    const tokenHash = hashToken(token);
    return this.crossOrganization.run(
      'parent-survey-link',
      { lookup: { surveyTokenHash: tokenHash } },
      requestId,
      async (scope) => {
        const [invitation] = (await scope.manager.query(
          `SELECT id, organization_id, language, expires_at, answered_at
             FROM parent_survey_invitation WHERE token_hash = $1`,
          [tokenHash],
        )) as LinkedInvitation[];
        if (!invitation)
          throw badUserInput([{ field: 'token', message: 'is not a survey link we sent' }]);
        if (!invitation.answered_at && invitation.expires_at.getTime() <= Date.now())
          throw badUserInput([
            {
              field: 'token',
              message: `has expired (survey links work for ${SURVEY_LINK_DAYS} days)`,
            },
          ]);
        await scope.become({ organizationId: invitation.organization_id });
        return work(scope, invitation);
      },
    );
  }
}

const alreadyAnswered = () =>
  conflict('This survey was already answered: each survey link is answered once. Thank you!');
