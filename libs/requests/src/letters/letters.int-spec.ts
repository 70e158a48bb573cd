import { superuserQuery } from '@onrecord/platform/database/testing';
import {
  createTestApp,
  joinAs as joinOrganizationAs,
  type TestApp,
  type TestAuth,
} from '@onrecord/platform/testing';
import { FICTIONAL_2025_26, given } from '@onrecord/test-fixtures';
import { REQUESTS_API } from '../testing/requests-api';

/**
 * Letter templates and drafting over HTTP: the built-in letters for every type, an
 * organization's edit (validated, used by draftLetter and createWrittenRequest, invisible to
 * another organization), reset, roles, and a letter filled from a TX case on the fictional
 * 2025-26 calendar of scenarios.md (seeded with SQL, as written-requests.int-spec does).
 */
const TEMPLATE = 'requestType subject body isDefault updatedAt';
const LIST = `query { letterTemplates { ${TEMPLATE} } }`;
const GET = `query ($type: WrittenRequestType!) { letterTemplate(requestType: $type) { ${TEMPLATE} } }`;
const UPDATE = `mutation ($type: WrittenRequestType!, $input: LetterTemplateInput!) {
  updateLetterTemplate(requestType: $type, input: $input) { ${TEMPLATE} } }`;
const RESET = `mutation ($type: WrittenRequestType!) { resetLetterTemplate(requestType: $type) { ${TEMPLATE} } }`;
const FIELDS = 'query { mergeFields { name description placeholder } }';
const DRAFT = `query ($input: DraftLetterInput!) {
  draftLetter(input: $input) { subject body missingFields deadline { dueOn citation basis } } }`;
const CREATE = `mutation ($input: CreateWrittenRequestInput!) { createWrittenRequest(input: $input) { id subject body } }`;
const SEND = `mutation ($id: ID!, $input: SendWrittenRequestInput!) { sendWrittenRequest(id: $id, input: $input) { id body status } }`;
const UPDATE_REQUEST = `mutation ($id: ID!, $input: UpdateWrittenRequestInput!) { updateWrittenRequest(id: $id, input: $input) { id } }`;
const GET_REQUEST = `query ($id: ID!) { writtenRequest(id: $id) { id body } }`;
const OPEN_CASE = `mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }`;

interface Template {
  requestType: string;
  subject: string;
  body: string;
  isDefault: boolean;
  updatedAt: string | null;
}
interface Draft {
  subject: string;
  body: string;
  missingFields: string[];
  deadline: { dueOn: string | null; citation: string | null; basis: string };
}

const TYPES = [
  'EVALUATION',
  'IEP_MEETING',
  'RECORDS',
  'FBA',
  'BEHAVIOR_PLAN',
  'ACCOMMODATIONS',
  'REINTEGRATION_PLAN',
  'PRIOR_WRITTEN_NOTICE',
  'INDEPENDENT_EVALUATION',
  'HOME_INSTRUCTION',
  'OTHER',
];

const OWN = {
  subject: 'Evaluation request for {{student.name}} ({{organization.name}})',
  body: 'OUR LETTER. {{today}}. Dear {{recipients}}: please evaluate {{student.name}} of {{school.name}}. {{#deadline.dueOn}}Due {{deadline.dueOn}} under {{deadline.citation}}.{{/deadline.dueOn}} Why: {{request.reason}} — {{advocate.name}}',
};

