import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { DataScopes } from '@onrecord/platform/database';
import { superuserQuery } from '@onrecord/platform/database/testing';
import {
  ApiClient,
  apiOf,
  createTestApp,
  type TestApp,
  type TestAuth as Auth,
  type TestEnvironment,
  joinAs as joinOrganizationAs,
} from '@onrecord/platform/testing';
import { ACCOUNTS_ENTITIES } from '@onrecord/accounts';
import {
  ORGANIZATIONS_ENTITIES,
  OrganizationMembershipLookup,
  OrganizationsModule,
} from '@onrecord/organizations';
import { DIRECTORY_ENTITIES } from './directory.entities';
import { DirectoryModule } from './directory.module';
import { schoolDayStatuses } from './school-calendar';

/**
 * The school directory through GraphQL over HTTP: districts, school calendars (typed in or
 * imported from .ics), schools, school contacts and escalation chains, with two
 * organizations that must never see or reference each other's records.
 */
const ICS = readFileSync(
  join(__dirname, '../../../test/fixtures/district-calendar-2025-26.ics'),
  'utf8',
);

const DISTRICT = 'id name state timeZone archivedAt';
const CREATE_DISTRICT = `mutation ($input: CreateDistrictInput!) { createDistrict(input: $input) { ${DISTRICT} } }`;
const DISTRICTS = `query ($filter: DistrictFilter, $first: Int, $after: String) {
  districts(filter: $filter, first: $first, after: $after) {
    edges { node { id name } } pageInfo { hasNextPage endCursor } } }`;
const CREATE_SCHOOL = `mutation ($input: CreateSchoolInput!) { createSchool(input: $input) { id name districtId } }`;
const SCHOOLS = `query ($filter: SchoolFilter) { schools(filter: $filter) { edges { node { id name } } } }`;
const CONTACT = 'id name role title email phone schoolId districtId archivedAt';
const CREATE_CONTACT = `mutation ($input: CreateSchoolContactInput!) {
  createSchoolContact(input: $input) { ${CONTACT} } }`;
const CONTACTS = `query ($filter: SchoolContactFilter) {
  schoolContacts(filter: $filter) { edges { node { id name } } } }`;
const SET_CHAIN = `mutation ($schoolId: ID!, $contactIds: [ID!]!) {
  setEscalationChain(schoolId: $schoolId, contactIds: $contactIds) { id escalationChain { id name } } }`;
const YEAR = 'id label firstDay lastDay schoolDayCount nonSchoolDays { date label }';
const CREATE_YEAR = `mutation ($input: CreateSchoolYearInput!) { createSchoolYear(input: $input) { ${YEAR} } }`;
const IMPORT = `mutation ($input: ImportSchoolCalendarInput!) {
  importSchoolCalendar(input: $input) {
    schoolYear { ${YEAR} } replaced nonSchoolDayCount ignoredEvents { summary date reason } } }`;

