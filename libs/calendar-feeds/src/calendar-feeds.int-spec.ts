import ICAL from 'ical.js';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { createTestApp, joinAs, type TestApp, type TestAuth } from '@onrecord/platform/testing';
import {
  dayOffset,
  daysAfter,
  followUpOrganization,
  overrideDeadline,
  sendRequest,
  type FollowUpOrganization,
} from '@onrecord/test-fixtures';
import { CALENDAR_FEEDS_API } from './testing/calendar-feeds-api';

/** Where the console is, as the feed's links and UIDs name it (not where the test api runs). */
const PUBLIC_URL = 'https://console.onrecord.test';
const HOST = 'console.onrecord.test';

const ISSUE = `mutation ($kind: CalendarFeedKind!) {
  issueCalendarFeed(kind: $kind) { url feed { kind active issuedAt revokedAt } } }`;
const REVOKE = `mutation ($kind: CalendarFeedKind!) {
  revokeCalendarFeed(kind: $kind) { kind active revokedAt } }`;
const FEEDS = `query { calendarFeeds { kind active issuedAt revokedAt } }`;
const SETTINGS = `mutation ($input: UpdateOrganizationSettingsInput!) {
  updateOrganizationSettings(input: $input) { feedFamilyNames } }`;
const RECORD = `mutation ($requestId: ID!, $input: SchoolResponseInput!) {
  recordSchoolResponse(requestId: $requestId, input: $input) { id commitments { id } } }`;
const SCHEDULE = `mutation ($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) { id tasks { id kind dueOn } } }`;
const ASSIGN = `mutation ($caseId: ID!, $memberId: ID!) { assignAdvocate(caseId: $caseId, memberId: $memberId) { id } }`;
const REMOVE = `mutation ($memberId: ID!) { removeMember(memberId: $memberId) { id } }`;

/** The YYYY-MM-DD `n` weekdays after today (the fixture's school year has no other closure). */
function weekdaysAhead(n: number): string {
  let day = dayOffset(0);
  for (let counted = 0; counted < n;) {
    day = daysAfter(day, 1);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) counted += 1;
  }
  return day;
}

interface Feed {
  status: number;
  contentType: string | null;
  cacheControl: string | null;
  text: string;
  calendar: ICAL.Component | null;
}

interface Vevent {
  uid: string;
  summary: string;
  description: string;
  url: string;
  location: string | null;
  /** YYYY-MM-DD for an all-day event, the instant (ISO, UTC) for a timed one. */
  start: string;
  allDay: boolean;
}

