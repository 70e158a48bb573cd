import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { superuserQuery } from '@onrecord/platform/database/testing';
import {
  ApiClient,
  apiOf,
  createTestApp,
  type TestApp,
  type TestAuth as Auth,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { ACCOUNTS_ENTITIES } from '@onrecord/accounts';
import {
  ORGANIZATIONS_ENTITIES,
  OrganizationMembershipLookup,
  OrganizationsModule,
} from '@onrecord/organizations';
import { DIRECTORY_ENTITIES } from './directory.entities';
import { DirectoryModule } from './directory.module';

/**
 * previewSchoolCalendar: an administrator reviews what a district's .ics says before it is
 * saved. It reads the file with the import's parser and checks, and saves nothing.
 */
const ICS = readFileSync(
  join(__dirname, '../../../test/fixtures/district-calendar-2025-26.ics'),
  'utf8',
);

/** A Texas district's feed as published: names, not categories (test/fixtures/README.md). */
const LONE_STAR = readFileSync(
  join(__dirname, '../../../test/fixtures/lone-star-isd-2026-27.ics'),
  'utf8',
);

const PREVIEW = `query ($input: ImportSchoolCalendarInput!) {
  previewSchoolCalendar(input: $input) {
    label firstDay lastDay replaces nonSchoolDays { date label } ignoredEvents { summary date reason } } }`;
const IMPORT = `mutation ($input: ImportSchoolCalendarInput!) {
  importSchoolCalendar(input: $input) { nonSchoolDayCount ignoredEvents { summary date reason } } }`;
const REVIEWED_PREVIEW = `query ($input: ImportSchoolCalendarInput!) {
  previewSchoolCalendar(input: $input) {
    label firstDay lastDay schoolDayCount nonSchoolDays { date label event }
    ignoredEvents { summary date to reason } } }`;
const REVIEWED_IMPORT = `mutation ($input: ImportSchoolCalendarInput!) {
  importSchoolCalendar(input: $input) {
    schoolYear { id label firstDay lastDay schoolDayCount nonSchoolDays { date label } }
    nonSchoolDayCount } }`;
const CREATE_DISTRICT = `mutation ($input: CreateDistrictInput!) { createDistrict(input: $input) { id } }`;

interface Preview {
  label: string;
  firstDay: string;
  lastDay: string;
  replaces: boolean;
  nonSchoolDays: Array<{ date: string; label: string }>;
  ignoredEvents: Array<{ summary: string; date: string | null; reason: string }>;
}

/** An event the import does not take: a meeting, not a closure. */
const WITH_IGNORED = ICS.replace(
  'END:VCALENDAR',
  [
    'BEGIN:VEVENT',
    'UID:board-2025-09-10@mvusd.example',
    'DTSTAMP:20250701T000000Z',
    'DTSTART;VALUE=DATE:20250910',
    'SUMMARY:School board meeting',
    'CATEGORIES:MEETING',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n'),
);

describe('previewSchoolCalendar over HTTP', () => {
  let api: TestApp<[Auth, Auth]>;
  let environment: TestEnvironment;
  let anonymous: ApiClient;
  let adminA: Auth;
  let adminB: Auth;
  let districtA: string;
  let districtB: string;
  const as = (auth: Auth) => anonymous.as(auth.accessToken);
  const yearsOf = async (districtId: string) =>
    (
      await superuserQuery<{ n: number }>(
        environment.db.adminUrl,
        'SELECT count(*)::int AS n FROM school_year WHERE district_id = $1',
        [districtId],
      )
    )[0]!.n;
  const createDistrict = async (
    auth: Auth,
    name: string,
    state = 'CA',
    timeZone = 'America/Los_Angeles',
  ) =>
    (
      await as(auth).data<{ createDistrict: { id: string } }>(CREATE_DISTRICT, {
        input: { name, state, timeZone },
      })
    ).createDistrict.id;

  beforeAll(async () => {
    api = await createTestApp(
      apiOf({
        entities: [...ACCOUNTS_ENTITIES, ...ORGANIZATIONS_ENTITIES, ...DIRECTORY_ENTITIES],
        features: [OrganizationsModule, DirectoryModule],
        membershipLookup: OrganizationMembershipLookup,
      }),
      { admins: ['a', 'b'] },
    );
    ({ environment, anonymous } = api);
    [adminA, adminB] = api.admins;
    districtA = await createDistrict(adminA, 'Maple Valley USD');
    districtB = await createDistrict(adminB, 'Cedar Falls ISD');
  });
  afterAll(() => api?.close());

  it('says what the import would save, and saves nothing', async () => {
    const { previewSchoolCalendar: preview } = await as(adminA).data<{
      previewSchoolCalendar: Preview;
    }>(PREVIEW, { input: { districtId: districtA, ics: WITH_IGNORED } });
    expect(preview).toMatchObject({
      label: '2025-26',
      firstDay: '2025-08-18',
      lastDay: '2026-06-05',
      replaces: false,
      ignoredEvents: [
        {
          summary: 'School board meeting',
          date: '2025-09-10',
          reason: expect.stringMatching(/^is a school day/),
        },
      ],
    });
    expect(preview.nonSchoolDays).toHaveLength(26);
    expect(preview.nonSchoolDays).toContainEqual({ date: '2025-12-31', label: 'Winter break' });
    expect(await yearsOf(districtA)).toBe(0);

    // The import saves exactly what was reviewed; a second preview says it would replace it.
    const imported = await as(adminA).data<{
      importSchoolCalendar: { nonSchoolDayCount: number; ignoredEvents: unknown[] };
    }>(IMPORT, { input: { districtId: districtA, ics: WITH_IGNORED } });
    expect(imported.importSchoolCalendar).toEqual({
      nonSchoolDayCount: preview.nonSchoolDays.length,
      ignoredEvents: preview.ignoredEvents,
    });
    const again = await as(adminA).data<{ previewSchoolCalendar: Preview }>(PREVIEW, {
      input: { districtId: districtA, ics: ICS },
    });
    expect(again.previewSchoolCalendar).toMatchObject({ label: '2025-26', replaces: true });
    expect(await yearsOf(districtA)).toBe(1);
  });

  it('names the ics field when the file cannot be imported', async () => {
    const notIcs = await as(adminA).errorOf(PREVIEW, {
      input: { districtId: districtA, ics: 'Dear parents, school starts on Monday.' },
    });
    expect(notIcs.code).toBe('BAD_USER_INPUT');
    expect(notIcs.fields).toEqual([
      { field: 'ics', message: expect.stringMatching(/^is not an iCalendar \(\.ics\) file/) },
    ]);
    const empty = await as(adminA).errorOf(PREVIEW, { input: { districtId: districtA, ics: ' ' } });
    expect(empty.fields).toEqual([
      { field: 'ics', message: expect.stringMatching(/^must not be empty/) },
    ]);
    // Another label for the same dates overlaps the year already imported.
    const overlap = await as(adminA).errorOf(PREVIEW, {
      input: { districtId: districtA, ics: ICS, label: 'Copy' },
    });
    expect(overlap.fields).toEqual([
      { field: 'ics', message: expect.stringMatching(/overlaps school year 2025-26/) },
    ]);
  });

  it("refuses another organization's district, and anyone signed out", async () => {
    const other = await as(adminA).errorOf(PREVIEW, { input: { districtId: districtB, ics: ICS } });
    expect(other.code).toBe('BAD_USER_INPUT');
    expect(other.fields).toEqual([{ field: 'districtId', message: expect.any(String) }]);
    expect(await yearsOf(districtB)).toBe(0);
    const none = await anonymous.errorOf(PREVIEW, { input: { districtId: districtA, ics: ICS } });
    expect(none.code).toBe('UNAUTHENTICATED');
  });

  describe("a district's feed as published, reviewed and corrected", () => {
    /** What the reviewer changed: a later first day, Good Friday a school day, Rodeo Day off. */
    const corrections = {
      firstDay: '2026-08-13',
      removeClosures: ['2027-03-26'],
      addClosures: [{ from: '2027-02-26', label: 'Rodeo Day' }],
    };
    let lonestar: string;
    const daysOf = async (districtId: string) =>
      superuserQuery<{ date: string; label: string }>(
        environment.db.adminUrl,
        `SELECT to_char(d.date, 'YYYY-MM-DD') AS date, d.label FROM non_school_day d
           JOIN school_year y ON y.id = d.school_year_id WHERE y.district_id = $1 ORDER BY d.date`,
        [districtId],
      );

    beforeAll(async () => {
      lonestar = await createDistrict(adminA, 'Lone Star ISD', 'TX', 'America/Chicago');
    });

    it('previews what it understood, then saves it as reviewed', async () => {
      const { previewSchoolCalendar: understood } = await as(adminA).data<{
        previewSchoolCalendar: Preview & {
          schoolDayCount: number;
          nonSchoolDays: Array<{ event: string | null }>;
          ignoredEvents: Array<{ to: string | null }>;
        };
      }>(REVIEWED_PREVIEW, { input: { districtId: lonestar, ics: LONE_STAR } });
      expect(understood).toMatchObject({
        label: '2026-27',
        firstDay: '2026-08-12',
        lastDay: '2027-05-27',
        schoolDayCount: 179,
      });
      expect(understood.nonSchoolDays).toHaveLength(28);
      // Presidents' Day is 06:00Z to 06:00Z: one day in the district's zone, America/Chicago.
      expect(understood.nonSchoolDays.filter((d) => d.label.startsWith('Presidents'))).toEqual([
        {
          date: '2027-02-15',
          label: "Presidents' Day - Student Holiday",
          event: "Presidents' Day - Student Holiday",
        },
      ]);
      expect(understood.ignoredEvents).toContainEqual({
        summary: 'Rodeo Day',
        date: '2027-02-26',
        to: '2027-02-26',
        reason: expect.stringMatching(/^was not understood/),
      });
      expect(await yearsOf(lonestar)).toBe(0);

      // The corrected preview, then the import with the same input: the same calendar.
      const input = { districtId: lonestar, ics: LONE_STAR, ...corrections };
      const { previewSchoolCalendar: reviewed } = await as(adminA).data<{
        previewSchoolCalendar: Preview & { schoolDayCount: number };
      }>(REVIEWED_PREVIEW, { input });
      expect(reviewed).toMatchObject({ firstDay: '2026-08-13', schoolDayCount: 178 });
      const { importSchoolCalendar: saved } = await as(adminA).data<{
        importSchoolCalendar: {
          schoolYear: { label: string; firstDay: string; lastDay: string; schoolDayCount: number };
          nonSchoolDayCount: number;
        };
      }>(REVIEWED_IMPORT, { input });
      expect(saved).toMatchObject({
        schoolYear: {
          label: '2026-27',
          firstDay: '2026-08-13',
          lastDay: '2027-05-27',
          schoolDayCount: 178,
        },
        nonSchoolDayCount: 28,
      });

      // In the database: the reviewed days, Rodeo Day in and Good Friday out.
      const [year] = await superuserQuery<{ first: string; last: string }>(
        environment.db.adminUrl,
        `SELECT to_char(first_day, 'YYYY-MM-DD') AS first, to_char(last_day, 'YYYY-MM-DD') AS last
           FROM school_year WHERE district_id = $1`,
        [lonestar],
      );
      expect(year).toEqual({ first: '2026-08-13', last: '2027-05-27' });
      const days = await daysOf(lonestar);
      expect(days.map((d) => d.date)).toEqual(reviewed.nonSchoolDays.map((d) => d.date));
      expect(days).toContainEqual({ date: '2027-02-26', label: 'Rodeo Day' });
      expect(days).toContainEqual({ date: '2027-01-05', label: 'Teacher Workday — No Students' });
      expect(days.map((d) => d.date)).not.toContain('2027-03-26');
      expect(days.filter((d) => d.label === 'Winter Break')).toHaveLength(11);
    });

    it('names the field of a correction that cannot apply', async () => {
      const refused = await as(adminA).errorOf(REVIEWED_PREVIEW, {
        input: {
          districtId: lonestar,
          ics: LONE_STAR,
          removeClosures: ['2026-09-08'],
          addClosures: [{ from: '2027-07-01', label: 'Summer' }],
        },
      });
      expect(refused.code).toBe('BAD_USER_INPUT');
      expect(refused.fields).toEqual([
        {
          field: 'removeClosures',
          message: '2026-09-08 is not a day without school in this calendar',
        },
        {
          field: 'addClosures',
          message: '2027-07-01 falls outside the school year (2026-08-12 to 2027-05-27)',
        },
      ]);
      const notDates = await as(adminA).errorOf(REVIEWED_PREVIEW, {
        input: {
          districtId: lonestar,
          ics: LONE_STAR,
          firstDay: 'August 13',
          removeClosures: ['2026-13-01'],
        },
      });
      expect(notDates.code).toBe('BAD_USER_INPUT');
      expect(notDates.fields).toEqual(
        expect.arrayContaining([
          { field: 'firstDay', message: expect.any(String) },
          { field: 'removeClosures', message: expect.any(String) },
        ]),
      );
      expect(notDates.fields).toHaveLength(2);
      const backwards = await as(adminA).errorOf(REVIEWED_PREVIEW, {
        input: { districtId: lonestar, ics: LONE_STAR, lastDay: '2026-08-01' },
      });
      expect(backwards.fields).toEqual([
        { field: 'lastDay', message: expect.stringMatching(/before its first/) },
      ]);
    });

    it("cannot preview into or import into another organization's district", async () => {
      const input = { districtId: lonestar, ics: LONE_STAR, ...corrections };
      for (const operation of [REVIEWED_PREVIEW, REVIEWED_IMPORT]) {
        const refused = await as(adminB).errorOf(operation, { input });
        expect(refused.code).toBe('BAD_USER_INPUT');
        expect(refused.fields).toEqual([{ field: 'districtId', message: expect.any(String) }]);
      }
      // What organization A saved is untouched.
      expect(await yearsOf(lonestar)).toBe(1);
      expect(await daysOf(lonestar)).toContainEqual({ date: '2027-02-26', label: 'Rodeo Day' });
    });
  });
});
