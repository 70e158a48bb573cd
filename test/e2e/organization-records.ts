import type { ApiClient } from '@onrecord/platform/testing';
import { daysAfter } from '@onrecord/test-fixtures';

/** The school year every organization of the test gets (2026-27), and days in it. */
export const SCHOOL_YEAR = { label: '2026-27', firstDay: '2026-08-17', lastDay: '2027-06-04' };
/** A Monday without school in that year. */
export const NON_SCHOOL_DAY = '2026-10-12';
/** A Monday with school, in the past: attendance cannot be entered for a future day. */
export const SCHOOL_DAY = '2026-10-05';
/** The support starts before SCHOOL_DAY, so an entry on it can list the support. */
const SUPPORT_START = '2026-09-01';

/**
 * A recent school day in the past: a weekday at least two days ago (so it is past in every
 * time zone), not NON_SCHOOL_DAY, within the school year and not before SCHOOL_DAY.
 */
export function recentSchoolDay(now = new Date()): string {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 2));
  const text = () => day.toISOString().slice(0, 10);
  if (text() > SCHOOL_YEAR.lastDay) day.setTime(Date.parse(`${SCHOOL_YEAR.lastDay}T00:00:00Z`));
  while ([0, 6].includes(day.getUTCDay()) || text() === NON_SCHOOL_DAY) {
    day.setUTCDate(day.getUTCDate() - 1);
  }
  return text() < SCHOOL_DAY ? SCHOOL_DAY : text();
}

/** One record of every kind an organization keeps, made through GraphQL by its admin. */
export interface OrganizationRecords {
  districtId: string;
  schoolYearId: string;
  schoolId: string;
  /** Staff of the school, and the only step of its escalation chain. */
  contactId: string;
  familyId: string;
  guardianId: string;
  /** A student of the family, at the school. */
  studentId: string;
  caseId: string;
  caseNoteId: string;
  /** A call with the guardian, logged on the case. */
  contactLogEntryId: string;
  /** A training the organization held. */
  outreachActivityId: string;
  /** A question of the organization's parent survey (saved with the built-in texts). */
  parentSurveyQuestionId: string;
  supportId: string;
  observationTagId: string;
  observationTagLabel: string;
  /** The student's entry on SCHOOL_DAY, with the support and the observation tag. */
  attendanceEntryId: string;
  /** A written request on the case to the contact, sent on a recent school day, answered. */
  writtenRequestId: string;
  /** The school's answer to it: DEFERRED_NEEDS_DATA, from the contact. */
  schoolResponseId: string;
  /** What the school promised in that answer (OPEN). */
  commitmentId: string;
  /** A second request, sent on SCHOOL_DAY and never answered (past its deadline, or soon). */
  unansweredRequestId: string;
  /** A third request, left as a DRAFT. */
  draftRequestId: string;
  /** The follow-up to the school owed on the unanswered request. */
  followUpId: string;
  /** An IEP meeting on the case a week from now, with the contact attending. */
  meetingId: string;
  /** Its written items: concerns before it, a summary after it (both open). */
  concernsTaskId: string;
  summaryTaskId: string;
  /** A PDF on the case, uploaded as the console does (POST /documents). */
  documentId: string;
}

/** The first field of a mutation's data: the record it made. */
async function made<T = { id: string }>(
  client: ApiClient,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const data = await client.data<Record<string, T>>(query, variables);
  return Object.values(data)[0]!;
}

/**
 * Makes one record of every kind in the client's organization. Every name, title and note
 * contains `marker`, so a response that carries any of them shows it; the observation tag's
 * label is `tagLabel` (another organization may send it as a trigger, and be told it is unknown).
 */
