import ical from 'ical-generator';
import { familyLabel } from './family-label';
import type { FeedItem } from './feed-item';
import { descriptionOf, summaryOf } from './feed-words';

/** How long a meeting is shown for: OnRecord keeps when it starts, not when it ends. */
const MEETING_MINUTES = 60;

/** What a feed is written from besides its items. */
export interface FeedCalendarOptions {
  /** X-WR-CALNAME, e.g. "OnRecord — Maya's cases (Riverside Advocates)". */
  name: string;
  /** The console's address (config publicUrl): links and UIDs are made from it. */
  publicUrl: string;
  fullNames: boolean;
  /** DTSTAMP: when this copy of the feed was made. */
  now: Date;
}

/** The console page of an item: the meeting's page, else the case's. */
export function consoleUrl(publicUrl: string, item: FeedItem): string {
  return item.meetingId
    ? `${publicUrl}/meetings/${item.meetingId}`
    : `${publicUrl}/cases/${item.caseId}`;
}

/**
 * A stable UID per record: the same request, commitment, meeting or task is the same event
 * in every copy of the feed, so a calendar app moves it when its date moves.
 */
export function uidOf(publicUrl: string, item: FeedItem): string {
  const kind = item.kind.toLowerCase().replace(/_/g, '-');
  return `${kind}-${item.id}@${new URL(publicUrl).host}`;
}

/** A day as a Date at UTC midnight: ical-generator writes an all-day date from its UTC parts. */
const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** The feed as iCalendar text (RFC 5545: CRLF line ends, lines folded at 75 octets). */
export function feedCalendar(items: readonly FeedItem[], options: FeedCalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'OnRecord', product: 'calendar-feed', language: 'EN' },
    // A hint to calendar apps that honour it: fetch again within the hour.
    ttl: 60 * 60,
  });
  for (const item of items) {
    const url = consoleUrl(options.publicUrl, item);
    const family = familyLabel(item.studentName, options.fullNames);
    const common = {
      id: uidOf(options.publicUrl, item),
      stamp: options.now,
      lastModified: item.updatedAt,
      summary: summaryOf(item, family),
      description: descriptionOf(item, url, options.fullNames),
      url,
    };
    if (item.kind === 'MEETING' && item.startsAt) {
      calendar.createEvent({
        ...common,
        start: item.startsAt,
        end: new Date(item.startsAt.getTime() + MEETING_MINUTES * 60_000),
        location: item.location || null,
      });
    } else if (item.dueOn) {
      // A due day, whole: the end of that day in the district's time zone is the deadline.
      calendar.createEvent({ ...common, start: utcDay(item.dueOn), allDay: true });
    }
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator omits it.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
