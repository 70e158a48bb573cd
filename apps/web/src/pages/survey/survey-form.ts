import type { ParentSurveySettingsQuery, UpdateParentSurveyInput } from '../../gql/graphql';

/** At most this many statements, this long each (the api's limits). */
export const MAX_QUESTIONS = 10;
export const MAX_TEXT = 300;

export interface QuestionValues {
  /** The list's own key (a new statement has no id yet). */
  key: string;
  id: string | null;
  textEn: string;
  textEs: string;
}

export interface SurveyValues {
  questions: QuestionValues[];
  commentPromptEn: string;
  commentPromptEs: string;
  sendWhenCaseEnds: boolean;
}

let lastKey = 0;
export const newKey = (): string => `q${(lastKey += 1)}`;

export function toValues(survey: ParentSurveySettingsQuery['parentSurvey']): SurveyValues {
  return {
    questions: [...survey.questions]
      .sort((a, b) => a.position - b.position)
      .map((q) => ({ key: newKey(), id: q.id ?? null, textEn: q.textEn, textEs: q.textEs })),
    commentPromptEn: survey.commentPromptEn,
    commentPromptEs: survey.commentPromptEs,
    sendWhenCaseEnds: survey.sendWhenCaseEnds,
  };
}

/** The whole survey, every statement in order (one left out is taken out). */
export function toInput(values: SurveyValues): UpdateParentSurveyInput {
  return {
    questions: values.questions.map((q) => ({
      id: q.id,
      textEn: q.textEn.trim(),
      textEs: q.textEs.trim(),
    })),
    commentPromptEn: values.commentPromptEn.trim(),
    commentPromptEs: values.commentPromptEs.trim(),
    sendWhenCaseEnds: values.sendWhenCaseEnds,
  };
}

/**
 * Where the api's refusal goes in the form, and the words' key for it:
 * `input.questions.2.textEs` → [`questions.2.textEs`, `text`].
 */
export function problemAt(path: string): [string, string] | null {
  const field = path.replace(/^input\./, '');
  const question = /^questions\.(\d+)\.(textEn|textEs|id)$/.exec(field);
  if (question) return question[2] === 'id' ? null : [field, 'text'];
  if (field === 'commentPromptEn' || field === 'commentPromptEs') return [field, 'commentPrompt'];
  return null;
}