export async function createOrganizationRecords(
  client: ApiClient,
  marker: string,
  tagLabel: string,
): Promise<OrganizationRecords> {
  const district = await made(
    client,
    'mutation ($input: CreateDistrictInput!) { createDistrict(input: $input) { id } }',
    { input: { name: `${marker} ISD`, state: 'TX', timeZone: 'America/Chicago' } },
  );
  const schoolYear = await made(
    client,
    'mutation ($input: CreateSchoolYearInput!) { createSchoolYear(input: $input) { id } }',
    {
      input: {
        districtId: district.id,
        ...SCHOOL_YEAR,
        nonSchoolDays: [{ from: NON_SCHOOL_DAY, label: `${marker} staff day` }],
      },
    },
  );
  const school = await made(
    client,
    'mutation ($input: CreateSchoolInput!) { createSchool(input: $input) { id } }',
    { input: { districtId: district.id, name: `${marker} Elementary` } },
  );
  const contact = await made(
    client,
    'mutation ($input: CreateSchoolContactInput!) { createSchoolContact(input: $input) { id } }',
    {
      input: {
        districtId: district.id,
        schoolId: school.id,
        name: `${marker} Principal`,
        role: 'PRINCIPAL',
        email: 'principal@school.example.org',
      },
    },
  );
  await made(
    client,
    'mutation ($school: ID!, $contacts: [ID!]!) { setEscalationChain(schoolId: $school, contactIds: $contacts) { id } }',
    { school: school.id, contacts: [contact.id] },
  );
  const family = await made<{
    id: string;
    guardians: Array<{ id: string }>;
    students: Array<{ id: string }>;
  }>(
    client,
    `mutation ($input: CreateFamilyInput!) {
       createFamily(input: $input) { id guardians { id } students { id } }
     }`,
    {
      input: {
        householdName: `${marker} household`,
        guardians: [{ name: `${marker} Parent`, relationship: 'mother', phone: '512-555-0123' }],
        students: [{ name: `${marker} Student`, grade: '4', schoolId: school.id, plan: 'IEP' }],
      },
    },
  );
  const studentId = family.students[0]!.id;
  const caseRecord = await made(
    client,
    'mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }',
    {
      input: {
        familyId: family.id,
        studentId,
        title: `${marker} school refusal`,
        concerns: ['SCHOOL_REFUSAL'],
        status: 'ACTIVE',
        openedOn: SUPPORT_START,
      },
    },
  );
  const note = await made(
    client,
    'mutation ($case: ID!, $input: CaseNoteInput!) { addCaseNote(caseId: $case, input: $input) { id } }',
    { case: caseRecord.id, input: { body: `${marker} called the school` } },
  );
  const loggedContact = await made(
    client,
    'mutation ($input: LogContactInput!) { logContact(input: $input) { id } }',
    {
      input: {
        caseId: caseRecord.id,
        party: 'GUARDIAN',
        guardianId: family.guardians[0]!.id,
        channel: 'PHONE',
        note: `${marker} called about the evaluation`,
      },
    },
  );
  const training = await made(
    client,
    'mutation ($input: RecordOutreachActivityInput!) { recordOutreachActivity(input: $input) { id } }',
    {
      input: {
        kind: 'TRAINING',
        title: `${marker} rights workshop`,
        heldOn: SUPPORT_START,
        format: 'IN_PERSON',
        parents: 12,
      },
    },
  );
  const survey = await made<{ questions: Array<{ id: string }> }>(
    client,
    'mutation ($input: UpdateParentSurveyInput!) { updateParentSurvey(input: $input) { questions { id } } }',
    { input: { sendWhenCaseEnds: true } },
  );
  const support = await made(
    client,
    'mutation ($student: ID!, $input: SupportInput!) { addSupport(studentId: $student, input: $input) { id } }',
    { student: studentId, input: { name: `${marker} late start`, startedOn: SUPPORT_START } },
  );
  const tag = await made(
    client,
    'mutation ($label: String!) { addObservationTag(label: $label) { id } }',
    { label: tagLabel },
  );
  const entry = await made(
    client,
    'mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }',
    {
      input: {
        studentId,
        date: SCHOOL_DAY,
        status: 'PARTIAL',
        periodsMissed: [1, 2],
        supportIds: [support.id],
        triggers: [tagLabel],
        notes: `${marker} came in at 10`,
      },
    },
  );
  const requests = await createRequestRecords(client, marker, {
    caseId: caseRecord.id,
    contactId: contact.id,
  });
  const meeting = await made<{ id: string; tasks: Array<{ id: string; kind: string }> }>(
    client,
    SCHEDULE_MEETING,
    { input: meetingInput(marker, { caseId: caseRecord.id, contactId: contact.id }) },
  );
  const taskOf = (kind: string) => meeting.tasks.find((task) => task.kind === kind)!.id;
  return {
    ...requests,
    meetingId: meeting.id,
    concernsTaskId: taskOf('CONCERNS_BEFORE'),
    summaryTaskId: taskOf('SUMMARY_AFTER'),
    districtId: district.id,
    schoolYearId: schoolYear.id,
    schoolId: school.id,
    contactId: contact.id,
    familyId: family.id,
    guardianId: family.guardians[0]!.id,
    studentId,
    caseId: caseRecord.id,
    caseNoteId: note.id,
    contactLogEntryId: loggedContact.id,
    outreachActivityId: training.id,
    parentSurveyQuestionId: survey.questions[0]!.id,
    supportId: support.id,
    observationTagId: tag.id,
    observationTagLabel: tagLabel,
    attendanceEntryId: entry.id,
    documentId: await uploadDocument(client, caseRecord.id, `${marker} IEP`),
  };
}