interface Page {
  edges: Array<{ node: { id: string; name: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
type Year = {
  id: string;
  label: string;
  firstDay: string;
  lastDay: string;
  schoolDayCount: number;
  nonSchoolDays: Array<{ date: string; label: string }>;
};

describe('school directory over HTTP', () => {
  let api: TestApp<[Auth, Auth]>;
  let environment: TestEnvironment;
  let app: INestApplication;
  let anonymous: ApiClient;
  let adminA: Auth;
  let adminB: Auth;
  const as = (auth: Auth) => anonymous.as(auth.accessToken);
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    superuserQuery<T>(environment.db.adminUrl, text, params);

  /** A member of A with `role`, signed in to A (the membership is written directly). */
  const memberOfA = (label: string, role: string): Promise<Auth> =>
    joinOrganizationAs(
      anonymous,
      environment.db.adminUrl,
      label,
      adminA.activeOrganization!.id,
      role,
    );

  const createDistrict = async (auth: Auth, name: string, state = 'CA') =>
    (
      await as(auth).data<{ createDistrict: { id: string; name: string } }>(CREATE_DISTRICT, {
        input: { name, state, timeZone: 'America/Los_Angeles' },
      })
    ).createDistrict;
  const createSchool = async (auth: Auth, districtId: string, name: string) =>
    (
      await as(auth).data<{ createSchool: { id: string; name: string } }>(CREATE_SCHOOL, {
        input: { districtId, name },
      })
    ).createSchool;
  const createContact = async (auth: Auth, input: Record<string, unknown>) =>
    (
      await as(auth).data<{ createSchoolContact: { id: string; name: string; phone: string } }>(
        CREATE_CONTACT,
        { input: { role: 'TEACHER', ...input } },
      )
    ).createSchoolContact;
  const names = (page: Page) => page.edges.map((edge) => edge.node.name);

  beforeAll(async () => {
    api = await createTestApp(
      apiOf({
        entities: [...ACCOUNTS_ENTITIES, ...ORGANIZATIONS_ENTITIES, ...DIRECTORY_ENTITIES],
        features: [OrganizationsModule, DirectoryModule],
        membershipLookup: OrganizationMembershipLookup,
      }),
      { admins: ['a', 'b'] },
    );
    ({ environment, app, anonymous } = api);
    [adminA, adminB] = api.admins;
  });
  afterAll(() => api?.close());

  describe('districts', () => {
    it('creates, reads and updates a district', async () => {
      const made = await as(adminA).data<{ createDistrict: Record<string, unknown> }>(
        CREATE_DISTRICT,
        { input: { name: ' Maple Valley USD ', state: 'CA', timeZone: 'America/Los_Angeles' } },
      );
      expect(made.createDistrict).toMatchObject({
        name: 'Maple Valley USD',
        state: 'CA',
        timeZone: 'America/Los_Angeles',
        archivedAt: null,
      });
      const id = made.createDistrict['id'] as string;
      const { updateDistrict } = await as(adminA).data<{ updateDistrict: { name: string } }>(
        `mutation ($id: ID!) { updateDistrict(id: $id, input: { name: "Maple Valley Unified" }) { ${DISTRICT} } }`,
        { id },
      );
      expect(updateDistrict).toMatchObject({ name: 'Maple Valley Unified', state: 'CA' });
      const { district } = await as(adminA).data<{ district: { name: string } }>(
        `query ($id: ID!) { district(id: $id) { ${DISTRICT} } }`,
        { id },
      );
      expect(district.name).toBe('Maple Valley Unified');
    });

    it('says which field is wrong and why', async () => {
      const error = await as(adminA).errorOf(CREATE_DISTRICT, {
        input: { name: '', state: 'ZZ', timeZone: 'Mars/Olympus' },
      });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.fields).toEqual(
        expect.arrayContaining([
          { field: 'name', message: 'must not be empty' },
          expect.objectContaining({ field: 'state' }),
          { field: 'timeZone', message: 'must be an IANA time zone such as America/Chicago' },
        ]),
      );
    });

    it('lists by name then id, pages, filters by state and name, hides archived', async () => {
      await createDistrict(adminA, 'Zeta ISD', 'TX');
      await createDistrict(adminA, 'Zeta ISD', 'TX'); // same name: id keeps the order stable
      await createDistrict(adminA, 'Alpha_Percent% District', 'NY');
      const archived = await createDistrict(adminA, 'Zeta Old ISD', 'TX');
      await as(adminA).data('mutation ($id: ID!) { archiveDistrict(id: $id) { id } }', {
        id: archived.id,
      });

      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: { districts: Page } = await as(adminA).data<{ districts: Page }>(DISTRICTS, {
          first: 2,
          after,
        });
        seen.push(...page.districts.edges.map((e) => e.node.id));
        if (!page.districts.pageInfo.hasNextPage) break;
        after = page.districts.pageInfo.endCursor;
      }
      const all = await as(adminA).data<{ districts: Page }>(DISTRICTS, { first: 100 });
      expect(seen).toEqual(all.districts.edges.map((e) => e.node.id));
      expect(names(all.districts)).toEqual([...names(all.districts)].sort());
      expect(names(all.districts)).not.toContain('Zeta Old ISD');

      const texas = await as(adminA).data<{ districts: Page }>(DISTRICTS, {
        filter: { state: 'TX', search: 'zeta' },
      });
      expect(names(texas.districts)).toEqual(['Zeta ISD', 'Zeta ISD']);
      const withArchived = await as(adminA).data<{ districts: Page }>(DISTRICTS, {
        filter: { state: 'TX', includeArchived: true },
      });
      expect(names(withArchived.districts)).toContain('Zeta Old ISD');
      // `%` and `_` are letters to search for, not wildcards.
      const literal = await as(adminA).data<{ districts: Page }>(DISTRICTS, {
        filter: { search: '_percent%' },
      });
      expect(names(literal.districts)).toEqual(['Alpha_Percent% District']);
      const none = await as(adminA).data<{ districts: Page }>(DISTRICTS, {
        filter: { search: 'a%d' },
      });
      expect(names(none.districts)).toEqual([]);

      await as(adminA).data('mutation ($id: ID!) { restoreDistrict(id: $id) { id } }', {
        id: archived.id,
      });
      const restored = await as(adminA).data<{ districts: Page }>(DISTRICTS, {
        filter: { state: 'TX' },
      });
      expect(names(restored.districts)).toContain('Zeta Old ISD');
    });

    it('refuses a cursor it did not give out', async () => {
      const error = await as(adminA).errorOf(DISTRICTS, { after: 'bm9wZQ' });
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
    });

    it('deletes a district only while nothing depends on it', async () => {
      const empty = await createDistrict(adminA, 'Empty District');
      await as(adminA).data(CREATE_YEAR, {
        input: {
          districtId: empty.id,
          label: '2030-31',
          firstDay: '2030-08-19',
          lastDay: '2031-06-06',
        },
      });
      const deleted = await as(adminA).data<{ deleteDistrict: { id: string } }>(
        'mutation ($id: ID!) { deleteDistrict(id: $id) { id name } }',
        { id: empty.id },
      );
      expect(deleted.deleteDistrict.id).toBe(empty.id);

      const used = await createDistrict(adminA, 'Used District');
      await createSchool(adminA, used.id, 'Used School');
      const error = await as(adminA).errorOf(
        'mutation ($id: ID!) { deleteDistrict(id: $id) { id } }',
        { id: used.id },
      );
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toMatch(/Archive it instead/);
    });
  });

  describe('school calendars', () => {
    let districtId: string;
    beforeAll(async () => {
      districtId = (await createDistrict(adminA, 'Calendar District')).id;
    });

    it('expands a break to one non-school day per weekday and counts school days', async () => {
      const { createSchoolYear } = await as(adminA).data<{ createSchoolYear: Year }>(CREATE_YEAR, {
        input: {
          districtId,
          label: '2025-26',
          firstDay: '2025-08-18',
          lastDay: '2026-06-05',
          nonSchoolDays: [
            { from: '2025-12-22', to: '2026-01-02', label: 'Winter break' },
            { from: '2025-09-01', label: 'Labor Day' },
          ],
        },
      });
      expect(createSchoolYear.nonSchoolDays).toHaveLength(11);
      expect(createSchoolYear.nonSchoolDays[0]).toEqual({ date: '2025-09-01', label: 'Labor Day' });
      expect(createSchoolYear.nonSchoolDays.map((d) => d.date)).not.toContain('2025-12-27');
      expect(createSchoolYear.schoolDayCount).toBe(210 - 11);

      const YEAR_ID = { id: createSchoolYear.id };
      const added = await as(adminA).data<{ addNonSchoolDays: Year }>(
        `mutation ($id: ID!) { addNonSchoolDays(schoolYearId: $id, days: [
          { from: "2025-11-24", to: "2025-11-28", label: "Thanksgiving break" },
          { from: "2025-09-01", label: "Labor Day (observed)" }]) { ${YEAR} } }`,
        YEAR_ID,
      );
      expect(added.addNonSchoolDays.schoolDayCount).toBe(210 - 16);
      expect(added.addNonSchoolDays.nonSchoolDays[0]!.label).toBe('Labor Day (observed)');

      const removed = await as(adminA).data<{ removeNonSchoolDays: Year }>(
        `mutation ($id: ID!) { removeNonSchoolDays(schoolYearId: $id, dates: ["2025-11-24"]) { ${YEAR} } }`,
        YEAR_ID,
      );
      expect(removed.removeNonSchoolDays.schoolDayCount).toBe(210 - 15);
      const notThere = await as(adminA).errorOf(
        `mutation ($id: ID!) { removeNonSchoolDays(schoolYearId: $id, dates: ["2025-11-24"]) { id } }`,
        YEAR_ID,
      );
      expect(notThere).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'dates.0' }] });

      // Shortening the year drops the non-school days left outside it.
      const shortened = await as(adminA).data<{ updateSchoolYear: Year }>(
        `mutation ($id: ID!) { updateSchoolYear(id: $id, input: { lastDay: "2025-12-31" }) { ${YEAR} } }`,
        YEAR_ID,
      );
      expect(shortened.updateSchoolYear.nonSchoolDays.map((d) => d.date)).not.toContain(
        '2026-01-02',
      );
      expect(shortened.updateSchoolYear.nonSchoolDays).toHaveLength(1 + 4 + 8);

      const { district } = await as(adminA).data<{
        district: { schoolYears: Array<{ label: string }> };
      }>('query ($id: ID!) { district(id: $id) { schoolYears { label } } }', { id: districtId });
      expect(district.schoolYears).toEqual([{ label: '2025-26' }]);

      await as(adminA).data('mutation ($id: ID!) { deleteSchoolYear(id: $id) { id } }', YEAR_ID);
      const gone = await as(adminA).errorOf(
        'query ($id: ID!) { schoolYear(id: $id) { id } }',
        YEAR_ID,
      );
      expect(gone.code).toBe('NOT_FOUND');
    });

