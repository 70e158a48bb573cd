import { ApiClient, signUpAdmin } from '@onrecord/platform/testing';

/** `days` days after the YYYY-MM-DD `date` (before it when negative). */
export function daysAfter(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/**
 * The YYYY-MM-DD `days` days from today in Chicago (the time zone of the fixture's
 * organization and district), negative for the past. Not UTC's day: in a Chicago evening
 * that is already tomorrow, and the api refuses a request sent in the future.
 */
export const dayOffset = (days: number): string =>
  daysAfter(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date()),
    days,
  );

/** An organization ready for follow-ups: a school with a contact, a chain, a family, a case. */
export interface FollowUpOrganization {
  client: ApiClient;
  organizationId: string;
  caseId: string;
  contactId: string;
  /** Where follow-ups to the school go. */
  contactEmail: string;
  /** The next contact in the school's escalation chain. */
  directorEmail: string;
  guardianEmail: string;
  advocateEmail: string;
}

/** A policy under which whatever is due goes out at once, whatever the day and hour. */
export const SEND_AT_ONCE = {
  sendingWindowStart: '00:00',
  sendingWindowEnd: '24:00',
  sendingDays: 'EVERY_DAY',
  followUpSchoolDaysAfter: 0,
  escalateSchoolDaysAfter: 1,
  maxFollowUps: 3,
};

async function made<T = { id: string }>(
  client: ApiClient,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const data = await client.data<Record<string, T>>(query, variables);
  return Object.values(data)[0] as T;
}

/**
 * A new organization (its own admin, who is the case's advocate) whose addresses all carry
 * `label`, so a test reads back only its own messages from the shared SMTP sink.
 */
export async function followUpOrganization(
  apiUrl: string,
  adminUrl: string,
  label: string,
  policy: Record<string, unknown> = SEND_AT_ONCE,
): Promise<FollowUpOrganization> {
  const anonymous = new ApiClient(apiUrl);
  const auth = await signUpAdmin(anonymous, label, adminUrl);
  const client = anonymous.as(auth.accessToken);
  const district = await made(
    client,
    'mutation ($input: CreateDistrictInput!) { createDistrict(input: $input) { id } }',
    { input: { name: `${label} ISD`, state: 'TX', timeZone: 'America/Chicago' } },
  );
  // A year around today, so deadlines in school days can be counted whatever the date.
  await made(
    client,
    'mutation ($input: CreateSchoolYearInput!) { createSchoolYear(input: $input) { id } }',
    {
      input: {
        districtId: district.id,
        label: `${label} year`,
        firstDay: dayOffset(-250),
        lastDay: dayOffset(100),
      },
    },
  );
  const school = await made(
    client,
    'mutation ($input: CreateSchoolInput!) { createSchool(input: $input) { id } }',
    { input: { districtId: district.id, name: `${label} Elementary` } },
  );
  const contactEmail = `principal.${label}@school.example.org`;
  const directorEmail = `director.${label}@district.example.org`;
  const contact = await made(
    client,
    'mutation ($input: CreateSchoolContactInput!) { createSchoolContact(input: $input) { id } }',
    {
      input: {
        districtId: district.id,
        schoolId: school.id,
        name: `Pat Principal ${label}`,
        role: 'PRINCIPAL',
        email: contactEmail,
      },
    },
  );
  const director = await made(
    client,
    'mutation ($input: CreateSchoolContactInput!) { createSchoolContact(input: $input) { id } }',
    {
      input: {
        districtId: district.id,
        name: `Dana Director ${label}`,
        role: 'SPECIAL_EDUCATION_DIRECTOR',
        email: directorEmail,
      },
    },
  );
  await made(
    client,
    'mutation ($school: ID!, $contacts: [ID!]!) { setEscalationChain(schoolId: $school, contactIds: $contacts) { id } }',
    { school: school.id, contacts: [contact.id, director.id] },
  );
  const guardianEmail = `parent.${label}@family.example.org`;
  const family = await made<{ id: string; students: Array<{ id: string }> }>(
    client,
    `mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id students { id } } }`,
    {
      input: {
        householdName: `${label} household`,
        guardians: [
          { name: `Robin Parent ${label}`, relationship: 'mother', email: guardianEmail },
        ],
        students: [{ name: `Sam Student ${label}`, grade: '6', schoolId: school.id, plan: 'IEP' }],
      },
    },
  );
  const caseRecord = await made(
    client,
    'mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }',
    {
      input: {
        familyId: family.id,
        studentId: family.students[0]?.id,
        title: `${label} school refusal`,
        concerns: ['SCHOOL_REFUSAL'],
        status: 'ACTIVE',
        openedOn: dayOffset(-240),
      },
    },
  );
  await client.data(
    'mutation ($input: UpdateFollowUpPolicyInput!) { updateFollowUpPolicy(input: $input) { customized } }',
    { input: policy },
  );
  return {
    client,
    organizationId: auth.activeOrganization?.id ?? '',
    caseId: caseRecord.id,
    contactId: contact.id,
    contactEmail,
    directorEmail,
    guardianEmail,
    advocateEmail: `${label}@example.org`,
  };
}

