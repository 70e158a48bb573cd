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

const PREVIEW = `query ($input: ImportSchoolCalendarInput!) {
  previewSchoolCalendar(input: $input) {
    label firstDay lastDay replaces nonSchoolDays { date label } ignoredEvents { summary date reason } } }`;
const IMPORT = `mutation ($input: ImportSchoolCalendarInput!) {
  importSchoolCalendar(input: $input) { nonSchoolDayCount ignoredEvents { summary date reason } } }`;
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
  const createDistrict = async (auth: Auth, name: string) =>
    (
      await as(auth).data<{ createDistrict: { id: string } }>(CREATE_DISTRICT, {
        input: { name, state: 'CA', timeZone: 'America/Los_Angeles' },
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
          reason: expect.stringMatching(/^has none of the categories FIRST_INSTRUCTIONAL_DAY/),
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
});