describe('calendar feeds', () => {
  let api: TestApp;
  let a: FollowUpOrganization;
  let b: FollowUpOrganization;

  /** A feed's address, fetched from the test api as a calendar app would (no session). */
  const fetchFeed = async (url: string): Promise<Feed> => {
    expect(url.startsWith(`${PUBLIC_URL}/calendar/`)).toBe(true);
    const response = await fetch(`${api.url}${new URL(url).pathname}`);
    const text = await response.text();
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      cacheControl: response.headers.get('cache-control'),
      text,
      calendar: response.status === 200 ? new ICAL.Component(ICAL.parse(text)) : null,
    };
  };

  const events = (feed: Feed): Vevent[] =>
    (feed.calendar?.getAllSubcomponents('vevent') ?? []).map((vevent) => {
      const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
      return {
        uid: String(vevent.getFirstPropertyValue('uid')),
        summary: String(vevent.getFirstPropertyValue('summary')),
        description: String(vevent.getFirstPropertyValue('description')),
        url: String(vevent.getFirstPropertyValue('url')),
        location: (vevent.getFirstPropertyValue('location') as string | null) ?? null,
        start: start.isDate ? start.toString() : start.toJSDate().toISOString(),
        allDay: start.isDate,
      };
    });

  const issue = async (client: FollowUpOrganization['client'], kind = 'OWN') =>
    (
      await client.data<{ issueCalendarFeed: { url: string; feed: { active: boolean } } }>(ISSUE, {
        kind,
      })
    ).issueCalendarFeed;

  const membershipOf = async (auth: TestAuth, organizationId: string) =>
    (
      await superuserQuery<{ id: string }>(
        api.adminUrl,
        'SELECT id FROM membership WHERE user_id = $1 AND organization_id = $2',
        [auth.user.id, organizationId],
      )
    )[0]!.id;

  beforeAll(async () => {
    api = await createTestApp(CALENDAR_FEEDS_API, { env: { PUBLIC_URL } });
    a = await followUpOrganization(api.url, api.adminUrl, 'feedsa');
    b = await followUpOrganization(api.url, api.adminUrl, 'feedsb');
  });

  afterAll(async () => {
    await api?.close();
  });

  it("shows an advocate next week's open deadlines, not answered ones, and follows a moved deadline", async () => {
    const dueOn = weekdaysAhead(5);
    const open = await sendRequest(a, 1, { dueOn, subject: 'Records, please (open)' });
    const answered = await sendRequest(a, 1, { dueOn, subject: 'Records, please (answered)' });
    await a.client.data(RECORD, {
      requestId: answered,
      input: { receivedOn: dayOffset(0), channel: 'EMAIL', outcome: 'GRANTED' },
    });
    const { url, feed } = await issue(a.client);
    expect(feed.active).toBe(true);

    const first = await fetchFeed(url);
    expect(first.status).toBe(200);
    expect(first.contentType).toBe('text/calendar; charset=utf-8');
    expect(first.cacheControl).toContain('no-store');
    expect(first.calendar?.getFirstPropertyValue('x-wr-calname')).toContain('OnRecord');
    const byUid = new Map(events(first).map((event) => [event.uid, event]));
    const event = byUid.get(`request-deadline-${open}@${HOST}`);
    expect(event).toMatchObject({
      start: dueOn,
      allDay: true,
      url: `${PUBLIC_URL}/cases/${a.caseId}`,
    });
    expect(event?.summary).toBe('Response due: a full individual evaluation — S. S. F.');
    // The subject is the advocate's own words (it may name the family): not with initials.
    expect(event?.description).not.toContain('Records, please');
    expect(byUid.has(`request-deadline-${answered}@${HOST}`)).toBe(false);

    const moved = daysAfter(dueOn, 7);
    await overrideDeadline(a, open, moved);
    const second = events(await fetchFeed(url)).find(
      (e) => e.uid === `request-deadline-${open}@${HOST}`,
    );
    expect(second?.start).toBe(moved);
  });

  it('shows meetings (timed, with where), their written items and the school’s commitments', async () => {
    const startsAt = new Date(`${weekdaysAhead(8)}T15:30:00Z`).toISOString();
    const meeting = (
      await a.client.data<{
        scheduleMeeting: { id: string; tasks: Array<{ id: string; kind: string; dueOn: string }> };
      }>(SCHEDULE, {
        input: {
          caseId: a.caseId,
          kind: 'IEP',
          startsAt,
          location: 'Room 12, Riverside Elementary',
        },
      })
    ).scheduleMeeting;
    const request = await sendRequest(a, 2, { dueOn: weekdaysAhead(3) });
    const response = (
      await a.client.data<{ recordSchoolResponse: { commitments: Array<{ id: string }> } }>(
        RECORD,
        {
          requestId: request,
          input: {
            receivedOn: dayOffset(0),
            channel: 'EMAIL',
            outcome: 'MEETING_SCHEDULED',
            commitments: [{ description: 'Send the draft IEP', dueOn: weekdaysAhead(6) }],
          },
        },
      )
    ).recordSchoolResponse;
    const { url } = await issue(a.client);
    const byUid = new Map(events(await fetchFeed(url)).map((e) => [e.uid, e]));

    expect(byUid.get(`meeting-${meeting.id}@${HOST}`)).toMatchObject({
      start: startsAt,
      allDay: false,
      location: 'Room 12, Riverside Elementary',
      summary: 'IEP meeting — S. S. F.',
      description: expect.stringContaining('Where: Room 12, Riverside Elementary'),
      url: `${PUBLIC_URL}/meetings/${meeting.id}`,
    });
    for (const task of meeting.tasks)
      expect(byUid.get(`meeting-task-${task.id}@${HOST}`)).toMatchObject({
        start: task.dueOn,
        allDay: true,
        url: `${PUBLIC_URL}/meetings/${meeting.id}`,
      });
    expect(meeting.tasks.length).toBeGreaterThan(0);
    const commitment = byUid.get(`commitment-${response.commitments[0]!.id}@${HOST}`);
    expect(commitment).toMatchObject({ start: weekdaysAhead(6), allDay: true });
    expect(commitment?.summary).toBe('School commitment due: Send the draft IEP — S. S. F.');
    // Answered: its own deadline has left the feed.
    expect(byUid.has(`request-deadline-${request}@${HOST}`)).toBe(false);
  });

  it('names families by initials unless an admin chooses full names', async () => {
    await sendRequest(a, 1, { dueOn: weekdaysAhead(4) });
    const { url } = await issue(a.client);
    const initials = events(await fetchFeed(url));
    expect(initials.length).toBeGreaterThan(0);
    expect(initials.every((e) => e.summary.endsWith('— S. S. F.'))).toBe(true);
    expect(initials.some((e) => `${e.summary} ${e.description}`.includes('Sam Student'))).toBe(
      false,
    );

    await a.client.data(SETTINGS, { input: { feedFamilyNames: 'FULL_NAME' } });
    const full = events(await fetchFeed(url));
    expect(full.every((e) => e.summary.endsWith('— Sam Student feedsa'))).toBe(true);
    expect(
      full.some((e) => e.description.includes('"Request for a full individual evaluation"')),
    ).toBe(true);
    await a.client.data(SETTINGS, { input: { feedFamilyNames: 'INITIALS' } });
  });

  it('is RFC 5545 text: CRLF line ends, lines folded at 75 octets, every VEVENT with UID, DTSTAMP, DTSTART', async () => {
    await sendRequest(a, 1, {
      dueOn: weekdaysAhead(2),
      subject: `Solicitud de evaluación completa — ${'ñ'.repeat(60)} and a long English tail to fold`,
    });
    const { url } = await issue(a.client);
    // Full names: the long subject, with two-byte letters, is in a description to fold.
    await a.client.data(SETTINGS, { input: { feedFamilyNames: 'FULL_NAME' } });
    const { text } = await fetchFeed(url);
    await a.client.data(SETTINGS, { input: { feedFamilyNames: 'INITIALS' } });
    expect(text).toContain('ñ');
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.some((line) => /[\r\n]/.test(line))).toBe(false);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((line) => line.startsWith('PRODID:'))).toBe(true);

    const calendar = new ICAL.Component(ICAL.parse(text));
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents.length).toBeGreaterThan(0);
    for (const vevent of vevents)
      for (const property of ['uid', 'dtstamp', 'dtstart'])
        expect(vevent.hasProperty(property)).toBe(true);
    const uids = vevents.map((vevent) => vevent.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('stops at once when revoked, and a re-issued address replaces the old one', async () => {
    const { url: first } = await issue(a.client);
    expect((await fetchFeed(first)).status).toBe(200);
    const revoked = (
      await a.client.data<{ revokeCalendarFeed: { active: boolean } }>(REVOKE, { kind: 'OWN' })
    ).revokeCalendarFeed;
    expect(revoked.active).toBe(false);
    const gone = await fetchFeed(first);
    expect(gone.status).toBe(404);
    expect(gone.text).toBe('No calendar feed at this address.');
    expect((await a.client.errorOf(REVOKE, { kind: 'OWN' })).code).toBe('NOT_FOUND');

    const { url: second } = await issue(a.client);
    const { url: third } = await issue(a.client);
    expect((await fetchFeed(second)).status).toBe(404);
    expect((await fetchFeed(third)).status).toBe(200);
    const feeds = (await a.client.data<{ calendarFeeds: Array<Record<string, unknown>> }>(FEEDS))
      .calendarFeeds;
    expect(feeds).toEqual([
      expect.objectContaining({ kind: 'OWN', active: true, revokedAt: null }),
      expect.objectContaining({ kind: 'ORGANIZATION', active: false, issuedAt: null }),
    ]);
    expect(JSON.stringify(feeds)).not.toContain(new URL(third).pathname.slice(10, 30));
    // The token is kept as its hash only.
    const stored = await superuserQuery<{ token_hash: string }>(
      api.adminUrl,
      'SELECT token_hash FROM calendar_feed WHERE organization_id = $1',
      [a.organizationId],
    );
    const token = new URL(third).pathname.replace(/^\/calendar\/|\.ics$/g, '');
    expect(
      stored.some((row) => row.token_hash.includes(token) || token.includes(row.token_hash)),
    ).toBe(false);
  });

  it('answers an unknown or malformed address with the same plain 404', async () => {
    for (const path of [
      `/calendar/orc_${'A'.repeat(43)}.ics`,
      '/calendar/nothing.ics',
      "/calendar/orc_'%20OR%201=1.ics",
    ]) {
      const response = await fetch(`${api.url}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('No calendar feed at this address.');
    }
  });

  it("stops an organization's feed when its admin is no longer an admin", async () => {
    const auth = await joinAs(
      api.anonymous,
      api.adminUrl,
      'feedsadmin2',
      a.organizationId,
      'ADMIN',
    );
    const { url } = await issue(api.as(auth), 'ORGANIZATION');
    expect((await fetchFeed(url)).status).toBe(200);
    await superuserQuery(
      api.adminUrl,
      `UPDATE membership SET role = 'ADVOCATE' WHERE user_id = $1`,
      [auth.user.id],
    );
    expect((await fetchFeed(url)).status).toBe(404);
  });

  it("keeps each organization's feed to its own rows", async () => {
    const requestA = await sendRequest(a, 1, { dueOn: weekdaysAhead(5) });
    const requestB = await sendRequest(b, 1, { dueOn: weekdaysAhead(5) });
    const feedA = events(await fetchFeed((await issue(a.client, 'ORGANIZATION')).url));
    const feedB = events(await fetchFeed((await issue(b.client, 'ORGANIZATION')).url));
    expect(feedA.map((e) => e.uid)).toContain(`request-deadline-${requestA}@${HOST}`);
    expect(feedB.map((e) => e.uid)).toContain(`request-deadline-${requestB}@${HOST}`);
    expect(feedB.map((e) => e.uid)).not.toContain(`request-deadline-${requestA}@${HOST}`);
    expect(feedA.map((e) => e.uid)).not.toContain(`request-deadline-${requestB}@${HOST}`);
    expect(feedB.every((e) => e.url.includes(b.caseId) || e.url.includes('/meetings/'))).toBe(true);
    expect(feedB.some((e) => e.url.includes(a.caseId))).toBe(false);
  });

  it('gives an advocate the cases assigned to them only, and nothing once they leave', async () => {
    const auth = await joinAs(
      api.anonymous,
      api.adminUrl,
      'feedsadvocate',
      a.organizationId,
      'ADVOCATE',
    );
    const advocate = api.as(auth);
    expect((await advocate.errorOf(ISSUE, { kind: 'ORGANIZATION' })).code).toBe('FORBIDDEN');
    const feeds = (await advocate.data<{ calendarFeeds: Array<{ kind: string }> }>(FEEDS))
      .calendarFeeds;
    expect(feeds.map((f) => f.kind)).toEqual(['OWN']);

    const request = await sendRequest(a, 1, { dueOn: weekdaysAhead(5) });
    const { url } = await issue(advocate);
    expect(events(await fetchFeed(url))).toEqual([]);

    const memberId = await membershipOf(auth, a.organizationId);
    await a.client.data(ASSIGN, { caseId: a.caseId, memberId });
    expect(events(await fetchFeed(url)).map((e) => e.uid)).toContain(
      `request-deadline-${request}@${HOST}`,
    );

    // Made an analyst (who reads no family records): the feed says nothing more.
    await superuserQuery(api.adminUrl, `UPDATE membership SET role = 'ANALYST' WHERE id = $1`, [
      memberId,
    ]);
    expect((await fetchFeed(url)).status).toBe(404);
    await superuserQuery(api.adminUrl, `UPDATE membership SET role = 'ADVOCATE' WHERE id = $1`, [
      memberId,
    ]);
    expect((await fetchFeed(url)).status).toBe(200);

    await a.client.data(REMOVE, { memberId });
    expect((await fetchFeed(url)).status).toBe(404);
  });
});
