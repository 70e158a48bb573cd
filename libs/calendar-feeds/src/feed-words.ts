import {
  MEETING_KIND_NAMES,
  type MeetingKind,
  REQUEST_TYPE_LABELS,
  type WrittenRequestType,
} from '@onrecord/requests';
import type { FeedItem } from './feed-item';

/** The names the letters and meetings already use; an unknown code in plain lower case. */
const requestWhat = (code: string) =>
  REQUEST_TYPE_LABELS[code as WrittenRequestType] ?? code.toLowerCase().replace(/_/g, ' ');
const meetingName = (code: string) =>
  MEETING_KIND_NAMES[code as MeetingKind] ?? code.toLowerCase().replace(/_/g, ' ');

const TASKS: Record<string, { title: string; line: string }> = {
  CONCERNS_BEFORE: {
    title: 'Written concerns due',
    line: 'Send the written concerns to the school before the meeting.',
  },
  SUMMARY_AFTER: {
    title: 'Written summary due',
    line: 'Send the written summary of the meeting to the school.',
  },
};

/** The event's title: what it is, then the family, e.g. "Response due: copies of education records — M. R.". */
export function summaryOf(item: FeedItem, family: string): string {
  switch (item.kind) {
    case 'REQUEST_DEADLINE':
      return `Response due: ${requestWhat(item.code)} — ${family}`;
    case 'COMMITMENT':
      return `School commitment due: ${item.title} — ${family}`;
    case 'MEETING':
      return `${meetingName(item.code)} — ${family}`;
    case 'MEETING_TASK':
      return `${TASKS[item.code]?.title ?? 'Due'} (${meetingName(item.title)}) — ${family}`;
  }
}

/**
 * The event's description: a line or two to act on, and the link to the record. A request's
 * subject is the advocate's own words and may name the family, so it is shown only where the
 * organization chose full names.
 */
export function descriptionOf(item: FeedItem, url: string, fullNames: boolean): string {
  const lines: string[] = [];
  switch (item.kind) {
    case 'REQUEST_DEADLINE':
      lines.push(
        fullNames
          ? `The school's answer to "${item.title}" is due by the end of this day.`
          : "The school's answer to this written request is due by the end of this day.",
      );
      if (item.citation) lines.push(`Rule: ${item.citation}`);
      break;
    case 'COMMITMENT':
      lines.push(`The school said it would: ${item.title}`);
      break;
    case 'MEETING':
      if (item.location) lines.push(`Where: ${item.location}`);
      break;
    case 'MEETING_TASK': {
      const task = TASKS[item.code];
      if (task) lines.push(task.line);
      break;
    }
  }
  lines.push(`Open in OnRecord: ${url}`);
  return lines.join('\n');
}