/** A small PDF uploaded to the case as the console does (multipart POST /documents): its id. */
export async function uploadDocument(
  client: ApiClient,
  caseId: string,
  title: string,
): Promise<string> {
  const form = new FormData();
  form.append('caseId', caseId);
  form.append('kind', 'IEP');
  form.append('title', title);
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n', 'latin1');
  form.append('file', new Blob([pdf]), `${title}.pdf`);
  const response = await fetch(`${client.url.replace(/\/graphql$/, '')}/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${client.token}` },
    body: form,
  });
  const body = (await response.json()) as { id: string };
  if (response.status !== 201) throw new Error(`upload: ${JSON.stringify(body)}`);
  return body.id;
}

const SCHEDULE_MEETING = `mutation ($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) { id tasks { id kind } }
}`;

/** An IEP meeting on the case a week from now, the contact attending. */
function meetingInput(
  marker: string,
  ids: { caseId: string; contactId: string },
): Record<string, unknown> {
  return {
    caseId: ids.caseId,
    startsAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString(),
    kind: 'IEP',
    location: `${marker} conference room`,
    notes: `${marker} bring the attendance summary`,
    attendees: [{ contactId: ids.contactId }],
  };
}

const CREATE_REQUEST =
  'mutation ($input: CreateWrittenRequestInput!) { createWrittenRequest(input: $input) { id } }';
const SEND_REQUEST =
  'mutation ($id: ID!, $input: SendWrittenRequestInput!) { sendWrittenRequest(id: $id, input: $input) { id } }';
const RECORD_RESPONSE = `mutation ($request: ID!, $input: SchoolResponseInput!) {
  recordSchoolResponse(requestId: $request, input: $input) { id commitments { id } }
}`;

/** A written request of `type` on the case, to the contact, as a DRAFT. */
async function draftRequest(
  client: ApiClient,
  ids: { caseId: string; contactId: string },
  subject: string,
  type = 'EVALUATION',
): Promise<string> {
  const request = await made(client, CREATE_REQUEST, {
    input: {
      caseId: ids.caseId,
      type,
      trigger: 'WRITTEN_REQUEST_RECEIVED',
      subject,
      body: `${subject}: please reply in writing.`,
      recipientIds: [ids.contactId],
    },
  });
  return request.id;
}

/**
 * Written requests on the case to the contact: one sent on a recent school day and answered
 * with a DEFERRED_NEEDS_DATA response and its commitment, one sent on SCHOOL_DAY and left
 * unanswered, one left as a draft.
 */
async function createRequestRecords(
  client: ApiClient,
  marker: string,
  ids: { caseId: string; contactId: string },
): Promise<
  Pick<
    OrganizationRecords,
    | 'writtenRequestId'
    | 'schoolResponseId'
    | 'commitmentId'
    | 'unansweredRequestId'
    | 'draftRequestId'
    | 'followUpId'
  >
