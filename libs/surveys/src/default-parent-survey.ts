/**
 * The survey an organization starts with, after the program measures that federally funded
 * Parent Training and Information Centers report: short statements a parent rates from 1
 * (strongly disagree) to 5 (strongly agree), and one optional comment. An admin rewords,
 * removes or adds to them (updateParentSurvey); these are only where everyone starts.
 */
export const DEFAULT_PARENT_SURVEY = {
  sendWhenCaseEnds: true,
  questions: [
    {
      textEn: 'I have more knowledge of my child’s rights.',
      textEs: 'Conozco mejor los derechos de mi hijo o hija.',
    },
    {
      textEn: 'I am better able to participate in decisions about my child’s education.',
      textEs: 'Puedo participar mejor en las decisiones sobre la educación de mi hijo o hija.',
    },
    {
      textEn: 'I know better where to find help for my child.',
      textEs: 'Sé mejor dónde encontrar ayuda para mi hijo o hija.',
    },
    {
      textEn: 'I would recommend this organization to other families.',
      textEs: 'Recomendaría esta organización a otras familias.',
    },
  ],
  commentPromptEn: 'Is there anything else you would like to tell us?',
  commentPromptEs: '¿Hay algo más que quiera decirnos?',
} as const;

/** Limits of what an admin may save. */
export const PARENT_SURVEY_LIMITS = {
  questions: 10,
  questionText: 300,
  commentPrompt: 300,
  comment: 2000,
} as const;
