import ICAL from 'ical.js';
import { feedCalendar } from './feed-calendar';
import type { FeedItem } from './feed-item';

const PUBLIC_URL = 'https://onrecord.example.org';
const item = (overrides: Partial<FeedItem>): FeedItem => ({
  kind: 'REQUEST_DEADLINE',
  id: '11111111-1111-4111-8111-111111111111',
  caseId: '22222222-2222-4222-8222-222222222222',
  meetingId: null,
  studentName: 'Maya Rivera',
  title: 'Records for Maya',
  code: 'RECORDS',
  dueOn: '2026-12-14',
  startsAt: null,
  location: '',
  citation: '34 CFR §300.613',
  updatedAt: new Date('2026-12-01T10:00:00Z'),
  ...overrides,
});

function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => ({
    uid: vevent.getFirstPropertyValue('uid'),
    start: (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toString(),
    summary: vevent.getFirstPropertyValue('summary'),
    description: String(vevent.getFirstPropertyValue('description')),
    url: vevent.getFirstPropertyValue('url'),
  }));
}

describe('feedCalendar', () => {
  const options = { name: 'OnRecord', publicUrl: PUBLIC_URL, fullNames: false, now: new Date() };

  it('writes a deadline as an all-day event on its due day, whatever the server’s zone', () => {
    const [event] = parse(feedCalendar([item({})], options));
    expect(event).toEqual({
      uid: 'request-deadline-11111111-1111-4111-8111-111111111111@onrecord.example.org',
      start: '2026-12-14',
      summary: 'Response due: copies of education records — M. R.',
      description: expect.stringContaining('Rule: 34 CFR §300.613'),
      url: `${PUBLIC_URL}/cases/22222222-2222-4222-8222-222222222222`,
    });
    expect(event?.description).not.toContain('Maya');
  });

  it('writes a meeting as a timed event, linked to its page', () => {
    const [event] = parse(
      feedCalendar(
        [
          item({
            kind: 'MEETING',
            meetingId: '33333333-3333-4333-8333-333333333333',
            code: 'SECTION_504',
            title: 'SECTION_504',
            dueOn: null,
            startsAt: new Date('2026-12-15T15:30:00Z'),
            location: 'Room 4',
          }),
        ],
        { ...options, fullNames: true },
      ),
    );
    expect(event?.start).toBe('2026-12-15T15:30:00Z');
    expect(event?.summary).toBe('Section 504 meeting — Maya Rivera');
    expect(event?.url).toBe(`${PUBLIC_URL}/meetings/33333333-3333-4333-8333-333333333333`);
  });

  it('ends its last line with CRLF too', () => {
    expect(feedCalendar([], options).endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});
