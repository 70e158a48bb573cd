import type { FeedItem } from './feed-item';

/** Request types, meeting kinds and meeting task kinds as a calendar shows them. */
const CODES: Record<string, string> = {
  EVALUATION: 'evaluation',
  IEP_MEETING: 'IEP meeting',
  RECORDS: 'records',
  FBA: 'FBA',
  BEHAVIOR_PLAN: 'behavior plan',
  ACCOMMODATIONS: 'accommodations',
  REINTEGRATION_PLAN: 'reintegration plan',
  PRIOR_WRITTEN_NOTICE: 'prior written notice',
  INDEPENDENT_EVALUATION: 'independent evaluation',
  HOME_INSTRUCTION: 'home instruction',
  IEP: 'IEP',
  SECTION_504: '504',
  REINTEGRATION_PLANNING: 'Reintegration planning',
  IFSP: 'IFSP',
  ELIGIBILITY: 'Eligibility',
  CONCERNS_BEFORE: 'Written concerns due',
  SUMMARY_AFTER: 'Written summary due',
};

/** A code in words; an unknown one (a new kind) in lower case rather than not at all. */
function word(code: string): string {
  return CODES[code] ?? code.toLowerCase().replace(/_/g, ' ');
}

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The event's title: what it is, then the family, e.g. "Response due: records request — M. R.". */
export function summaryOf(item: FeedItem, family: string): string {
  switch (item.kind) {
    case 'REQUEST_DEADLINE':
      return `Response due: ${word(item.code)} request — ${family}`;
    case 'COMMITMENT':
      return `School commitment due: ${item.title} — ${family}`;
    case 'MEETING':
      return `${capitalized(word(item.code))} meeting — ${family}`;
    case 'MEETING_TASK':
      return `${word(item.code)} (${word(item.title)} meeting) — ${family}`;
  }
}

/** The event's description: a line or two to act on, and the link to the record. */
export function descriptionOf(item: FeedItem, url: string): string {
  const lines: string[] = [];
  switch (item.kind) {
    case 'REQUEST_DEADLINE':
      lines.push(`The school's answer to "${item.title}" is due by the end of this day.`);
      if (item.citation) lines.push(`Rule: ${item.citation}`);
      break;
    case 'COMMITMENT':
      lines.push(`The school said it would: ${item.title}`);
      break;
    case 'MEETING':
      if (item.location) lines.push(`Where: ${item.location}`);
      break;
    case 'MEETING_TASK':
      lines.push(
        item.code === 'CONCERNS_BEFORE'
          ? 'Send the written concerns to the school before the meeting.'
          : 'Send the written summary of the meeting to the school.',
      );
      break;
  }
  lines.push(`Open in OnRecord: ${url}`);
  return lines.join('\n');
}
