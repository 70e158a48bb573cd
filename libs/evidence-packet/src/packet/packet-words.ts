/**
 * How the packet writes the record's codes. The packet is in English: the timeline's event
 * lines it reprints are the server's English, and a packet goes to a school, a state or a
 * hearing officer.
 */
export const humanize = (value: string | null | undefined): string =>
  value ? value.toLowerCase().replace(/_/g, ' ') : '';

export const sentence = (value: string | null | undefined): string => {
  const text = humanize(value);
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** A request type as a table names it. */
const REQUEST_TYPES: Record<string, string> = {
  EVALUATION: 'Evaluation',
  IEP_MEETING: 'IEP meeting',
  RECORDS: 'Records',
  FBA: 'FBA',
  BEHAVIOR_PLAN: 'Behavior plan',
  ACCOMMODATIONS: 'Accommodations',
  REINTEGRATION_PLAN: 'Reintegration plan',
  PRIOR_WRITTEN_NOTICE: 'Prior Written Notice',
  INDEPENDENT_EVALUATION: 'Independent evaluation',
  HOME_INSTRUCTION: 'Home instruction',
  OTHER: 'Other',
};
export const requestTypeName = (type: string): string => REQUEST_TYPES[type] ?? sentence(type);

/** "3 days late", "1 day late". */
export const lateWords = (days: number): string => `${days} ${days === 1 ? 'day' : 'days'} late`;

/** What the answer column says of a request. */
export function answerWords(request: {
  answered: boolean;
  firstResponseOn: string | null;
  firstOutcome: string | null;
  daysLate: number | null;
  dueOn: string | null;
  status: string;
}): string {
  if (request.answered)
    return `${request.firstResponseOn}: ${humanize(request.firstOutcome)}${request.daysLate ? ` (${lateWords(request.daysLate)})` : request.dueOn ? ' (on time)' : ''}`;
  if (request.status === 'WITHDRAWN') return 'Withdrawn';
  if (request.daysLate) return `No answer: ${lateWords(request.daysLate)}`;
  return 'No answer yet (not yet due)';
}