describe('letters over HTTP', () => {
  let api: TestApp<[TestAuth, TestAuth]>;
  let adminA: TestAuth;
  let adminB: TestAuth;
  let analystA: TestAuth;
  let advocateA: TestAuth;
  const ids: Record<string, string> = {};

  const as = (auth: TestAuth) => api.as(auth);
  const sql = <T = Record<string, string>>(text: string, params: unknown[] = []) =>
    superuserQuery<T>(api.adminUrl, text, params);
  const one = async (text: string, params: unknown[]): Promise<string> =>
    (await sql<{ id: string }>(`${text} RETURNING id`, params))[0]!.id;
  // Analysts here were granted family records by an admin (analyst-access.int-spec.ts tests
  // an analyst without the grant).
  const joinAs = (label: string, organizationId: string, role: string): Promise<TestAuth> =>
    joinOrganizationAs(api.anonymous, api.adminUrl, label, organizationId, role, {
      readsFamilyRecords: role === 'ANALYST',
    });

  /** A district with the calendar, a school, a contact, a family with a guardian, a case. */
  async function seed(auth: TestAuth, label: string, state: string, timeZone: string) {
    const world = await given(api.adminUrl, auth, label)
      .district({ name: `${label} District`, state, timeZone, calendar: FICTIONAL_2025_26 })
      .school()
      .contact('CASE_MANAGER', { email: 'cm@example.org' })
      .family()
      .guardian({ relationship: 'MOTHER' })
      .student({ grade: '7' });
    const { openCase } = await as(auth).data<{ openCase: { id: string } }>(OPEN_CASE, {
      input: {
        familyId: world.familyId,
        studentId: world.studentId,
        title: `${label} school refusal`,
        concerns: ['SCHOOL_REFUSAL'],
        openedOn: '2025-09-02',
      },
    });
    return { ...world, caseId: openCase.id };
  }

  const template = async (auth: TestAuth, type: string) =>
    (await as(auth).data<{ letterTemplate: Template }>(GET, { type })).letterTemplate;
  const draft = async (auth: TestAuth, input: Record<string, unknown>) =>
    (await as(auth).data<{ draftLetter: Draft }>(DRAFT, { input })).draftLetter;
  const evaluationDraft = (auth: TestAuth = adminA) =>
    draft(auth, {
      caseId: ids['caseA'],
      type: 'EVALUATION',
      recipientIds: [ids['contactA']],
      reason: 'Maya has missed 38% of school days since August.',
      receivedOn: '2025-10-06',
    });

  beforeAll(async () => {
    api = await createTestApp(REQUESTS_API, { admins: ['a', 'b'] });
    [adminA, adminB] = api.admins;
    analystA = await joinAs('analyst-a', adminA.activeOrganization!.id, 'ANALYST');
    advocateA = await joinAs('advocate-a', adminA.activeOrganization!.id, 'ADVOCATE');
    const a = await seed(adminA, 'Austin', 'TX', 'America/Chicago');
    const b = await seed(adminB, 'Other', 'TX', 'America/Chicago');
    Object.assign(ids, {
      caseA: a.caseId,
      contactA: a.contactId,
      caseB: b.caseId,
      contactB: b.contactId,
    });
  });

  afterAll(() => api?.close());

  it('lists the built-in letter for every request type', async () => {
    const { letterTemplates } = await as(analystA).data<{ letterTemplates: Template[] }>(LIST);
    expect(letterTemplates.map((t) => t.requestType)).toEqual(TYPES);
    for (const letter of letterTemplates) {
      expect(letter).toMatchObject({ isDefault: true, updatedAt: null });
      expect(letter.body).toContain('request in writing');
      expect(letter.body).toContain('{{deadline.citation}}');
    }
    const { mergeFields } = await as(analystA).data<{ mergeFields: Array<{ name: string }> }>(
      FIELDS,
    );
    expect(mergeFields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['student.name', 'deadline.dueOn', 'request.reason', 'recipients']),
    );
  });

  it('drafts the default letter filled with the case, recipients and TX deadline', async () => {
    const letter = await evaluationDraft(advocateA);
    expect(letter.subject).toBe('Request for a full individual evaluation: Austin Student');
    expect(letter.missingFields).toEqual([]);
    expect(letter.deadline).toMatchObject({ dueOn: '2025-10-28', basis: 'RULE' });
    expect(letter.deadline.citation).toContain('89.1011');
    for (const text of [
      'Austin Case Manager\nAustin Middle\nAustin District',
      'Re: Austin Student, grade 7, Austin Middle',
      'Dear Austin Case Manager:',
      'I am writing to request in writing a full and individual initial evaluation of Austin Student',
      'Maya has missed 38% of school days since August.',
      `Under ${letter.deadline.citation}, a response is due by Tuesday, October 28, 2025.`,
      '34 CFR 300.503',
      'Sincerely,\n\nAdmin ADVOCATE-A\nOrg a\nOn behalf of Austin Parent',
      'cc: Austin Parent',
    ]) {
      expect(letter.body).toContain(text);
    }
    // One deadline sentence: the date appears once, and no second period is asked for.
    expect(letter.body.split('October 28, 2025').length - 1).toBe(1);
    expect(letter.body).not.toMatch(/ten school days|Please respond in writing by/);
  });

  it('says so gracefully when no statute sets a period (504 accommodations)', async () => {
    const letter = await draft(adminA, {
      caseId: ids['caseA'],
      type: 'ACCOMMODATIONS',
      recipientIds: [ids['contactA']],
      reason: 'A late start and a safe person.',
      receivedOn: '2025-10-06',
    });
    expect(letter.missingFields).toEqual([]);
    // No statute times it: the organization's default (10 school days) gives the date the
    // letter asks for, and the letter never quotes that default as law.
    expect(letter.deadline).toMatchObject({ dueOn: '2025-10-21', basis: 'ORGANIZATION_DEFAULT' });
    expect(letter.body).toContain(
      `I understand that no statute sets a fixed number of days for a response to this request (see ${letter.deadline.citation}); the school must still answer within a reasonable time.`,
    );
    expect(letter.body).toContain('Tuesday, October 21, 2025');
    expect(letter.body).not.toMatch(/Under [^.]*, a response is due by/);
    expect(letter.body).toContain('34 CFR 104.36');
    expect(letter.body).not.toMatch(/\[|\{\{/);
  });

  it('shows a placeholder for what is missing', async () => {
    const letter = await draft(adminA, { caseId: ids['caseA'], type: 'RECORDS' });
    expect(letter.missingFields).toEqual(expect.arrayContaining(['recipients', 'request.reason']));
    expect(letter.body).toContain('Dear [recipients]:');
    expect(letter.body).toContain('[why you are asking');
  });

  it('refuses a template with unknown merge fields, on the field', async () => {
    const error = await as(adminA).errorOf(UPDATE, {
      type: 'EVALUATION',
      input: { subject: OWN.subject, body: 'Dear {{recipient}}, {{student.nickname}} {{today}}' },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields).toEqual([
      {
        field: 'body',
        message:
          'uses unknown merge fields {{recipient}}, {{student.nickname}} (mergeFields lists the fields)',
      },
    ]);
    const unclosed = await as(adminA).errorOf(UPDATE, {
      type: 'EVALUATION',
      input: { subject: '{{#today}}x', body: OWN.body },
    });
    expect(unclosed.fields).toEqual([
      expect.objectContaining({ field: 'subject', message: expect.stringContaining('section') }),
    ]);
    expect((await template(adminA, 'EVALUATION')).isDefault).toBe(true);
  });

  it('previews words not yet saved on a real case, checked on the field, saving nothing', async () => {
    const input = {
      caseId: ids['caseA'],
      type: 'EVALUATION',
      recipientIds: [ids['contactA']],
      receivedOn: '2025-10-06',
    };
    const letter = await draft(adminA, {
      ...input,
      template: { subject: 'About {{student.name}}', body: 'Answer by {{deadline.dueOn}}.' },
    });
    expect(letter.subject).toBe('About Austin Student');
    expect(letter.body).toMatch(/^Answer by .*2025\.$/);
    const error = await as(adminA).errorOf(DRAFT, {
      input: { ...input, template: { subject: 'x', body: 'Dear {{student.nickname}}' } },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields).toEqual([
      expect.objectContaining({
        field: 'template.body',
        message: expect.stringContaining('nickname'),
      }),
    ]);
    expect((await template(adminA, 'EVALUATION')).isDefault).toBe(true);
    expect((await draft(adminA, input)).subject).toBe(
      'Request for a full individual evaluation: Austin Student',
    );
  });

  it("uses an organization's own letter, and not for the other organization", async () => {
    const { updateLetterTemplate } = await as(adminA).data<{ updateLetterTemplate: Template }>(
      UPDATE,
      { type: 'EVALUATION', input: OWN },
    );
    expect(updateLetterTemplate).toMatchObject({ ...OWN, isDefault: false });
    expect(updateLetterTemplate.updatedAt).not.toBeNull();
    expect(await template(advocateA, 'EVALUATION')).toMatchObject({ ...OWN, isDefault: false });

    const letter = await evaluationDraft();
    expect(letter.subject).toBe('Evaluation request for Austin Student (Org a)');
    expect(letter.body).toMatch(
      /^OUR LETTER\. \w+day, \w+ \d+, \d{4}\. Dear Austin Case Manager: please evaluate Austin Student of Austin Middle\. Due Tuesday, October 28, 2025 under .*89\.1011.*\. Why: Maya has missed 38% of school days since August\. — Admin A$/,
    );

    expect(await template(adminB, 'EVALUATION')).toMatchObject({ isDefault: true });
    const other = await draft(adminB, {
      caseId: ids['caseB'],
      type: 'EVALUATION',
      recipientIds: [ids['contactB']],
    });
    expect(other.subject).toBe('Request for a full individual evaluation: Other Student');
    expect(other.body).toContain('Org b');
    expect(other.body).not.toContain('OUR LETTER');
  });

  it('fills the body of a request created without one, and keeps it once sent', async () => {
    const { createWrittenRequest } = await as(advocateA).data<{
      createWrittenRequest: { id: string; body: string };
    }>(CREATE, {
      input: {
        caseId: ids['caseA'],
        type: 'EVALUATION',
        trigger: 'WRITTEN_REQUEST_RECEIVED',
        subject: 'Evaluation request',
        recipientIds: [ids['contactA']],
      },
    });
    expect(createWrittenRequest.body).toContain(
      'OUR LETTER. ' /* the organization's own template */,
    );
    expect(createWrittenRequest.body).toContain('Dear Austin Case Manager: please evaluate');
    expect(createWrittenRequest.body).toContain('Why: [why you are asking');
    const given = await as(adminA).data<{ createWrittenRequest: { body: string } }>(CREATE, {
      input: {
        caseId: ids['caseA'],
        type: 'RECORDS',
        trigger: 'WRITTEN_REQUEST_RECEIVED',
        subject: 'Records',
        body: 'My own words.',
        recipientIds: [],
      },
    });
    expect(given.createWrittenRequest.body).toBe('My own words.');

    const id = createWrittenRequest.id;
    await as(adminA).data(SEND, { id, input: { sentOn: '2025-10-06', channel: 'EMAIL' } });
    await as(adminA).data(UPDATE, {
      type: 'EVALUATION',
      input: { subject: 'Changed', body: 'A later letter.' },
    });
    const { writtenRequest } = await as(adminA).data<{ writtenRequest: { body: string } }>(
      GET_REQUEST,
      { id },
    );
    expect(writtenRequest.body).toBe(createWrittenRequest.body);
    const frozen = await as(adminA).errorOf(UPDATE_REQUEST, { id, input: { body: 'Edited' } });
    expect(frozen.code).toBe('BAD_USER_INPUT');
  });

  it('resets to the built-in letter', async () => {
    const { resetLetterTemplate } = await as(adminA).data<{ resetLetterTemplate: Template }>(
      RESET,
      { type: 'EVALUATION' },
    );
    expect(resetLetterTemplate).toMatchObject({ isDefault: true, updatedAt: null });
    expect(resetLetterTemplate.body).toContain('I am writing to request in writing');
    const { letterTemplates } = await as(adminA).data<{ letterTemplates: Template[] }>(LIST);
    expect(letterTemplates.every((t) => t.isDefault)).toBe(true);
    expect((await evaluationDraft()).subject).toBe(
      'Request for a full individual evaluation: Austin Student',
    );
    // Resetting a default is harmless.
    await as(adminA).data(RESET, { type: 'OTHER' });
  });

  it("refuses another organization's case and contacts on the fields", async () => {
    const onCase = await as(adminB).errorOf(DRAFT, {
      input: { caseId: ids['caseA'], type: 'EVALUATION' },
    });
    expect(onCase.code).toBe('BAD_USER_INPUT');
    expect(onCase.fields).toEqual([expect.objectContaining({ field: 'caseId' })]);
    const onContact = await as(adminB).errorOf(DRAFT, {
      input: { caseId: ids['caseB'], type: 'EVALUATION', recipientIds: [ids['contactA']] },
    });
    expect(onContact.code).toBe('BAD_USER_INPUT');
    expect(onContact.fields).toEqual([expect.objectContaining({ field: 'recipientIds.0' })]);
  });

  it('gives one deadline sentence when the day cannot be counted, never a second period', async () => {
    // Received 2026-12-01: the seeded calendar ends with 2025-26, so the 15 school days of
    // 19 TAC §89.1011 cannot be counted to a day. Before, the letter said "due within 15
    // school days … Please respond in writing within ten school days": two deadlines.
    const letter = await draft(adminA, {
      caseId: ids['caseA'],
      type: 'EVALUATION',
      recipientIds: [ids['contactA']],
      reason: 'Absent since October.',
      receivedOn: '2026-12-01',
    });
    expect(letter.body).not.toContain('ten school days');
    expect(letter.body.match(/a response is due/g)).toHaveLength(1);
    expect(letter.body).not.toMatch(/Please respond in writing (by|within)/);
  });

  it('is written for the guardians chosen, and names the student as an office files them', async () => {
    const org = adminA.activeOrganization!.id;
    const [row] = await sql<{ family_id: string; student_id: string }>(
      'SELECT family_id, student_id FROM case_record WHERE id = $1',
      [ids['caseA']],
    );
    await sql(
      `UPDATE student SET date_of_birth = '2013-03-04', school_student_id = 'AISD-204117' WHERE id = $1`,
      [row!.student_id],
    );
    const father = await one(
      `INSERT INTO guardian (organization_id, family_id, name, relationship) VALUES ($1, $2, 'Sean Parent', 'FATHER')`,
      [org, row!.family_id],
    );
    const otherFamily = await one(
      'INSERT INTO family (organization_id, household_name) VALUES ($1, $2)',
      [org, 'Elsewhere household'],
    );
    const stranger = await one(
      `INSERT INTO guardian (organization_id, family_id, name, relationship) VALUES ($1, $2, 'Not Theirs', 'MOTHER')`,
      [org, otherFamily],
    );
    const input = {
      caseId: ids['caseA'],
      type: 'EVALUATION',
      recipientIds: [ids['contactA']],
      reason: 'Absent.',
      receivedOn: '2025-10-06',
    };
    // By default every guardian of the family on file, in the order they were added.
    const both = await draft(adminA, input);
    expect(both.body).toContain(
      'Re: Austin Student, born March 4, 2013, student ID AISD-204117, grade 7, Austin Middle',
    );
    expect(both.body).toContain('On behalf of Austin Parent and Sean Parent');
    // Chosen: the father alone, in the letter and its copy line.
    const sean = await draft(adminA, { ...input, guardianIds: [father] });
    expect(sean.body).toContain('On behalf of Sean Parent\n\ncc: Sean Parent');
    const created = await as(adminA).data<{ createWrittenRequest: { body: string } }>(CREATE, {
      input: {
        caseId: ids['caseA'],
        type: 'EVALUATION',
        trigger: 'WRITTEN_REQUEST_RECEIVED',
        subject: 'Evaluation',
        recipientIds: [ids['contactA']],
        guardianIds: [father],
      },
    });
    expect(created.createWrittenRequest.body).toContain('On behalf of Sean Parent');
    // A guardian of another family is refused on the field.
    const refused = await as(adminA).errorOf(DRAFT, {
      input: { ...input, guardianIds: [father, stranger] },
    });
    expect(refused).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'guardianIds.1', message: "is not a guardian of the case's family" }],
    });
    await sql('DELETE FROM guardian WHERE id = ANY($1)', [[father, stranger]]);
    await sql('UPDATE student SET date_of_birth = NULL, school_student_id = NULL WHERE id = $1', [
      row!.student_id,
    ]);
  });

  it('lets only an admin edit templates, and analysts not draft', async () => {
    for (const auth of [analystA, advocateA]) {
      expect((await as(auth).errorOf(UPDATE, { type: 'FBA', input: OWN })).code).toBe('FORBIDDEN');
      expect((await as(auth).errorOf(RESET, { type: 'FBA' })).code).toBe('FORBIDDEN');
    }
    const analystDraft = await as(analystA).errorOf(DRAFT, {
      input: { caseId: ids['caseA'], type: 'EVALUATION' },
    });
    expect(analystDraft.code).toBe('FORBIDDEN');
  });
});