    it('names the field of each calendar mistake', async () => {
      const backwards = await as(adminA).errorOf(CREATE_YEAR, {
        input: { districtId, label: 'X', firstDay: '2025-08-18', lastDay: '2025-08-01' },
      });
      expect(backwards).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'lastDay', message: 'must not be before the first day (2025-08-18)' }],
      });

      const days = await as(adminA).errorOf(CREATE_YEAR, {
        input: {
          districtId,
          label: 'Y',
          firstDay: '2027-08-16',
          lastDay: '2028-06-02',
          nonSchoolDays: [
            { from: '2027-09-06', label: 'Labor Day' },
            { from: '2027-07-04', label: 'Summer' },
            { from: '2027-12-31', to: '2027-12-20', label: 'Backwards' },
            { from: '2027-13-01', label: 'No such date' },
          ],
        },
      });
      expect(days.code).toBe('BAD_USER_INPUT');
      expect(days.fields).toEqual([
        {
          field: 'nonSchoolDays.3.from',
          message: 'must be a date written YYYY-MM-DD, e.g. 2025-10-06',
        },
      ]);
      const outside = await as(adminA).errorOf(CREATE_YEAR, {
        input: {
          districtId,
          label: 'Y',
          firstDay: '2027-08-16',
          lastDay: '2028-06-02',
          nonSchoolDays: [
            { from: '2027-07-04', label: 'Summer' },
            { from: '2027-12-31', to: '2027-12-20', label: 'Backwards' },
          ],
        },
      });
      expect(outside.fields).toEqual([
        {
          field: 'nonSchoolDays.0.from',
          message: 'must be inside the school year (2027-08-16 to 2028-06-02)',
        },
        { field: 'nonSchoolDays.1.to', message: 'must not be before from (2027-12-31)' },
      ]);

      await as(adminA).data(CREATE_YEAR, {
        input: { districtId, label: '2027-28', firstDay: '2027-08-16', lastDay: '2028-06-02' },
      });
      const duplicate = await as(adminA).errorOf(CREATE_YEAR, {
        input: { districtId, label: '2027-28', firstDay: '2028-08-14', lastDay: '2029-06-01' },
      });
      expect(duplicate).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'label', message: 'the district already has a school year labelled 2027-28' },
        ],
      });
      const overlap = await as(adminA).errorOf(CREATE_YEAR, {
        input: { districtId, label: 'Overlap', firstDay: '2028-01-10', lastDay: '2028-09-01' },
      });
      expect(overlap.fields).toEqual([
        {
          field: 'firstDay',
          message: 'overlaps school year 2027-28 (2027-08-16 to 2028-06-02)',
        },
      ]);
    });

    it('imports the district calendar .ics: 184 school days', async () => {
      const districtId = (await createDistrict(adminA, 'Maple Valley USD')).id;
      const imported = await as(adminA).data<{
        importSchoolCalendar: {
          schoolYear: Year;
          replaced: boolean;
          nonSchoolDayCount: number;
          ignoredEvents: unknown[];
        };
      }>(IMPORT, { input: { districtId, ics: ICS } });
      const result = imported.importSchoolCalendar;
      expect(result).toMatchObject({ replaced: false, nonSchoolDayCount: 26, ignoredEvents: [] });
      expect(result.schoolYear).toMatchObject({
        label: '2025-26',
        firstDay: '2025-08-18',
        lastDay: '2026-06-05',
        schoolDayCount: 184,
      });
      expect(result.schoolYear.nonSchoolDays.find((d) => d.date === '2025-12-31')).toEqual({
        date: '2025-12-31',
        label: 'Winter break',
      });

      // The calendar is what schoolDayStatuses reads for attendance and deadlines.
      const statuses = await app
        .get(DataScopes)
        .run({ organizationId: adminA.activeOrganization!.id }, undefined, (scope) =>
          schoolDayStatuses(scope, districtId, [
            '2025-10-06',
            '2025-10-13',
            '2025-10-11',
            '2025-08-15',
            '2024-01-08',
          ]),
        );
      expect(Object.fromEntries(statuses)).toEqual({
        '2025-10-06': { kind: 'SCHOOL_DAY' },
        '2025-10-13': { kind: 'NON_SCHOOL_DAY', label: "Indigenous Peoples' Day" },
        '2025-10-11': { kind: 'WEEKEND' },
        '2025-08-15': { kind: 'OUTSIDE_SCHOOL_YEAR' },
        '2024-01-08': { kind: 'NO_CALENDAR' },
      });

      // Importing again replaces that year's non-school days.
      const revised = ICS.replace(/BEGIN:VEVENT\r?\nUID:closure-9[\s\S]*?END:VEVENT\r?\n/, '');
      const again = await as(adminA).data<{
        importSchoolCalendar: { schoolYear: Year; replaced: boolean; nonSchoolDayCount: number };
      }>(IMPORT, { input: { districtId, ics: revised } });
      expect(again.importSchoolCalendar).toMatchObject({
        replaced: true,
        nonSchoolDayCount: 25,
        schoolYear: { id: result.schoolYear.id, schoolDayCount: 185 },
      });
    });

    it('refuses text that is not iCalendar and names what the calendar lacks', async () => {
      const notIcs = await as(adminA).errorOf(IMPORT, {
        input: { districtId, ics: 'Dear parents, school starts on Monday.' },
      });
      expect(notIcs.code).toBe('BAD_USER_INPUT');
      expect(notIcs.fields).toEqual([
        { field: 'ics', message: expect.stringMatching(/^is not an iCalendar \(\.ics\) file/) },
      ]);
      // Neither tagged nor named as a last day.
      const noLastDay = ICS.replace(
        /SUMMARY:Last day of school\r?\nCATEGORIES:LAST_INSTRUCTIONAL_DAY/,
        'SUMMARY:Promotion ceremony\r\nCATEGORIES:EVENT',
      );
      const missing = await as(adminA).errorOf(IMPORT, {
        input: { districtId, ics: noLastDay, label: 'Missing' },
      });
      expect(missing.fields).toEqual([
        {
          field: 'ics',
          message:
            'has no last instructional day (an event such as "Last Day of School", or with CATEGORIES:LAST_INSTRUCTIONAL_DAY)',
        },
      ]);
    });
  });

  describe('schools, contacts and escalation chains', () => {
    let districtId: string;
    let otherDistrictId: string;
    let schoolId: string;
    beforeAll(async () => {
      districtId = (await createDistrict(adminA, 'Chain District')).id;
      otherDistrictId = (await createDistrict(adminA, 'Neighbor District')).id;
      schoolId = (await createSchool(adminA, districtId, 'Lamar Middle')).id;
    });

    it('creates, updates, lists, archives and restores schools', async () => {
      const school = await createSchool(adminA, districtId, 'Austin High');
      const { updateSchool } = await as(adminA).data<{ updateSchool: { name: string } }>(
        'mutation ($id: ID!) { updateSchool(id: $id, input: { name: "Stephen F. Austin High" }) { name district { id name } } }',
        { id: school.id },
      );
      expect(updateSchool).toEqual({
        name: 'Stephen F. Austin High',
        district: { id: districtId, name: 'Chain District' },
      });
      await as(adminA).data('mutation ($id: ID!) { archiveSchool(id: $id) { id } }', school);
      const active = await as(adminA).data<{ schools: Page }>(SCHOOLS, { filter: { districtId } });
      expect(names(active.schools)).toEqual(['Lamar Middle']);
      const all = await as(adminA).data<{ schools: Page }>(SCHOOLS, {
        filter: { districtId, includeArchived: true, search: 'AUSTIN' },
      });
      expect(names(all.schools)).toEqual(['Stephen F. Austin High']);
      await as(adminA).data('mutation ($id: ID!) { restoreSchool(id: $id) { id } }', school);
      const { district } = await as(adminA).data<{
        district: { schools: Array<{ name: string }> };
      }>('query ($id: ID!) { district(id: $id) { schools { name } } }', { id: districtId });
      expect(district.schools.map((s) => s.name)).toEqual([
        'Lamar Middle',
        'Stephen F. Austin High',
      ]);

      const badDistrict = await as(adminA).errorOf(CREATE_SCHOOL, {
        input: { districtId: '00000000-0000-4000-8000-000000000000', name: 'Nowhere' },
      });
      expect(badDistrict).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'districtId', message: 'names no district of your organization' }],
      });
      await as(adminA).data('mutation ($id: ID!) { deleteSchool(id: $id) { id } }', school);
    });

    it('creates contacts with E.164 phones; a school of another district is refused', async () => {
      const contact = await as(adminA).data<{ createSchoolContact: Record<string, unknown> }>(
        CREATE_CONTACT,
        {
          input: {
            districtId,
            schoolId,
            name: 'Ms. Rivera',
            role: 'CASE_MANAGER',
            title: 'Special education case manager',
            email: 'rivera@lamar.example.org',
            phone: '(512) 555-0123',
          },
        },
      );
      expect(contact.createSchoolContact).toMatchObject({
        role: 'CASE_MANAGER',
        phone: '+15125550123',
        schoolId,
        districtId,
      });

      const bad = await as(adminA).errorOf(CREATE_CONTACT, {
        input: { districtId, name: 'X', role: 'TEACHER', email: 'nope', phone: '123' },
      });
      expect(bad.fields).toEqual(
        expect.arrayContaining([
          { field: 'email', message: 'must be an email address such as name@example.org' },
          expect.objectContaining({ field: 'phone' }),
        ]),
      );
      const otherDistrictSchool = await createSchool(
        adminA,
        otherDistrictId,
        'Neighbor Elementary',
      );
      const wrongSchool = await as(adminA).errorOf(CREATE_CONTACT, {
        input: { districtId, schoolId: otherDistrictSchool.id, name: 'X', role: 'TEACHER' },
      });
      expect(wrongSchool).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'schoolId', message: 'Neighbor Elementary is a school of another district' },
        ],
      });

      const { updateSchoolContact } = await as(adminA).data<{
        updateSchoolContact: Record<string, unknown>;
      }>(
        `mutation ($id: ID!) { updateSchoolContact(id: $id, input: { phone: null, role: TEACHER }) { ${CONTACT} school { name } } }`,
        { id: contact.createSchoolContact['id'] },
      );
      expect(updateSchoolContact).toMatchObject({
        phone: null,
        role: 'TEACHER',
        email: 'rivera@lamar.example.org',
        school: { name: 'Lamar Middle' },
      });
    });

    it('filters contacts by school, district staff, role and search', async () => {
      await createContact(adminA, {
        districtId,
        name: 'Dr. Okafor',
        role: 'SPECIAL_EDUCATION_DIRECTOR',
        email: 'okafor@district.example.org',
      });
      const ofSchool = await as(adminA).data<{ schoolContacts: Page }>(CONTACTS, {
        filter: { schoolId },
      });
      expect(names(ofSchool.schoolContacts)).toEqual(['Ms. Rivera']);
      const withStaff = await as(adminA).data<{ schoolContacts: Page }>(CONTACTS, {
        filter: { schoolId, withDistrictStaff: true },
      });
      expect(names(withStaff.schoolContacts)).toEqual(['Dr. Okafor', 'Ms. Rivera']);
      const directors = await as(adminA).data<{ schoolContacts: Page }>(CONTACTS, {
        filter: { districtId, role: 'SPECIAL_EDUCATION_DIRECTOR' },
      });
      expect(names(directors.schoolContacts)).toEqual(['Dr. Okafor']);
      const byEmail = await as(adminA).data<{ schoolContacts: Page }>(CONTACTS, {
        filter: { search: 'okafor@' },
      });
      expect(names(byEmail.schoolContacts)).toEqual(['Dr. Okafor']);
      const { district } = await as(adminA).data<{
        district: { contacts: Array<{ name: string }> };
      }>('query ($id: ID!) { district(id: $id) { contacts { name } } }', { id: districtId });
      expect(district.contacts).toEqual([{ name: 'Dr. Okafor' }]);
    });

    it('sets the escalation chain in order, and refuses contacts that do not fit', async () => {
      const teacher = await createContact(adminA, { districtId, schoolId, name: 'Mr. Chen' });
      const principal = await createContact(adminA, {
        districtId,
        schoolId,
        name: 'Principal Gomez',
        role: 'PRINCIPAL',
      });
      const director = await createContact(adminA, {
        districtId,
        name: 'Director Banks',
        role: 'SPECIAL_EDUCATION_DIRECTOR',
      });
      const otherSchool = await createSchool(adminA, districtId, 'Other Middle');
      const elsewhere = await createContact(adminA, {
        districtId,
        schoolId: otherSchool.id,
        name: 'Elsewhere Teacher',
      });
      const neighbor = await createContact(adminA, {
        districtId: otherDistrictId,
        name: 'Neighbor Director',
        role: 'SPECIAL_EDUCATION_DIRECTOR',
      });
      const archived = await createContact(adminA, { districtId, schoolId, name: 'Gone Teacher' });
      await as(adminA).data(
        'mutation ($id: ID!) { archiveSchoolContact(id: $id) { id } }',
        archived,
      );

      const { setEscalationChain } = await as(adminA).data<{
        setEscalationChain: { escalationChain: Array<{ name: string }> };
      }>(SET_CHAIN, { schoolId, contactIds: [teacher.id, principal.id, director.id] });
      expect(setEscalationChain.escalationChain.map((c) => c.name)).toEqual([
        'Mr. Chen',
        'Principal Gomez',
        'Director Banks',
      ]);

      const refused = await as(adminA).errorOf(SET_CHAIN, {
        schoolId,
        contactIds: [principal.id, elsewhere.id, neighbor.id, archived.id, principal.id, 'nope'],
      });
      expect(refused.code).toBe('BAD_USER_INPUT');
      expect(refused.fields).toEqual([
        {
          field: 'contactIds.1',
          message:
            'Elsewhere Teacher is not staff of Lamar Middle nor district-wide staff of its district',
        },
        {
          field: 'contactIds.2',
          message:
            'Neighbor Director is not staff of Lamar Middle nor district-wide staff of its district',
        },
        {
          field: 'contactIds.3',
          message: 'names Gone Teacher, who is archived: restore them first',
        },
        { field: 'contactIds.4', message: 'lists Principal Gomez again (already at contactIds.0)' },
        { field: 'contactIds.5', message: 'names no school contact of your organization' },
      ]);

      // Reordering replaces the chain whole.
      const reordered = await as(adminA).data<{
        setEscalationChain: { escalationChain: Array<{ name: string }> };
      }>(SET_CHAIN, { schoolId, contactIds: [director.id, teacher.id] });
      expect(reordered.setEscalationChain.escalationChain.map((c) => c.name)).toEqual([
        'Director Banks',
        'Mr. Chen',
      ]);

      // A contact in a chain cannot be deleted; once out of it, they can.
      const inChain = await as(adminA).errorOf(
        'mutation ($id: ID!) { deleteSchoolContact(id: $id) { id } }',
        teacher,
      );
      expect(inChain.code).toBe('CONFLICT');
      expect(inChain.message).toMatch(/escalation chain of Lamar Middle/);
      await as(adminA).data(SET_CHAIN, { schoolId, contactIds: [director.id] });
      await as(adminA).data('mutation ($id: ID!) { deleteSchoolContact(id: $id) { id } }', teacher);

      // Nor moved to a school whose chain they would not fit.
      const moved = await as(adminA).errorOf(
        'mutation ($id: ID!, $schoolId: ID) { updateSchoolContact(id: $id, input: { schoolId: $schoolId }) { id } }',
        { id: director.id, schoolId: otherSchool.id },
      );
      expect(moved).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'schoolId' }] });
    });

    it('resolves the relations of a list with a constant number of queries', async () => {
      for (const name of ['Loader A', 'Loader B', 'Loader C', 'Loader D', 'Loader E']) {
        await createSchool(adminA, districtId, name);
      }
      const LIST = `query ($first: Int) { schools(first: $first) { edges { node {
        name district { name schools { name } contacts { name } schoolYears { label } }
        escalationChain { name school { name } } contacts { name district { name } } } } } }`;
      const queriesFor = async (first: number) => {
        const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
        try {
          const { schools } = await as(adminA).data<{ schools: Page }>(LIST, { first });
          expect(schools.edges).toHaveLength(first);
          return spy.mock.calls.length;
        } finally {
          spy.mockRestore();
        }
      };
      const few = await queriesFor(2);
      expect(few).toBeGreaterThan(5); // the spy sees the queries
      expect(await queriesFor(6)).toBe(few);
    });
  });

  describe('roles', () => {
    it('lets an analyst read but not write, and only admins delete', async () => {
      const district = await createDistrict(adminA, 'Roles District');
      const school = await createSchool(adminA, district.id, 'Roles School');
      const analyst = await memberOfA('analyst', 'ANALYST');
      const advocate = await memberOfA('advocate', 'ADVOCATE');

      const read = await as(analyst).data<{ school: { name: string } }>(
        'query ($id: ID!) { school(id: $id) { name } }',
        school,
      );
      expect(read.school.name).toBe('Roles School');
      const writes: Array<[string, Record<string, unknown>]> = [
        [CREATE_DISTRICT, { input: { name: 'N', state: 'CA', timeZone: 'UTC' } }],
        ['mutation ($id: ID!) { archiveSchool(id: $id) { id } }', school],
        [CREATE_CONTACT, { input: { districtId: district.id, name: 'N', role: 'TEACHER' } }],
        [SET_CHAIN, { schoolId: school.id, contactIds: [] }],
        [IMPORT, { input: { districtId: district.id, ics: ICS } }],
      ];
      for (const [query, variables] of writes) {
        expect((await as(analyst).errorOf(query, variables)).code).toBe('FORBIDDEN');
      }

      const made = await createSchool(advocate, district.id, 'Advocate School');
      const denied = await as(advocate).errorOf(
        'mutation ($id: ID!) { deleteSchool(id: $id) { id } }',
        made,
      );
      expect(denied.code).toBe('FORBIDDEN');
    });
  });

  describe('two organizations', () => {
    it('B can neither see, change nor reference A’s directory', async () => {
      const district = await createDistrict(adminA, 'Private District');
      const school = await createSchool(adminA, district.id, 'Private School');
      const contact = await createContact(adminA, {
        districtId: district.id,
        schoolId: school.id,
        name: 'Private Contact',
      });
      const { createSchoolYear: year } = await as(adminA).data<{ createSchoolYear: Year }>(
        CREATE_YEAR,
        {
          input: {
            districtId: district.id,
            label: '2025-26',
            firstDay: '2025-08-18',
            lastDay: '2026-06-05',
            nonSchoolDays: [{ from: '2025-09-01', label: 'Labor Day' }],
          },
        },
      );
      const b = as(adminB);

      const notFound: Array<[string, Record<string, unknown>]> = [
        ['query ($id: ID!) { district(id: $id) { id } }', district],
        ['mutation ($id: ID!) { updateDistrict(id: $id, input: { name: "x" }) { id } }', district],
        ['mutation ($id: ID!) { archiveDistrict(id: $id) { id } }', district],
        ['mutation ($id: ID!) { restoreDistrict(id: $id) { id } }', district],
        ['mutation ($id: ID!) { deleteDistrict(id: $id) { id } }', district],
        ['query ($id: ID!) { school(id: $id) { id } }', school],
        ['mutation ($id: ID!) { updateSchool(id: $id, input: { name: "x" }) { id } }', school],
        ['mutation ($id: ID!) { archiveSchool(id: $id) { id } }', school],
        ['mutation ($id: ID!) { restoreSchool(id: $id) { id } }', school],
        ['mutation ($id: ID!) { deleteSchool(id: $id) { id } }', school],
        [SET_CHAIN, { schoolId: school.id, contactIds: [] }],
        ['query ($id: ID!) { schoolContact(id: $id) { id } }', contact],
        [
          'mutation ($id: ID!) { updateSchoolContact(id: $id, input: { name: "x" }) { id } }',
          contact,
        ],
        ['mutation ($id: ID!) { archiveSchoolContact(id: $id) { id } }', contact],
        ['mutation ($id: ID!) { restoreSchoolContact(id: $id) { id } }', contact],
        ['mutation ($id: ID!) { deleteSchoolContact(id: $id) { id } }', contact],
        ['query ($id: ID!) { schoolYear(id: $id) { id } }', year],
        ['mutation ($id: ID!) { updateSchoolYear(id: $id, input: { label: "x" }) { id } }', year],
        [
          'mutation ($id: ID!) { addNonSchoolDays(schoolYearId: $id, days: [{ from: "2025-09-02", label: "x" }]) { id } }',
          year,
        ],
        [
          'mutation ($id: ID!) { removeNonSchoolDays(schoolYearId: $id, dates: ["2025-09-01"]) { id } }',
          year,
        ],
        ['mutation ($id: ID!) { deleteSchoolYear(id: $id) { id } }', year],
      ];
      for (const [query, variables] of notFound) {
        const error = await b.errorOf(query, variables);
        expect({ query, code: error.code }).toEqual({ query, code: 'NOT_FOUND' });
      }

      const bDistrict = await createDistrict(adminB, 'B District');
      const bSchool = await createSchool(adminB, bDistrict.id, 'B School');
      const badInput: Array<[string, Record<string, unknown>, string]> = [
        [CREATE_SCHOOL, { input: { districtId: district.id, name: 'x' } }, 'districtId'],
        [
          CREATE_CONTACT,
          { input: { districtId: district.id, name: 'x', role: 'TEACHER' } },
          'districtId',
        ],
        [
          CREATE_CONTACT,
          { input: { districtId: bDistrict.id, schoolId: school.id, name: 'x', role: 'TEACHER' } },
          'schoolId',
        ],
        [SET_CHAIN, { schoolId: bSchool.id, contactIds: [contact.id] }, 'contactIds.0'],
        [
          CREATE_YEAR,
          {
            input: {
              districtId: district.id,
              label: 'x',
              firstDay: '2025-08-18',
              lastDay: '2026-06-05',
            },
          },
          'districtId',
        ],
        [IMPORT, { input: { districtId: district.id, ics: ICS } }, 'districtId'],
      ];
      for (const [query, variables, field] of badInput) {
        const error = await b.errorOf(query, variables);
        expect({ query, code: error.code, fields: error.fields }).toEqual({
          query,
          code: 'BAD_USER_INPUT',
          fields: [expect.objectContaining({ field })],
        });
      }

      const lists = await b.data<{ districts: Page; schools: Page; schoolContacts: Page }>(
        '{ districts(filter: { includeArchived: true }) { edges { node { id name } } } schools(filter: { includeArchived: true }) { edges { node { id name } } } schoolContacts(filter: { includeArchived: true }) { edges { node { id name } } } }',
      );
      expect(names(lists.districts)).toEqual(['B District']);
      expect(names(lists.schools)).toEqual(['B School']);
      expect(names(lists.schoolContacts)).toEqual([]);
      // Nothing of A's changed.
      const [row] = await sql<{ name: string; archived_at: Date | null }>(
        'SELECT name, archived_at FROM district WHERE id = $1',
        [district.id],
      );
      expect(row).toEqual({ name: 'Private District', archived_at: null });
    });
  });
});