> {
  const sentOn = recentSchoolDay();
  const writtenRequestId = await draftRequest(client, ids, `${marker} evaluation request`);
  await made(client, SEND_REQUEST, {
    id: writtenRequestId,
    input: { sentOn, receivedOn: sentOn, channel: 'EMAIL' },
  });
  const response = await made<{ id: string; commitments: Array<{ id: string }> }>(
    client,
    RECORD_RESPONSE,
    {
      request: writtenRequestId,
      input: {
        receivedOn: sentOn,
        channel: 'EMAIL',
        outcome: 'DEFERRED_NEEDS_DATA',
        reasons: ['LACK_OF_DATA'],
        respondedByContactId: ids.contactId,
        summary: `${marker} wants four weeks of data first`,
        commitments: [
          {
            description: `${marker} will collect data for four weeks`,
            dueOn: daysAfter(sentOn, 28),
            dataWhat: `${marker} attendance and work samples`,
            dataHow: `${marker} teacher checklist each day`,
            meanwhile: `${marker} late start continues`,
          },
        ],
      },
    },
  );
  const unansweredRequestId = await draftRequest(
    client,
    ids,
    `${marker} records request`,
    'RECORDS',
  );
  await made(client, SEND_REQUEST, {
    id: unansweredRequestId,
    input: { sentOn: SCHOOL_DAY, channel: 'EMAIL' },
  });
  const { followUps } = await client.data<{
    followUps: { edges: Array<{ node: { id: string; kind: string } }> };
  }>('query ($id: ID!) { followUps(filter: { requestId: $id }) { edges { node { id kind } } } }', {
    id: unansweredRequestId,
  });
  const followUp = followUps.edges.find((edge) => edge.node.kind === 'SCHOOL_FOLLOW_UP');
  if (!followUp) throw new Error('the unanswered request has no follow-up planned');
  return {
    followUpId: followUp.node.id,
    writtenRequestId,
    schoolResponseId: response.id,
    commitmentId: response.commitments[0]!.id,
    unansweredRequestId,
    draftRequestId: await draftRequest(client, ids, `${marker} meeting request`, 'IEP_MEETING'),
  };
}

/** The kinds of record that are archived rather than deleted, by their GraphQL name. */
export const ARCHIVABLE = [
  'District',
  'School',
  'SchoolContact',
  'Family',
  'Guardian',
  'Student',
  'Case',
  'CaseNote',
  'ContactLogEntry',
  'OutreachActivity',
  'Support',
  'ObservationTag',
  'WrittenRequest',
  'SchoolResponse',
  'Commitment',
  'Meeting',
  'Document',
] as const;
export type Archivable = (typeof ARCHIVABLE)[number];

/**
 * One more record of every archivable kind, archived: what restoreX would change. (The
 * records of createOrganizationRecords stay active, so that a reference to one of them can
 * only be refused for belonging to another organization, not for being archived.)
 */
