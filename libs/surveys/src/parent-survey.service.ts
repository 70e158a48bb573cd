import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { DataScope } from '@onrecord/platform/database';
import { badUserInput, type FieldProblem } from '@onrecord/platform/errors';
import { DEFAULT_PARENT_SURVEY } from './default-parent-survey';
import { ParentSurveyQuestion } from './parent-survey-question.entity';
import { ParentSurvey } from './parent-survey.entity';
import type { UpdateParentSurveyInput } from './parent-survey.inputs';
import type { ParentSurveyObject } from './parent-survey.objects';

/** The organization's survey as saved: its settings and its questions now, in order. */
export interface SavedParentSurvey {
  survey: ParentSurvey;
  questions: ParentSurveyQuestion[];
}

/**
 * The organization's parent survey: read (the built-in one until it is saved), worded by its
 * admins, and saved with the built-in texts the first time it is sent, so every answer points
 * at a question row of the organization's own.
 */
@Injectable()
export class ParentSurveyService {
  async read(scope: DataScope): Promise<ParentSurveyObject> {
    const survey = await scope.manager.findOneBy(ParentSurvey, {});
    if (!survey) {
      const { questions, ...rest } = DEFAULT_PARENT_SURVEY;
      return {
        ...rest,
        questions: questions.map((q, i) => ({ id: null, position: i + 1, ...q })),
        saved: false,
      };
    }
    return toObject({ survey, questions: await this.questions(scope) });
  }

  /** Whether the survey goes out by itself when a case ends (the built-in one does). */
  async sendsWhenCaseEnds(scope: DataScope): Promise<boolean> {
    const survey = await scope.manager.findOneBy(ParentSurvey, {});
    return survey?.sendWhenCaseEnds ?? DEFAULT_PARENT_SURVEY.sendWhenCaseEnds;
  }

  /**
   * The survey as saved, saving the built-in one first if there is none. Two transactions
   * doing so at once: the second waits on the unique organization and then finds the first's.
   */
  async ensure(scope: DataScope): Promise<SavedParentSurvey> {
    const { questions, ...settings } = DEFAULT_PARENT_SURVEY;
    const inserted = (await scope.manager.query(
      `INSERT INTO parent_survey (organization_id, send_when_case_ends, comment_prompt_en, comment_prompt_es)
       VALUES ($1, $2, $3, $4) ON CONFLICT (organization_id) DO NOTHING RETURNING id`,
      [
        scope.organizationId,
        settings.sendWhenCaseEnds,
        settings.commentPromptEn,
        settings.commentPromptEs,
      ],
    )) as Array<{ id: string }>;
    if (inserted.length > 0) {
      await scope.manager.save(
        questions.map((q, i) =>
          scope.manager.create(ParentSurveyQuestion, {
            organizationId: scope.organizationId,
            position: i + 1,
            textEn: q.textEn,
            textEs: q.textEs,
            archivedAt: null,
          }),
        ),
      );
    }
    const survey = await scope.manager.findOneByOrFail(ParentSurvey, {});
    return { survey, questions: await this.questions(scope) };
  }

  /**
   * Saves what the admin changed. Questions come as the whole list, in order: those with an
   * id are reworded and moved, those without are added, those left out are archived (their
   * answers still count in the results of their range).
   */
  async update(scope: DataScope, input: UpdateParentSurveyInput): Promise<ParentSurveyObject> {
    const { survey, questions } = await this.ensure(scope);
    if (input.sendWhenCaseEnds !== undefined) survey.sendWhenCaseEnds = input.sendWhenCaseEnds;
    if (input.commentPromptEn !== undefined) survey.commentPromptEn = input.commentPromptEn;
    if (input.commentPromptEs !== undefined) survey.commentPromptEs = input.commentPromptEs;
    await scope.manager.save(survey);
    if (input.questions) {
      const current = new Map(questions.map((q) => [q.id, q]));
      const problems: FieldProblem[] = [];
      const seen = new Set<string>();
      input.questions.forEach((q, i) => {
        if (!q.id) return;
        if (!current.has(q.id))
          problems.push({
            field: `questions.${i}.id`,
            message: 'is not a question of this survey',
          });
        else if (seen.has(q.id))
          problems.push({ field: `questions.${i}.id`, message: 'is in the list twice' });
        seen.add(q.id);
      });
      if (problems.length) throw badUserInput(problems);
      const now = new Date();
      // Archived first: positions are free for the questions kept and added.
      for (const q of questions.filter((q) => !seen.has(q.id)))
        await scope.manager.update(ParentSurveyQuestion, { id: q.id }, { archivedAt: now });
      const kept = input.questions.map((q, i) =>
        Object.assign(
          (q.id && current.get(q.id)) ||
            scope.manager.create(ParentSurveyQuestion, {
              organizationId: scope.organizationId,
              archivedAt: null,
            }),
          { position: i + 1, textEn: q.textEn, textEs: q.textEs },
        ),
      );
      await scope.manager.save(kept);
    }
    return toObject({ survey, questions: await this.questions(scope) });
  }

  /** The survey as saved (every invitation saved it first), without writing anything. */
  async saved(scope: DataScope): Promise<SavedParentSurvey> {
    const survey = await scope.manager.findOneByOrFail(ParentSurvey, {});
    return { survey, questions: await this.questions(scope) };
  }

  /** The questions of the survey now (not taken out), in order. */
  questions(scope: DataScope): Promise<ParentSurveyQuestion[]> {
    return scope.manager.find(ParentSurveyQuestion, {
      where: { archivedAt: IsNull() },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
  }
}

function toObject({ survey, questions }: SavedParentSurvey): ParentSurveyObject {
  return {
    sendWhenCaseEnds: survey.sendWhenCaseEnds,
    commentPromptEn: survey.commentPromptEn,
    commentPromptEs: survey.commentPromptEs,
    questions: questions.map(({ id, position, textEn, textEs }) => ({
      id,
      position,
      textEn,
      textEs,
    })),
    saved: true,
  };
}
