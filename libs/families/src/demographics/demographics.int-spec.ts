import { createTestApp, joinAs, type TestApp, type TestAuth } from '@onrecord/platform/testing';
import { FAMILIES_API } from '../testing/families-api';

const FAMILY = `id demographics { county postalCode placeDeclined }
  guardians { id demographics { primaryLanguage primaryLanguageDeclined } }
  students { id demographics { raceEthnicity primaryDisability } }`;
const READ = `query ($id: ID!) { family(id: $id) { ${FAMILY} } }`;
const SET_STUDENT = `mutation ($id: ID!, $input: StudentDemographicsInput!) {
  setStudentDemographics(studentId: $id, input: $input) { id demographics { raceEthnicity primaryDisability } } }`;
const SET_GUARDIAN = `mutation ($id: ID!, $input: GuardianDemographicsInput!) {
  setGuardianDemographics(guardianId: $id, input: $input) { id demographics { primaryLanguage primaryLanguageDeclined } } }`;
const SET_FAMILY = `mutation ($id: ID!, $input: FamilyDemographicsInput!) {
  setFamilyDemographics(familyId: $id, input: $input) { id demographics { county postalCode placeDeclined } } }`;

interface Family {
  id: string;
  demographics: Record<string, unknown>;
  guardians: Array<{ id: string; demographics: Record<string, unknown> }>;
  students: Array<{ id: string; demographics: Record<string, unknown> }>;
}

/**
 * Demographics funders ask for: optional (null until asked), "declined to say" always a
 * choice, recorded and read by admins and advocates only — an analyst, even one granted the
 * family records, gets FORBIDDEN — and out of another organization's reach.
 */
describe('demographics', () => {
  let api: TestApp<[TestAuth, TestAuth]>;
  let admin: TestAuth;
  let otherAdmin: TestAuth;
  let family: Family;

  const as = (auth: TestAuth) => api.anonymous.as(auth.accessToken);
  const member = (label: string, role: string, readsFamilyRecords = false) =>
    joinAs(api.anonymous, api.adminUrl, label, admin.activeOrganization!.id, role, {
      readsFamilyRecords,
    });

  beforeAll(async () => {
    api = await createTestApp(FAMILIES_API, { admins: ['demographics', 'demographics-other'] });
    [admin, otherAdmin] = api.admins;
    family = (
      await as(admin).data<{ createFamily: Family }>(
        `mutation { createFamily(input: { householdName: "Nguyen household",
           guardians: [{ name: "Lan Nguyen", relationship: "mother", preferredLanguage: "en" }],
           students: [{ name: "Bao Nguyen" }] }) { ${FAMILY} } }`,
      )
    ).createFamily;
  });
  afterAll(() => api?.close());

  it('is not asked yet on a new family', () => {
    expect(family.demographics).toEqual({ county: null, postalCode: null, placeDeclined: false });
    expect(family.guardians[0]!.demographics).toEqual({
      primaryLanguage: null,
      primaryLanguageDeclined: false,
    });
    expect(family.students[0]!.demographics).toEqual({
      raceEthnicity: null,
      primaryDisability: null,
    });
  });

  it('is recorded by an advocate, declined or given, and read back', async () => {
    const advocate = await member('demographics-advocate', 'ADVOCATE');
    const [guardian] = family.guardians;
    const [student] = family.students;
    await as(advocate).data(SET_GUARDIAN, {
      id: guardian!.id,
      input: { primaryLanguage: 'VI', primaryLanguageDeclined: false },
    });
    await as(advocate).data(SET_STUDENT, {
      id: student!.id,
      input: { raceEthnicity: 'DECLINED_TO_STATE', primaryDisability: 'EMOTIONAL_DISTURBANCE' },
    });
    await as(advocate).data(SET_FAMILY, {
      id: family.id,
      input: { county: ' Travis ', postalCode: '78701-1234' },
    });
    const { family: read } = await as(advocate).data<{ family: Family }>(READ, { id: family.id });
    expect(read.demographics).toEqual({
      county: 'Travis',
      postalCode: '78701-1234',
      placeDeclined: false,
    });
    expect(read.guardians[0]!.demographics).toEqual({
      primaryLanguage: 'vi',
      primaryLanguageDeclined: false,
    });
    expect(read.students[0]!.demographics).toEqual({
      raceEthnicity: 'DECLINED_TO_STATE',
      primaryDisability: 'EMOTIONAL_DISTURBANCE',
    });
    // Declined replaces what was given; null clears.
    await as(admin).data(SET_FAMILY, { id: family.id, input: { placeDeclined: true } });
    await as(admin).data(SET_STUDENT, {
      id: student!.id,
      input: { raceEthnicity: null, primaryDisability: 'NOT_IDENTIFIED' },
    });
    const { family: after } = await as(admin).data<{ family: Family }>(READ, { id: family.id });
    expect(after.demographics).toEqual({ county: null, postalCode: null, placeDeclined: true });
    expect(after.students[0]!.demographics).toEqual({
      raceEthnicity: null,
      primaryDisability: 'NOT_IDENTIFIED',
    });
  });

  it('refuses bad input naming each field, and changes nothing', async () => {
    const [guardian] = family.guardians;
    expect(
      await as(admin).errorOf(SET_GUARDIAN, {
        id: guardian!.id,
        input: { primaryLanguage: 'es', primaryLanguageDeclined: true },
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'primaryLanguage' }] });
    expect(
      await as(admin).errorOf(SET_FAMILY, {
        id: family.id,
        input: { county: '', postalCode: '7870', placeDeclined: false },
      }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'county' }, { field: 'postalCode' }],
    });
    expect(
      await as(admin).errorOf(SET_FAMILY, {
        id: family.id,
        input: { county: 'Travis', placeDeclined: true },
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'county' }] });
    const { family: read } = await as(admin).data<{ family: Family }>(READ, { id: family.id });
    expect(read.demographics).toEqual({ county: null, postalCode: null, placeDeclined: true });
    expect(read.guardians[0]!.demographics['primaryLanguage']).toBe('vi');
  });

  it('is refused to analysts, even with the family records, and to other organizations', async () => {
    const granted = await member('demographics-analyst', 'ANALYST', true);
    // The family itself, yes; its demographics, no.
    const response = await as(granted).request<{ family: unknown }>(READ, { id: family.id });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const names = await as(granted).data<{ family: { id: string } }>(
      `query ($id: ID!) { family(id: $id) { id householdName } }`,
      { id: family.id },
    );
    expect(names.family.id).toBe(family.id);
    expect(
      (await as(granted).errorOf(SET_FAMILY, { id: family.id, input: { county: 'Travis' } })).code,
    ).toBe('FORBIDDEN');

    const [guardian] = family.guardians;
    const [student] = family.students;
    for (const [query, id] of [
      [SET_FAMILY, family.id],
      [SET_GUARDIAN, guardian!.id],
      [SET_STUDENT, student!.id],
    ] as const)
      expect((await as(otherAdmin).errorOf(query, { id, input: {} })).code).toBe('NOT_FOUND');
  });
});