export async function createArchivedRecords(
  client: ApiClient,
  records: OrganizationRecords,
  marker: string,
): Promise<Record<Archivable, string>> {
  const create = (query: string, variables: Record<string, unknown>) =>
    made(client, query, variables).then((record) => record.id);
  const ids: Record<Archivable, string> = {
    District: await create(
      'mutation ($input: CreateDistrictInput!) { createDistrict(input: $input) { id } }',
      { input: { name: `${marker} old ISD`, state: 'TX', timeZone: 'America/Chicago' } },
    ),
    School: await create(
      'mutation ($input: CreateSchoolInput!) { createSchool(input: $input) { id } }',
      { input: { districtId: records.districtId, name: `${marker} closed school` } },
    ),
    SchoolContact: await create(
      'mutation ($input: CreateSchoolContactInput!) { createSchoolContact(input: $input) { id } }',
      {
        input: {
          districtId: records.districtId,
          name: `${marker} former counselor`,
          role: 'COUNSELOR',
        },
      },
    ),
    Family: await create(
      'mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id } }',
      { input: { householdName: `${marker} former household` } },
    ),
    Guardian: await create(
      'mutation ($family: ID!, $input: GuardianInput!) { addGuardian(familyId: $family, input: $input) { id } }',
      {
        family: records.familyId,
        input: { name: `${marker} Stepparent`, relationship: 'stepfather' },
      },
    ),
    Student: await create(
      'mutation ($family: ID!, $input: StudentInput!) { addStudent(familyId: $family, input: $input) { id } }',
      { family: records.familyId, input: { name: `${marker} Graduate` } },
    ),
    Case: await create('mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }', {
      input: {
        familyId: records.familyId,
        studentId: records.studentId,
        title: `${marker} opened twice`,
        concerns: ['OTHER'],
      },
    }),
    CaseNote: await create(
      'mutation ($case: ID!, $input: CaseNoteInput!) { addCaseNote(caseId: $case, input: $input) { id } }',
      { case: records.caseId, input: { body: `${marker} wrong case` } },
    ),
    ContactLogEntry: await create(
      'mutation ($input: LogContactInput!) { logContact(input: $input) { id } }',
      {
        input: {
          caseId: records.caseId,
          party: 'STUDENT',
          channel: 'TEXT',
          note: `${marker} logged twice`,
        },
      },
    ),
    OutreachActivity: await create(
      'mutation ($input: RecordOutreachActivityInput!) { recordOutreachActivity(input: $input) { id } }',
      {
        input: {
          kind: 'OUTREACH',
          title: `${marker} fair held twice`,
          heldOn: SUPPORT_START,
          format: 'VIRTUAL',
        },
      },
    ),
    Support: await create(
      'mutation ($student: ID!, $input: SupportInput!) { addSupport(studentId: $student, input: $input) { id } }',
      {
        student: records.studentId,
        input: { name: `${marker} tried once`, startedOn: SUPPORT_START },
      },
    ),
    ObservationTag: await create(
      'mutation ($label: String!) { addObservationTag(label: $label) { id } }',
      { label: `${records.observationTagLabel}, old` },
    ),
    WrittenRequest: await draftRequest(client, records, `${marker} request sent twice`),
    // A second answer to the answered request: archiving it leaves the first, so the
    // request stays answered.
    SchoolResponse: await create(RECORD_RESPONSE, {
      request: records.writtenRequestId,
      input: {
        receivedOn: recentSchoolDay(),
        channel: 'PHONE',
        outcome: 'MEETING_SCHEDULED',
        summary: `${marker} answer recorded twice`,
      },
    }),
    Commitment: await create(
      `mutation ($response: ID!, $input: CommitmentInput!) {
         addCommitment(responseId: $response, input: $input) { id }
       }`,
      {
        response: records.schoolResponseId,
        input: {
          description: `${marker} promise written twice`,
          dueOn: daysAfter(recentSchoolDay(), 14),
        },
      },
    ),
    // A meeting cancelled: archiving it archives nothing else.
    Meeting: await create(SCHEDULE_MEETING, {
      input: meetingInput(`${marker} cancelled`, records),
    }),
    Document: await uploadDocument(client, records.caseId, `${marker} old plan`),
  };
  for (const kind of ARCHIVABLE) {
    await client.data(`mutation ($id: ID!) { archive${kind}(id: $id) { archivedAt } }`, {
      id: ids[kind],
    });
  }
  return ids;
}

/**
 * The mail provider's webhook secret of the e2e apps (INBOUND_WEBHOOK_SECRET): a captured reply
 * is made through it, as a provider would hand one over.
 */
export const INBOUND_WEBHOOK_SECRET = 'two-organizations-webhook-secret-0123456789';

/** A reply from the school to the request's reply address, through the webhook: its id. */
export async function captureReply(
  client: ApiClient,
  requestId: string,
  marker: string,
): Promise<string> {
  const { writtenRequest } = await client.data<{ writtenRequest: { replyAddress: string } }>(
    'query ($id: ID!) { writtenRequest(id: $id) { replyAddress } }',
    { id: requestId },
  );
  const raw = [
    'From: principal@school.example.org',
    `To: ${writtenRequest.replyAddress}`,
    `Subject: Re: ${marker} request`,
    `Message-ID: <${marker.toLowerCase()}-reply@school.example.org>`,
    '',
    `${marker}: we will evaluate.`,
  ].join('\r\n');
  const response = await fetch(
    `${client.url.replace(/\/graphql$/, '')}/inbound/email?to=${encodeURIComponent(writtenRequest.replyAddress)}`,
    {
      method: 'POST',
      headers: {
        authorization: `Bearer ${INBOUND_WEBHOOK_SECRET}`,
        'content-type': 'message/rfc822',
      },
      body: raw,
    },
  );
  const body = (await response.json()) as { messages: Array<{ id: string }> };
  if (response.status !== 200) throw new Error(`webhook: ${JSON.stringify(body)}`);
  return body.messages[0]!.id;
}