/**
 * A written request to the principal, sent `receivedDaysAgo` days ago (TX evaluation: 45
 * school days), its deadline then set by hand when `dueOn` is given.
 */
export async function sendRequest(
  org: FollowUpOrganization,
  receivedDaysAgo: number,
  options: { dueOn?: string; emailMessageId?: string; subject?: string } = {},
): Promise<string> {
  const request = await made(
    org.client,
    'mutation ($input: CreateWrittenRequestInput!) { createWrittenRequest(input: $input) { id } }',
    {
      input: {
        caseId: org.caseId,
        type: 'EVALUATION',
        trigger: 'WRITTEN_REQUEST_RECEIVED',
        subject: options.subject ?? 'Request for a full individual evaluation',
        body: 'Please evaluate Sam in all areas of suspected disability. Please reply in writing.',
        recipientIds: [org.contactId],
      },
    },
  );
  const sentOn = dayOffset(-receivedDaysAgo);
  await made(
    org.client,
    'mutation ($id: ID!, $input: SendWrittenRequestInput!) { sendWrittenRequest(id: $id, input: $input) { id } }',
    {
      id: request.id,
      input: {
        sentOn,
        receivedOn: sentOn,
        channel: 'EMAIL',
        emailMessageId: options.emailMessageId,
      },
    },
  );
  if (options.dueOn) await overrideDeadline(org, request.id, options.dueOn);
  return request.id;
}

export async function overrideDeadline(
  org: FollowUpOrganization,
  requestId: string,
  dueOn: string,
): Promise<void> {
  await made(
    org.client,
    'mutation ($id: ID!, $input: OverrideDeadlineInput!) { overrideDeadline(id: $id, input: $input) { id } }',
    { id: requestId, input: { dueOn, reason: 'The district agreed to this date in writing.' } },
  );
}

export interface FollowUpRow {
  id: string;
  kind: string;
  sequence: number;
  status: string;
  scheduledAt: string;
  messageId: string | null;
  sentAt: string | null;
  lastError: string | null;
  attempts: number;
  cancelledReason: string | null;
  recipients: Array<{ email: string }>;
}

const FOLLOW_UPS = `query ($filter: FollowUpFilter) {
  followUps(filter: $filter, first: 100) {
    edges { node { id kind sequence status scheduledAt messageId sentAt lastError attempts
                   cancelledReason recipients { email } } }
  }
}`;

export async function followUpsOf(
  org: FollowUpOrganization,
  requestId?: string,
): Promise<FollowUpRow[]> {
  const data = await org.client.data<{ followUps: { edges: Array<{ node: FollowUpRow }> } }>(
    FOLLOW_UPS,
    { filter: requestId ? { requestId } : { caseId: org.caseId } },
  );
  return data.followUps.edges.map((edge) => edge.node);
}
