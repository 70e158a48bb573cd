import { addDays } from '@onrecord/deadlines';
import { textToHtml } from '@onrecord/platform/mail';
import { longDate, oneLine } from '@onrecord/platform/text';
import type { RenderedMessage } from './message-facts';
import { daysWords } from './message-language';

/**
 * The advocate's daily digest: internal, plain, English, not templated (the advocate's own
 * messages; failure-notice.ts is the other).
 */

export interface DigestItem {
  caseTitle: string;
  studentName: string;
  /** e.g. 'Request for an evaluation' or 'Commitment: collect data for four weeks'. */
  what: string;
  dueOn: string;
  /** 0 when not yet due. */
  daysOverdue: number;
  /**
   * When the due day is not simply the law's: "set by hand: <reason>", or "provisional: no
   * school calendar for 2026-27 — add it".
   */
  note?: string | null;
}

/** A message a family sent from the portal since the advocate's previous digest. */
export interface DigestFamilyMessage {
  guardianName: string;
  caseTitle: string;
  body: string;
}

export interface DigestFacts {
  advocateName: string;
  organizationName: string;
  today: string;
  overdue: DigestItem[];
  dueSoon: DigestItem[];
  draftsToApprove: DigestItem[];
  failed: Array<DigestItem & { error: string }>;
  /** Oldest first; none when left out. */
  familyMessages?: DigestFamilyMessage[];
}

/** How much of a family's message the digest quotes; the case page has all of it. */
export const DIGEST_MESSAGE_EXCERPT = 200;

/** The message on one line, cut after DIGEST_MESSAGE_EXCERPT characters (not mid-emoji). */
function excerpt(body: string): string {
  const characters = Array.from(oneLine(body));
  return characters.length > DIGEST_MESSAGE_EXCERPT
    ? `${characters.slice(0, DIGEST_MESSAGE_EXCERPT).join('').trimEnd()}…`
    : characters.join('');
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "Maya R. — Request for an evaluation (Case title)". */
const itemLine = (item: DigestItem): string =>
  `- ${item.studentName} — ${item.what} (${item.caseTitle})`;

/** "due Friday, November 14, 2025 — 5 days overdue", "due today", "due tomorrow, Thursday…". */
function dueWords(item: DigestItem, today: string): string {
  if (item.dueOn === today) return 'due today';
  if (item.dueOn === addDays(today, 1)) return `due tomorrow, ${longDate(item.dueOn)}`;
  const overdue = item.daysOverdue > 0 ? daysWords(item.daysOverdue, 'en') : null;
  return `due ${longDate(item.dueOn)}${overdue ? ` — ${overdue} overdue` : ''}`;
}

/** The due words, and what the day rests on when it is not simply the law's. */
const dueLine = (item: DigestItem, today: string): string =>
  `${dueWords(item, today)}${item.note ? ` (${item.note})` : ''}`;

const byMostOverdue = (a: DigestItem, b: DigestItem): number =>
  b.daysOverdue - a.daysOverdue || a.dueOn.localeCompare(b.dueOn);
const bySoonest = (a: DigestItem, b: DigestItem): number => a.dueOn.localeCompare(b.dueOn);

/**
 * One daily message: overdue first (most overdue first), then due soon (soonest first), what
 * families wrote from the portal, drafts waiting for approval, follow-ups that could not be
 * sent (these three in the order given). Sections with nothing are left out.
 */
export function renderDigest(facts: DigestFacts): RenderedMessage {
  const { today } = facts;
  const sections: string[] = [];
  const section = (title: string, lines: string[]) => {
    if (lines.length) sections.push(`${title}\n${lines.join('\n')}`);
  };
  section(
    `Overdue (${facts.overdue.length}), most overdue first:`,
    [...facts.overdue]
      .sort(byMostOverdue)
      .map((item) => `${itemLine(item)}: ${dueLine(item, today)}`),
  );
  section(
    `Due soon (${facts.dueSoon.length}):`,
    [...facts.dueSoon].sort(bySoonest).map((item) => `${itemLine(item)}: ${dueLine(item, today)}`),
  );
  const messages = facts.familyMessages ?? [];
  section(
    `Messages from families since your last digest (${messages.length}):`,
    messages.map((m) => `- ${m.guardianName} wrote on ${m.caseTitle}: ${excerpt(m.body)}`),
  );
  section(
    `Follow-up drafts waiting for your approval (${facts.draftsToApprove.length}):`,
    facts.draftsToApprove.map((item) => `${itemLine(item)}: ${dueLine(item, today)}`),
  );
  section(
    `Follow-ups that could not be sent (${facts.failed.length}) — check the recipients' email addresses:`,
    facts.failed.map((item) => `${itemLine(item)}: ${item.error}`),
  );

  const counts = [
    facts.overdue.length && `${facts.overdue.length} overdue`,
    facts.dueSoon.length && `${facts.dueSoon.length} due soon`,
    messages.length && count(messages.length, 'message from a family', 'messages from families'),
    facts.draftsToApprove.length &&
      count(facts.draftsToApprove.length, 'draft to approve', 'drafts to approve'),
    facts.failed.length && `${facts.failed.length} not sent`,
  ].filter((part): part is string => Boolean(part));
  const subject = `OnRecord for ${longDate(today)}: ${counts.length ? counts.join(', ') : 'nothing due'}`;
  const text = [
    `Hello ${facts.advocateName},`,
    sections.length
      ? `Here is what needs your attention today in ${facts.organizationName}.`
      : `Nothing is overdue, due soon or waiting for your approval in ${facts.organizationName}, and no follow-up failed.`,
    ...sections,
    'Open OnRecord to record answers, approve drafts and see each case.',
  ].join('\n\n');
  return { subject, text, html: textToHtml(text, subject) };
}
