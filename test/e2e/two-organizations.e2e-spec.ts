import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  type GraphQLArgument,
  type GraphQLInputField,
} from 'graphql';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  ApiClient,
  TEST_PASSWORD,
  createTestEnvironment,
  eventually,
  signUpAdmin,
  type GraphqlResponse,
  type TestAuth,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { AppProcess, ENTRY, freePort } from './app-process';
import {
  NON_SCHOOL_DAY,
  SCHOOL_DAY,
  createArchivedRecords,
  INBOUND_WEBHOOK_SECRET,
  captureReply,
  createOrganizationRecords,
  recentSchoolDay,
  type Archivable,
  type OrganizationRecords,
} from './organization-records';

/** Every name, title and note of B's records contains it: a response that shows one leaks B. */
const B_MARKER = 'Bravo-private';

/** B's ids, made in B by B's admin before A tries them. */
interface BIds extends OrganizationRecords {
  /** One more of each archivable kind, archived: for restoreX. */
  archived: Record<Archivable, string>;
  organizationId: string;
  userId: string;
  memberId: string;
  invitationId: string;
  systemCheckId: string;
  reportingApiKeyId: string;
  /** A reply captured at B's answered request's reply address (by the webhook). */
  inboundMessageId: string;
}

/** A's own records, for calls where B's id is one reference among A's otherwise valid input. */
interface AIds extends OrganizationRecords {
  memberId: string;
  /** A reply captured at A's answered request's reply address. */
  inboundMessageId: string;
  /** A portal session of A's guardian, and an unused sign-in link of theirs. */
  portalToken: string;
  portalLinkToken: string;
}

type Refusal =
  | {
      /** A refusal code, or (for a list filtered by B's ids) no rows. */
      expect: 'NOT_FOUND' | 'FORBIDDEN' | 'EMPTY';
    }
  | {
      expect: 'BAD_USER_INPUT';
      /** The field the refusal names: the one holding B's id, not some other mistake. */
      field: string;
    };

type CrossCall = Refusal & {
  query: string;
  variables: (b: BIds, a: AIds) => Record<string, unknown>;
  /** Who calls: A's admin (by default), A's guardian in the family portal, or no one. */
  caller?: 'portal' | 'anonymous';
};

/** A minimal calendar .ics, valid, so only the district can be what is refused. */
const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//onrecord e2e//EN',
  ...[
    ['FIRST_INSTRUCTIONAL_DAY', '20270816'],
    ['LAST_INSTRUCTIONAL_DAY', '20280602'],
  ].flatMap(([category, date]) => [
    'BEGIN:VEVENT',
    `UID:${category}@e2e`,
    'DTSTAMP:20260701T000000Z',
    `DTSTART;VALUE=DATE:${date}`,
    `SUMMARY:${category}`,
    `CATEGORIES:${category}`,
    'END:VEVENT',
  ]),
  'END:VCALENDAR',
].join('\r\n');
/** A reviewer's corrections to that calendar, all of which would apply. */
const REVIEW = {
  firstDay: '2027-08-17',
  addClosures: [{ from: '2027-09-06', label: 'Labor Day' }],
};

const byId = (name: string, idOf: (b: BIds) => string): CrossCall => ({
  query: `mutation ($id: ID!) { ${name}(id: $id) { id } }`,
  variables: (b) => ({ id: idOf(b) }),
  expect: 'NOT_FOUND',
});
const queryById = (name: string, idOf: (b: BIds) => string): CrossCall => ({
  query: `query ($id: ID!) { ${name}(id: $id) { id } }`,
  variables: (b) => ({ id: idOf(b) }),
  expect: 'NOT_FOUND',
});
/** archiveX and deleteX of B's active record of a kind, restoreX of its archived one: NOT_FOUND. */
const lifecycle = (kind: Archivable, idOf: (b: BIds) => string): Record<string, CrossCall> => ({
  [`Mutation.archive${kind}`]: byId(`archive${kind}`, idOf),
  [`Mutation.restore${kind}`]: byId(`restore${kind}`, (b) => b.archived[kind]),
  [`Mutation.delete${kind}`]: byId(`delete${kind}`, idOf),
});
const connection = '{ edges { node { id } } }';

/** `weeks` weeks from now, as an instant. */
const weekFromNow = (weeks = 1): string =>
  new Date(Date.now() + weeks * 7 * 24 * 60 * 60 * 1000).toISOString();
/** A valid meeting on the case, but for what a call puts in it. */
const meetingOf = (caseId: string) => ({
  caseId,
  startsAt: weekFromNow(),
  kind: 'IEP',
  location: 'Room of A',
  attendees: [] as Array<{ contactId: string }>,
});

/**
 * Every operation that takes an id, called by organization A with organization B's ids.
 * The first test fails when an operation that takes an id is missing here: a new operation
 * must say how it refuses another organization's ids. A key is the operation, or the
 * operation and, in brackets, another way B's id can reach it.
 *
 * - An operation that addresses B's record by its id (read, change, archive, delete, or
 *   add to it where the feature treats it so): NOT_FOUND, as if it did not exist.
 * - B's id as a reference inside A's own, otherwise valid, input: BAD_USER_INPUT on that field.
 * - A list filtered by B's ids: no rows (A's own rows do not match either).
 */
const CROSS_CALLS: Record<string, CrossCall> = {
  // Members, invitations, sessions, system checks.
  'Mutation.changeMemberRole': {
    query:
      'mutation ($id: ID!) { changeMemberRole(input: { memberId: $id, role: ANALYST }) { id } }',
    variables: (b) => ({ id: b.memberId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.setFamilyRecordsAccess': {
    query: 'mutation ($id: ID!) { setFamilyRecordsAccess(memberId: $id, granted: true) { id } }',
    variables: (b) => ({ id: b.memberId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.removeMember': {
    query: 'mutation ($id: ID!) { removeMember(memberId: $id) { id } }',
    variables: (b) => ({ id: b.memberId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.revokeInvitation': {
    query: 'mutation ($id: ID!) { revokeInvitation(invitationId: $id) { id } }',
    variables: (b) => ({ id: b.invitationId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.switchOrganization': {
    query: 'mutation ($id: ID!) { switchOrganization(organizationId: $id) { accessToken } }',
    variables: (b) => ({ id: b.organizationId }),
    expect: 'FORBIDDEN',
  },
  'Mutation.logIn': {
    query: 'mutation ($input: LogInInput!) { logIn(input: $input) { accessToken } }',
    variables: (b) => ({
      input: { email: 'a@example.org', password: TEST_PASSWORD, organizationId: b.organizationId },
    }),
    expect: 'FORBIDDEN',
  },
  'Query.systemCheck': queryById('systemCheck', (b) => b.systemCheckId),
  'Mutation.revokeReportingApiKey': byId('revokeReportingApiKey', (b) => b.reportingApiKeyId),
  'Query.auditEvents': {
    query: `query ($actor: ID!) { auditEvents(filter: { actorUserId: $actor }) ${connection} }`,
    variables: (b) => ({ actor: b.userId }),
    expect: 'EMPTY',
  },
  'Query.auditEvents (B’s record as entityId)': {
    query: `query ($entity: String!) { auditEvents(filter: { entityId: $entity }) ${connection} }`,
    variables: (b) => ({ entity: b.familyId }),
    expect: 'EMPTY',
  },

  // Directory: districts, school years and non-school days, schools, contacts, chains.
  'Query.district': queryById('district', (b) => b.districtId),
  'Mutation.updateDistrict': {
    query:
      'mutation ($id: ID!) { updateDistrict(id: $id, input: { name: "Renamed by A" }) { id } }',
    variables: (b) => ({ id: b.districtId }),
    expect: 'NOT_FOUND',
  },
  ...lifecycle('District', (b) => b.districtId),
  'Query.schoolYear': queryById('schoolYear', (b) => b.schoolYearId),
  'Mutation.createSchoolYear': {
    query: 'mutation ($input: CreateSchoolYearInput!) { createSchoolYear(input: $input) { id } }',
    variables: (b) => ({
      input: {
        districtId: b.districtId,
        label: '2027-28',
        firstDay: '2027-08-16',
        lastDay: '2028-06-02',
      },
    }),
    expect: 'BAD_USER_INPUT',
    field: 'districtId',
  },
  'Mutation.updateSchoolYear': {
    query:
      'mutation ($id: ID!) { updateSchoolYear(id: $id, input: { lastDay: "2027-05-28" }) { id } }',
    variables: (b) => ({ id: b.schoolYearId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.deleteSchoolYear': byId('deleteSchoolYear', (b) => b.schoolYearId),
  'Mutation.addNonSchoolDays': {
    query: `mutation ($id: ID!) {
      addNonSchoolDays(schoolYearId: $id, days: [{ from: "2026-11-02", label: "A's day" }]) { id }
    }`,
    variables: (b) => ({ id: b.schoolYearId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.removeNonSchoolDays': {
    query:
      'mutation ($id: ID!, $date: String!) { removeNonSchoolDays(schoolYearId: $id, dates: [$date]) { id } }',
    variables: (b) => ({ id: b.schoolYearId, date: NON_SCHOOL_DAY }),
    expect: 'NOT_FOUND',
  },
  'Mutation.importSchoolCalendar': {
    query: `mutation ($input: ImportSchoolCalendarInput!) {
      importSchoolCalendar(input: $input) { replaced }
    }`,
    variables: (b) => ({ input: { districtId: b.districtId, ics: ICS } }),
    expect: 'BAD_USER_INPUT',
    field: 'districtId',
  },
  'Query.previewSchoolCalendar': {
    query: `query ($input: ImportSchoolCalendarInput!) {
      previewSchoolCalendar(input: $input) { firstDay }
    }`,
    variables: (b) => ({ input: { districtId: b.districtId, ics: ICS } }),
    expect: 'BAD_USER_INPUT',
    field: 'districtId',
  },
  // The reviewed import (corrections included) checks the district before anything else.
  'Mutation.importSchoolCalendar (reviewed, with corrections)': {
    query: `mutation ($input: ImportSchoolCalendarInput!) {
      importSchoolCalendar(input: $input) { replaced }
    }`,
    variables: (b) => ({ input: { districtId: b.districtId, ics: ICS, ...REVIEW } }),
    expect: 'BAD_USER_INPUT',
    field: 'districtId',
  },
  'Query.previewSchoolCalendar (reviewed, with corrections)': {
    query: `query ($input: ImportSchoolCalendarInput!) {
      previewSchoolCalendar(input: $input) { firstDay }
    }`,
    variables: (b) => ({ input: { districtId: b.districtId, ics: ICS, ...REVIEW } }),
    expect: 'BAD_USER_INPUT',
    field: 'districtId',
  },
  'Query.school': queryById('school', (b) => b.schoolId),
  'Query.schools': {
    query: `query ($district: ID!) { schools(filter: { districtId: $district }) ${connection} }`,
    variables: (b) => ({ district: b.districtId }),
    expect: 'EMPTY',
  },
  'Mutation.createSchool': {
    query: 'mutation ($input: CreateSchoolInput!) { createSchool(input: $input) { id } }',
    variables: (b) => ({ input: { districtId: b.districtId, name: 'School of A' } }),
    expect: 'BAD_USER_INPUT',
    field: 'districtId',
  },
  'Mutation.updateSchool': {
    query: 'mutation ($id: ID!) { updateSchool(id: $id, input: { name: "Renamed by A" }) { id } }',
    variables: (b) => ({ id: b.schoolId }),
    expect: 'NOT_FOUND',
  },
  ...lifecycle('School', (b) => b.schoolId),
  'Mutation.setEscalationChain': {
    query:
      'mutation ($school: ID!, $contacts: [ID!]!) { setEscalationChain(schoolId: $school, contactIds: $contacts) { id } }',
    variables: (b) => ({ school: b.schoolId, contacts: [] }),
    expect: 'NOT_FOUND',
  },
  'Mutation.setEscalationChain (A’s school, B’s contact)': {
    query:
      'mutation ($school: ID!, $contacts: [ID!]!) { setEscalationChain(schoolId: $school, contactIds: $contacts) { id } }',
    variables: (b, a) => ({ school: a.schoolId, contacts: [a.contactId, b.contactId] }),
    expect: 'BAD_USER_INPUT',
    field: 'contactIds.1',
  },
  'Query.schoolContact': queryById('schoolContact', (b) => b.contactId),
  'Query.schoolContacts': {
    query: `query ($district: ID!) { schoolContacts(filter: { districtId: $district }) ${connection} }`,
    variables: (b) => ({ district: b.districtId }),
    expect: 'EMPTY',
  },
  'Query.schoolContacts (B’s school)': {
    query: `query ($school: ID!) { schoolContacts(filter: { schoolId: $school }) ${connection} }`,
    variables: (b) => ({ school: b.schoolId }),
    expect: 'EMPTY',
  },
  'Query.schoolContacts (B’s school, with district staff)': {
    query: `query ($school: ID!) {
      schoolContacts(filter: { schoolId: $school, withDistrictStaff: true }) ${connection}
    }`,
    variables: (b) => ({ school: b.schoolId }),
    expect: 'EMPTY',
  },
  'Mutation.createSchoolContact': {
    query: `mutation ($input: CreateSchoolContactInput!) {
      createSchoolContact(input: $input) { id }
    }`,
    variables: (b) => ({
      input: { districtId: b.districtId, name: 'Contact of A', role: 'COUNSELOR' },
    }),
    expect: 'BAD_USER_INPUT',
    field: 'districtId',
  },
  'Mutation.createSchoolContact (A’s district, B’s school)': {
    query: `mutation ($input: CreateSchoolContactInput!) {
      createSchoolContact(input: $input) { id }
    }`,
    variables: (b, a) => ({
      input: {
        districtId: a.districtId,
        schoolId: b.schoolId,
        name: 'Contact of A',
        role: 'COUNSELOR',
      },
    }),
    expect: 'BAD_USER_INPUT',
    field: 'schoolId',
  },
  'Mutation.updateSchoolContact': {
    query: `mutation ($id: ID!) {
      updateSchoolContact(id: $id, input: { name: "Renamed by A" }) { id }
    }`,
    variables: (b) => ({ id: b.contactId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.updateSchoolContact (A’s contact, B’s school)': {
    query: `mutation ($id: ID!, $school: ID!) {
      updateSchoolContact(id: $id, input: { schoolId: $school }) { id }
    }`,
    variables: (b, a) => ({ id: a.contactId, school: b.schoolId }),
    expect: 'BAD_USER_INPUT',
    field: 'schoolId',
  },
  ...lifecycle('SchoolContact', (b) => b.contactId),

  // Families: families, guardians, students.
  'Query.family': queryById('family', (b) => b.familyId),
  'Mutation.createFamily': {
    query: 'mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id } }',
    variables: (b) => ({
      input: {
        householdName: 'Family of A',
        students: [{ name: 'Student of A', schoolId: b.schoolId }],
      },
    }),
    expect: 'BAD_USER_INPUT',
    field: 'students.0.schoolId',
  },
  'Mutation.updateFamily': {
    query: 'mutation ($id: ID!) { updateFamily(id: $id, input: { notes: "Written by A" }) { id } }',
    variables: (b) => ({ id: b.familyId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.setFamilyDemographics': {
    query: `mutation ($id: ID!) {
      setFamilyDemographics(familyId: $id, input: { county: "Travis" }) { id } }`,
    variables: (b) => ({ id: b.familyId }),
    expect: 'NOT_FOUND',
  },
  ...lifecycle('Family', (b) => b.familyId),
  'Query.guardian': queryById('guardian', (b) => b.guardianId),
  'Mutation.addGuardian': {
    query: `mutation ($family: ID!) {
      addGuardian(familyId: $family, input: { name: "Guardian of A", relationship: "father" }) { id }
    }`,
    variables: (b) => ({ family: b.familyId }),
    expect: 'BAD_USER_INPUT',
    field: 'familyId',
  },
  'Mutation.updateGuardian': {
    query:
      'mutation ($id: ID!) { updateGuardian(id: $id, input: { name: "Renamed by A" }) { id } }',
    variables: (b) => ({ id: b.guardianId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.setGuardianDemographics': {
    query: `mutation ($id: ID!) {
      setGuardianDemographics(guardianId: $id, input: { primaryLanguage: "es" }) { id } }`,
    variables: (b) => ({ id: b.guardianId }),
    expect: 'NOT_FOUND',
  },
  ...lifecycle('Guardian', (b) => b.guardianId),
  'Query.student': queryById('student', (b) => b.studentId),
  'Query.students': {
    query: `query ($family: ID!) { students(filter: { familyId: $family }) ${connection} }`,
    variables: (b) => ({ family: b.familyId }),
    expect: 'EMPTY',
  },
  'Query.students (B’s school)': {
    query: `query ($school: ID!) { students(filter: { schoolId: $school }) ${connection} }`,
    variables: (b) => ({ school: b.schoolId }),
    expect: 'EMPTY',
  },
  'Mutation.addStudent': {
    query: `mutation ($family: ID!) {
      addStudent(familyId: $family, input: { name: "Student of A" }) { id }
    }`,
    variables: (b) => ({ family: b.familyId }),
    expect: 'BAD_USER_INPUT',
    field: 'familyId',
  },
  'Mutation.addStudent (A’s family, B’s school)': {
    query: `mutation ($family: ID!, $school: ID!) {
      addStudent(familyId: $family, input: { name: "Student of A", schoolId: $school }) { id }
    }`,
    variables: (b, a) => ({ family: a.familyId, school: b.schoolId }),
    expect: 'BAD_USER_INPUT',
    field: 'schoolId',
  },
  'Mutation.setStudentDemographics': {
    query: `mutation ($id: ID!) {
      setStudentDemographics(studentId: $id, input: { raceEthnicity: WHITE }) { id } }`,
    variables: (b) => ({ id: b.studentId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.updateStudent': {
    query: 'mutation ($id: ID!) { updateStudent(id: $id, input: { grade: "5" }) { id } }',
    variables: (b) => ({ id: b.studentId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.updateStudent (A’s student, B’s school)': {
    query:
      'mutation ($id: ID!, $school: ID!) { updateStudent(id: $id, input: { schoolId: $school }) { id } }',
    variables: (b, a) => ({ id: a.studentId, school: b.schoolId }),
    expect: 'BAD_USER_INPUT',
    field: 'schoolId',
  },
  ...lifecycle('Student', (b) => b.studentId),

  // Cases: cases, status, advocates, notes, caseload, timeline.
  'Query.case': queryById('case', (b) => b.caseId),
  'Query.cases': {
    query: `query ($member: ID!) { cases(filter: { advocateId: $member }) ${connection} }`,
    variables: (b) => ({ member: b.memberId }),
    expect: 'EMPTY',
  },
  'Query.cases (B’s school)': {
    query: `query ($school: ID!) { cases(filter: { schoolId: $school }) ${connection} }`,
    variables: (b) => ({ school: b.schoolId }),
    expect: 'EMPTY',
  },
  'Query.cases (B’s district)': {
    query: `query ($district: ID!) { cases(filter: { districtId: $district }) ${connection} }`,
    variables: (b) => ({ district: b.districtId }),
    expect: 'EMPTY',
  },
  'Query.caseload': {
    query: `query ($member: ID!) { caseload(filter: { advocateId: $member }) { edges { node { status } } } }`,
    variables: (b) => ({ member: b.memberId }),
    expect: 'EMPTY',
  },
  'Query.caseTimeline': {
    query: `query ($id: ID!) { caseTimeline(caseId: $id) { edges { node { title } } } }`,
    variables: (b) => ({ id: b.caseId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.openCase': {
    query: 'mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }',
    variables: (b) => ({
      input: {
        familyId: b.familyId,
        studentId: b.studentId,
        title: 'Case of A',
        concerns: ['OTHER'],
      },
    }),
    expect: 'BAD_USER_INPUT',
    field: 'familyId',
  },
  'Mutation.openCase (A’s family, B’s student)': {
    query: 'mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }',
    variables: (b, a) => ({
      input: {
        familyId: a.familyId,
        studentId: b.studentId,
        title: 'Case of A',
        concerns: ['OTHER'],
      },
    }),
    expect: 'BAD_USER_INPUT',
    field: 'studentId',
  },
  'Mutation.openCase (A’s family and student, B’s member)': {
    query: 'mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }',
    variables: (b, a) => ({
      input: {
        familyId: a.familyId,
        studentId: a.studentId,
        title: 'Case of A',
        concerns: ['OTHER'],
        advocateIds: [a.memberId, b.memberId],
      },
    }),
    expect: 'BAD_USER_INPUT',
    field: 'advocateIds.1',
  },
  'Mutation.updateCase': {
    query: 'mutation ($id: ID!) { updateCase(id: $id, input: { title: "Renamed by A" }) { id } }',
    variables: (b) => ({ id: b.caseId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.changeCaseStatus': {
    query: `mutation ($id: ID!) {
      changeCaseStatus(input: { caseId: $id, status: ON_HOLD, reason: "A says so" }) { id }
    }`,
    variables: (b) => ({ id: b.caseId }),
    expect: 'NOT_FOUND',
  },
  ...lifecycle('Case', (b) => b.caseId),
  'Mutation.placeLegalHold': {
    query: `mutation ($id: ID!) {
      placeLegalHold(input: { caseId: $id, reason: "A says so" }) { id }
    }`,
    variables: (b) => ({ id: b.caseId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.releaseLegalHold': {
    query: 'mutation ($id: ID!) { releaseLegalHold(caseId: $id) { id } }',
    variables: (b) => ({ id: b.caseId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.eraseFamily': {
    query: `mutation ($id: ID!) {
      eraseFamily(input: { familyId: $id, confirmHouseholdName: "Household of B" }) { familyId }
    }`,
    variables: (b) => ({ id: b.familyId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.assignAdvocate': {
    query:
      'mutation ($case: ID!, $member: ID!) { assignAdvocate(caseId: $case, memberId: $member) { id } }',
    variables: (b, a) => ({ case: b.caseId, member: a.memberId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.assignAdvocate (A’s case, B’s member)': {
    query:
      'mutation ($case: ID!, $member: ID!) { assignAdvocate(caseId: $case, memberId: $member) { id } }',
    variables: (b, a) => ({ case: a.caseId, member: b.memberId }),
    expect: 'BAD_USER_INPUT',
    field: 'memberId',
  },
  'Mutation.unassignAdvocate': {
    query:
      'mutation ($case: ID!, $member: ID!) { unassignAdvocate(caseId: $case, memberId: $member) { id } }',
    variables: (b) => ({ case: b.caseId, member: b.memberId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.unassignAdvocate (A’s case, B’s member)': {
    query:
      'mutation ($case: ID!, $member: ID!) { unassignAdvocate(caseId: $case, memberId: $member) { id } }',
    variables: (b, a) => ({ case: a.caseId, member: b.memberId }),
    expect: 'BAD_USER_INPUT',
    field: 'memberId',
  },
  'Query.caseNotes': {
    query: `query ($case: ID!) { caseNotes(caseId: $case) ${connection} }`,
    variables: (b) => ({ case: b.caseId }),
    expect: 'NOT_FOUND',
  },
  // The case is the record addressed (notes belong to it), so NOT_FOUND, where addStudent,
  // addGuardian and addSupport treat their parent id as a reference (BAD_USER_INPUT).
  'Mutation.addCaseNote': {
    query:
      'mutation ($case: ID!) { addCaseNote(caseId: $case, input: { body: "Written by A" }) { id } }',
    variables: (b) => ({ case: b.caseId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.updateCaseNote': {
    query:
      'mutation ($id: ID!) { updateCaseNote(id: $id, input: { visibility: SHARED_WITH_FAMILY }) { id } }',
    variables: (b) => ({ id: b.caseNoteId }),
    expect: 'NOT_FOUND',
  },
  ...lifecycle('CaseNote', (b) => b.caseNoteId),
  'Query.contactLog': {
    query: `query ($case: ID!) { contactLog(caseId: $case) ${connection} }`,
    variables: (b) => ({ case: b.caseId }),
    expect: 'NOT_FOUND',
  },
  // The case and the guardian are references of the contact: BAD_USER_INPUT, as for addStudent.
  'Mutation.logContact': {
    query: `mutation ($case: ID!, $guardian: ID!) { logContact(input: {
      caseId: $case, party: GUARDIAN, guardianId: $guardian, channel: PHONE }) { id } }`,
    variables: (b) => ({ case: b.caseId, guardian: b.guardianId }),
    expect: 'BAD_USER_INPUT',
    field: 'caseId',
  },
  'Mutation.updateContactLogEntry': {
    query:
      'mutation ($id: ID!) { updateContactLogEntry(id: $id, input: { note: "Changed by A" }) { id } }',
    variables: (b) => ({ id: b.contactLogEntryId }),
    expect: 'NOT_FOUND',
  },
  ...lifecycle('ContactLogEntry', (b) => b.contactLogEntryId),
  'Mutation.updateOutreachActivity': {
    query: 'mutation ($id: ID!) { updateOutreachActivity(id: $id, input: { parents: 1 }) { id } }',
    variables: (b) => ({ id: b.outreachActivityId }),
    expect: 'NOT_FOUND',
  },
  ...lifecycle('OutreachActivity', (b) => b.outreachActivityId),

  // Documents: B's case is not found to list; B's document is not found to change.
  'Query.caseDocuments': {
    query: `query ($case: ID!) { caseDocuments(caseId: $case) ${connection} }`,
    variables: (b) => ({ case: b.caseId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.updateDocument': {
    query:
      'mutation ($id: ID!) { updateDocument(id: $id, input: { sharedWithFamily: true }) { id } }',
    variables: (b) => ({ id: b.documentId }),
    expect: 'NOT_FOUND',
  },
  ...lifecycle('Document', (b) => b.documentId),

  // Captured replies (mail in): B's reply, and B's request as a filter, are not found.
  'Query.inboundMessage': queryById('inboundMessage', (b) => b.inboundMessageId),
  'Query.inboundMessages': {
    query: `query ($request: ID!) { inboundMessages(filter: { requestId: $request }) ${connection} }`,
    variables: (b) => ({ request: b.writtenRequestId }),
    expect: 'NOT_FOUND',
  },
  // Classifying one: B's reply is not found; B's request to file A's reply under is refused.
  'Mutation.recordReplyAsResponse': {
    query: `mutation ($id: ID!) {
      recordReplyAsResponse(id: $id, input: { outcome: GRANTED }) { message { id } }
    }`,
    variables: (b) => ({ id: b.inboundMessageId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.markReplyNotAnAnswer': byId('markReplyNotAnAnswer', (b) => b.inboundMessageId),
  'Mutation.shareReplyWithFamily': {
    query: 'mutation ($id: ID!) { shareReplyWithFamily(id: $id, shared: true) { id } }',
    variables: (b) => ({ id: b.inboundMessageId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.fileReply': {
    query: 'mutation ($id: ID!, $request: ID!) { fileReply(id: $id, requestId: $request) { id } }',
    variables: (b, a) => ({ id: b.inboundMessageId, request: a.writtenRequestId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.fileReply (requestId)': {
    query: 'mutation ($id: ID!, $request: ID!) { fileReply(id: $id, requestId: $request) { id } }',
    variables: (b, a) => ({ id: a.inboundMessageId, request: b.unansweredRequestId }),
    expect: 'BAD_USER_INPUT',
    field: 'requestId',
  },

  // The parent survey: B's case is NOT_FOUND; B's question is a reference in A's survey.
  'Mutation.sendParentSurvey': {
    query: 'mutation ($case: ID!) { sendParentSurvey(caseId: $case) { id } }',
    variables: (b) => ({ case: b.caseId }),
    expect: 'NOT_FOUND',
  },
  'Query.parentSurveyInvitations': {
    query: 'query ($case: ID!) { parentSurveyInvitations(caseId: $case) { id } }',
    variables: (b) => ({ case: b.caseId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.updateParentSurvey': {
    query: `mutation ($question: ID!) { updateParentSurvey(input: {
      questions: [{ id: $question, textEn: "Changed by A", textEs: "Cambiado por A" }] }) { saved } }`,
    variables: (b) => ({ question: b.parentSurveyQuestionId }),
    expect: 'BAD_USER_INPUT',
    field: 'questions.0.id',
  },
  // Answering needs a survey link: a link of no one's refuses before any question is looked
  // at (a real link of A's with B's question: libs/surveys/src/parent-survey.int-spec.ts).
  'Mutation.answerParentSurvey': {
    query: `mutation ($question: ID!) { answerParentSurvey(input: {
      token: "ors_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      ratings: [{ questionId: $question, rating: 5 }] }) { answeredAt } }`,
    variables: (b) => ({ question: b.parentSurveyQuestionId }),
    expect: 'BAD_USER_INPUT',
    field: 'token',
    caller: 'anonymous',
  },

  // Attendance: observation tags, supports, entries, summary.
  ...lifecycle('ObservationTag', (b) => b.observationTagId),
  'Mutation.setObservationTagTranslations': {
    query: `mutation ($id: ID!) {
      setObservationTagTranslations(id: $id, translations: [{ language: "es", label: "Etiqueta de A" }]) { id }
    }`,
    variables: (b) => ({ id: b.observationTagId }),
    expect: 'NOT_FOUND',
  },
  'Query.supports': {
    query: 'query ($student: ID!) { supports(studentId: $student) { id } }',
    variables: (b) => ({ student: b.studentId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.addSupport': {
    query: `mutation ($student: ID!) {
      addSupport(studentId: $student, input: { name: "Support of A", startedOn: "2026-09-01" }) { id }
    }`,
    variables: (b) => ({ student: b.studentId }),
    expect: 'BAD_USER_INPUT',
    field: 'studentId',
  },
  'Mutation.updateSupport': {
    query: 'mutation ($id: ID!) { updateSupport(id: $id, input: { name: "Renamed by A" }) { id } }',
    variables: (b) => ({ id: b.supportId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.endSupport': {
    query: 'mutation ($id: ID!) { endSupport(id: $id, endedOn: "2026-11-02") { id } }',
    variables: (b) => ({ id: b.supportId }),
    expect: 'NOT_FOUND',
  },
  ...lifecycle('Support', (b) => b.supportId),
  'Query.attendanceEntries': {
    query: `query ($student: ID!) { attendanceEntries(studentId: $student) ${connection} }`,
    variables: (b) => ({ student: b.studentId }),
    expect: 'NOT_FOUND',
  },
  'Query.attendanceSummary': {
    query: 'query ($student: ID!) { attendanceSummary(studentId: $student) { studentId } }',
    variables: (b) => ({ student: b.studentId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.recordAttendance': {
    query: 'mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }',
    variables: (b) => ({ input: { studentId: b.studentId, date: SCHOOL_DAY, status: 'ABSENT' } }),
    expect: 'BAD_USER_INPUT',
    field: 'studentId',
  },
  'Mutation.recordAttendance (A’s student, B’s support)': {
    query: 'mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }',
    variables: (b, a) => ({
      input: {
        studentId: a.studentId,
        date: SCHOOL_DAY,
        status: 'FULL',
        supportIds: [b.supportId],
      },
    }),
    expect: 'BAD_USER_INPUT',
    field: 'supportIds.0',
  },
  // Not an id, but B's own trigger label must not be in A's catalog.
  'Mutation.recordAttendance (A’s student, B’s observation tag)': {
    query: 'mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }',
    variables: (b, a) => ({
      input: {
        studentId: a.studentId,
        date: SCHOOL_DAY,
        status: 'FULL',
        triggers: [b.observationTagLabel],
      },
    }),
    expect: 'BAD_USER_INPUT',
    field: 'triggers.0',
  },
  'Mutation.recordAttendanceWeek': {
    query:
      'mutation ($input: RecordAttendanceWeekInput!) { recordAttendanceWeek(input: $input) { id } }',
    variables: (b) => ({
      input: {
        studentId: b.studentId,
        weekOf: SCHOOL_DAY,
        days: [{ date: SCHOOL_DAY, status: 'ABSENT' }],
      },
    }),
    expect: 'BAD_USER_INPUT',
    field: 'studentId',
  },
  'Mutation.recordAttendanceWeek (A’s student, B’s support)': {
    query:
      'mutation ($input: RecordAttendanceWeekInput!) { recordAttendanceWeek(input: $input) { id } }',
    variables: (b, a) => ({
      input: {
        studentId: a.studentId,
        weekOf: SCHOOL_DAY,
        days: [{ date: SCHOOL_DAY, status: 'FULL', supportIds: [b.supportId] }],
      },
    }),
    expect: 'BAD_USER_INPUT',
    field: 'days.0.supportIds.0',
  },
  'Mutation.deleteAttendanceEntry': byId('deleteAttendanceEntry', (b) => b.attendanceEntryId),
  'Query.attendanceEntry': queryById('attendanceEntry', (b) => b.attendanceEntryId),
  'Query.support': queryById('support', (b) => b.supportId),

  // Requests: written requests and their deadlines, school responses, commitments.
  'Query.writtenRequest': queryById('writtenRequest', (b) => b.writtenRequestId),
  'Query.writtenRequests': {
    query: `query ($case: ID!) { writtenRequests(filter: { caseId: $case }) ${connection} }`,
    variables: (b) => ({ case: b.caseId }),
    expect: 'EMPTY',
  },
  'Query.writtenRequests (B’s case, archived too)': {
    query: `query ($case: ID!) {
      writtenRequests(filter: { caseId: $case, includeArchived: true }) ${connection}
    }`,
    variables: (b) => ({ case: b.caseId }),
    expect: 'EMPTY',
  },
  'Query.deadlinePreview': {
    query: `query ($input: DeadlinePreviewInput!) { deadlinePreview(input: $input) { dueOn } }`,
    variables: (b) => ({ input: { caseId: b.caseId, type: 'EVALUATION', receivedOn: SCHOOL_DAY } }),
    expect: 'BAD_USER_INPUT',
    field: 'caseId',
  },
  'Query.deadlinePreview (B’s district)': {
    query: `query ($input: DeadlinePreviewInput!) { deadlinePreview(input: $input) { dueOn } }`,
    variables: (b) => ({
      input: {
        districtId: b.districtId,
        type: 'EVALUATION',
        trigger: 'WRITTEN_REQUEST_RECEIVED',
        receivedOn: SCHOOL_DAY,
      },
    }),
    expect: 'BAD_USER_INPUT',
    field: 'districtId',
  },
  'Mutation.createWrittenRequest': {
    query: `mutation ($input: CreateWrittenRequestInput!) { createWrittenRequest(input: $input) { id } }`,
    variables: (b, a) => ({
      input: {
        caseId: b.caseId,
        type: 'EVALUATION',
        subject: 'Request of A',
        recipientIds: [a.contactId],
      },
    }),
    expect: 'BAD_USER_INPUT',
    field: 'caseId',
  },
  'Mutation.createWrittenRequest (A’s case, B’s contact)': {
    query: `mutation ($input: CreateWrittenRequestInput!) { createWrittenRequest(input: $input) { id } }`,
    variables: (b, a) => ({
      input: {
        caseId: a.caseId,
        type: 'EVALUATION',
        subject: 'Request of A',
        recipientIds: [a.contactId, b.contactId],
      },
    }),
    expect: 'BAD_USER_INPUT',
    field: 'recipientIds.1',
  },
  'Mutation.updateWrittenRequest': {
    query: `mutation ($id: ID!) {
      updateWrittenRequest(id: $id, input: { subject: "Renamed by A" }) { id }
    }`,
    variables: (b) => ({ id: b.draftRequestId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.updateWrittenRequest (A’s request, B’s contact)': {
    query: `mutation ($id: ID!, $contacts: [ID!]!) {
      updateWrittenRequest(id: $id, input: { recipientIds: $contacts }) { id }
    }`,
    variables: (b, a) => ({ id: a.draftRequestId, contacts: [a.contactId, b.contactId] }),
    expect: 'BAD_USER_INPUT',
    field: 'recipientIds.1',
  },
  'Mutation.emailWrittenRequest': {
    query: `mutation ($id: ID!) { emailWrittenRequest(id: $id) { id } }`,
    variables: (b) => ({ id: b.draftRequestId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.sendWrittenRequest': {
    query: `mutation ($id: ID!, $input: SendWrittenRequestInput!) {
      sendWrittenRequest(id: $id, input: $input) { id }
    }`,
    variables: (b) => ({
      id: b.draftRequestId,
      input: { sentOn: SCHOOL_DAY, channel: 'EMAIL' },
    }),
    expect: 'NOT_FOUND',
  },
  'Mutation.withdrawWrittenRequest': {
    query: `mutation ($id: ID!) { withdrawWrittenRequest(id: $id, reason: "A says so") { id } }`,
    variables: (b) => ({ id: b.unansweredRequestId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.closeWrittenRequest': byId('closeWrittenRequest', (b) => b.writtenRequestId),
  'Mutation.overrideDeadline': {
    query: `mutation ($id: ID!) {
      overrideDeadline(id: $id, input: { dueOn: "2027-01-15", reason: "A says so" }) { id }
    }`,
    variables: (b) => ({ id: b.unansweredRequestId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.clearDeadlineOverride': byId('clearDeadlineOverride', (b) => b.unansweredRequestId),
  // The draft: were it found, archiving or deleting it would succeed.
  ...lifecycle('WrittenRequest', (b) => b.draftRequestId),
  'Query.schoolResponse': queryById('schoolResponse', (b) => b.schoolResponseId),
  'Query.schoolResponses': {
    query: 'query ($request: ID!) { schoolResponses(requestId: $request) { id } }',
    variables: (b) => ({ request: b.writtenRequestId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.recordSchoolResponse': {
    query: `mutation ($request: ID!, $input: SchoolResponseInput!) {
      recordSchoolResponse(requestId: $request, input: $input) { id }
    }`,
    variables: (b) => ({
      request: b.unansweredRequestId,
      input: {
        receivedOn: recentSchoolDay(),
        channel: 'EMAIL',
        outcome: 'GRANTED',
        summary: 'Written by A',
      },
    }),
    expect: 'BAD_USER_INPUT',
    field: 'requestId',
  },
  'Mutation.recordSchoolResponse (A’s request, B’s contact)': {
    query: `mutation ($request: ID!, $input: SchoolResponseInput!) {
      recordSchoolResponse(requestId: $request, input: $input) { id }
    }`,
    variables: (b, a) => ({
      request: a.writtenRequestId,
      input: {
        receivedOn: recentSchoolDay(),
        channel: 'EMAIL',
        outcome: 'GRANTED',
        respondedByContactId: b.contactId,
      },
    }),
    expect: 'BAD_USER_INPUT',
    field: 'respondedByContactId',
  },
  'Mutation.updateSchoolResponse': {
    query: `mutation ($id: ID!) {
      updateSchoolResponse(id: $id, input: { summary: "Written by A" }) { id }
    }`,
    variables: (b) => ({ id: b.schoolResponseId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.updateSchoolResponse (A’s response, B’s contact)': {
    query: `mutation ($id: ID!, $contact: ID!) {
      updateSchoolResponse(id: $id, input: { respondedByContactId: $contact }) { id }
    }`,
    variables: (b, a) => ({ id: a.schoolResponseId, contact: b.contactId }),
    expect: 'BAD_USER_INPUT',
    field: 'respondedByContactId',
  },
  ...lifecycle('SchoolResponse', (b) => b.schoolResponseId),
  'Query.commitment': queryById('commitment', (b) => b.commitmentId),
  'Query.commitments': {
    query: `query ($case: ID!) { commitments(filter: { caseId: $case }) ${connection} }`,
    variables: (b) => ({ case: b.caseId }),
    expect: 'EMPTY',
  },
  'Query.commitments (B’s case, archived too)': {
    query: `query ($case: ID!) {
      commitments(filter: { caseId: $case, includeArchived: true }) ${connection}
    }`,
    variables: (b) => ({ case: b.caseId }),
    expect: 'EMPTY',
  },
  // The response is the record addressed (its commitments belong to it), like addCaseNote.
  'Mutation.addCommitment': {
    query: `mutation ($response: ID!, $input: CommitmentInput!) {
      addCommitment(responseId: $response, input: $input) { id }
    }`,
    variables: (b) => ({
      response: b.schoolResponseId,
      input: { description: 'Promise of A', dueOn: '2027-01-15' },
    }),
    expect: 'NOT_FOUND',
  },
  'Mutation.updateCommitment': {
    query: `mutation ($id: ID!) {
      updateCommitment(id: $id, input: { description: "Written by A" }) { id }
    }`,
    variables: (b) => ({ id: b.commitmentId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.markCommitmentMet': {
    query: 'mutation ($id: ID!, $on: String!) { markCommitmentMet(id: $id, on: $on) { id } }',
    variables: (b) => ({ id: b.commitmentId, on: recentSchoolDay() }),
    expect: 'NOT_FOUND',
  },
  'Mutation.markCommitmentMissed': {
    query: 'mutation ($id: ID!, $on: String!) { markCommitmentMissed(id: $id, on: $on) { id } }',
    variables: (b) => ({ id: b.commitmentId, on: recentSchoolDay() }),
    expect: 'NOT_FOUND',
  },
  'Mutation.reopenCommitment': byId('reopenCommitment', (b) => b.commitmentId),
  ...lifecycle('Commitment', (b) => b.commitmentId),
  'Query.draftLetter': {
    query: `query ($input: DraftLetterInput!) { draftLetter(input: $input) { subject } }`,
    variables: (b, a) => ({
      input: { caseId: b.caseId, type: 'EVALUATION', recipientIds: [a.contactId] },
    }),
    expect: 'BAD_USER_INPUT',
    field: 'caseId',
  },
  'Query.draftLetter (A’s case, B’s contact)': {
    query: `query ($input: DraftLetterInput!) { draftLetter(input: $input) { subject } }`,
    variables: (b, a) => ({
      input: { caseId: a.caseId, type: 'EVALUATION', recipientIds: [a.contactId, b.contactId] },
    }),
    expect: 'BAD_USER_INPUT',
    field: 'recipientIds.1',
  },

  // Meetings and their written items.
  'Query.meeting': queryById('meeting', (b) => b.meetingId),
  'Query.meetings': {
    query: `query ($case: ID!) { meetings(filter: { caseId: $case }) ${connection} }`,
    variables: (b) => ({ case: b.caseId }),
    expect: 'EMPTY',
  },
  'Query.meetings (B’s case, archived too)': {
    query: `query ($case: ID!) {
      meetings(filter: { caseId: $case, includeArchived: true }) ${connection}
    }`,
    variables: (b) => ({ case: b.caseId }),
    expect: 'EMPTY',
  },
  'Mutation.scheduleMeeting': {
    query: `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
    variables: (b) => ({ input: meetingOf(b.caseId) }),
    expect: 'BAD_USER_INPUT',
    field: 'caseId',
  },
  'Mutation.scheduleMeeting (A’s case, B’s contact)': {
    query: `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
    variables: (b, a) => ({
      input: { ...meetingOf(a.caseId), attendees: [{ contactId: b.contactId }] },
    }),
    expect: 'BAD_USER_INPUT',
    field: 'attendees.0.contactId',
  },
  'Mutation.rescheduleMeeting': {
    query: `mutation ($id: ID!, $at: DateTime!) { rescheduleMeeting(id: $id, startsAt: $at) { id } }`,
    variables: (b) => ({ id: b.meetingId, at: weekFromNow(2) }),
    expect: 'NOT_FOUND',
  },
  'Mutation.updateMeeting': {
    query: `mutation ($id: ID!) { updateMeeting(id: $id, input: { notes: "Written by A" }) { id } }`,
    variables: (b) => ({ id: b.meetingId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.updateMeeting (A’s meeting, B’s contact)': {
    query: `mutation ($id: ID!, $contact: ID!) {
      updateMeeting(id: $id, input: { attendees: [{ contactId: $contact }] }) { id }
    }`,
    variables: (b, a) => ({ id: a.meetingId, contact: b.contactId }),
    expect: 'BAD_USER_INPUT',
    field: 'attendees.0.contactId',
  },
  ...lifecycle('Meeting', (b) => b.meetingId),
  'Query.meetingTask': queryById('meetingTask', (b) => b.concernsTaskId),
  'Query.meetingTasks': {
    query: `query ($case: ID!) { meetingTasks(filter: { caseId: $case }) ${connection} }`,
    variables: (b) => ({ case: b.caseId }),
    expect: 'EMPTY',
  },
  'Mutation.completeMeetingTask': {
    query: `mutation ($id: ID!, $input: CompleteMeetingTaskInput!) {
      completeMeetingTask(id: $id, input: $input) { id }
    }`,
    variables: (b) => ({ id: b.concernsTaskId, input: { doneOn: recentSchoolDay() } }),
    expect: 'NOT_FOUND',
  },
  'Mutation.completeMeetingTask (A’s task, B’s request)': {
    query: `mutation ($id: ID!, $input: CompleteMeetingTaskInput!) {
      completeMeetingTask(id: $id, input: $input) { id }
    }`,
    variables: (b, a) => ({
      id: a.concernsTaskId,
      input: { doneOn: recentSchoolDay(), requestId: b.writtenRequestId },
    }),
    expect: 'BAD_USER_INPUT',
    field: 'requestId',
  },
  'Mutation.reopenMeetingTask': byId('reopenMeetingTask', (b) => b.concernsTaskId),

  // Outcome reports: B's ids as filters are unknown ids.
  'Query.outcomeReport': {
    query: `query ($district: ID!) {
      outcomeReport(range: { from: "2025-09-01", to: "2026-08-31" }, filter: { districtIds: [$district] }) { requests }
    }`,
    variables: (b) => ({ district: b.districtId }),
    expect: 'BAD_USER_INPUT',
    field: 'filter.districtIds',
  },
  'Query.outcomeReport (B’s school)': {
    query: `query ($school: ID!) {
      outcomeReport(range: { from: "2025-09-01", to: "2026-08-31" }, filter: { schoolIds: [$school] }) { requests }
    }`,
    variables: (b) => ({ school: b.schoolId }),
    expect: 'BAD_USER_INPUT',
    field: 'filter.schoolIds',
  },
  'Query.outcomeReport (B’s member)': {
    query: `query ($member: ID!) {
      outcomeReport(range: { from: "2025-09-01", to: "2026-08-31" }, filter: { advocateIds: [$member] }) { requests }
    }`,
    variables: (b) => ({ member: b.memberId }),
    expect: 'BAD_USER_INPUT',
    field: 'filter.advocateIds',
  },
  'Query.outcomeReportRequests': {
    query: `query ($school: ID!) {
      outcomeReportRequests(range: { from: "2025-09-01", to: "2026-08-31" }, filter: { schoolIds: [$school] }) {
        edges { node { id } }
      }
    }`,
    variables: (b) => ({ school: b.schoolId }),
    expect: 'BAD_USER_INPUT',
    field: 'filter.schoolIds',
  },

  // Follow-ups.
  'Query.followUp': queryById('followUp', (b) => b.followUpId),
  'Query.followUpPreview': {
    query: 'query ($id: ID!) { followUpPreview(id: $id) { subject } }',
    variables: (b) => ({ id: b.followUpId }),
    expect: 'NOT_FOUND',
  },
  'Query.followUpPolicyPreview': {
    query:
      'query ($id: ID!) { followUpPolicyPreview(requestId: $id, changes: { maxFollowUps: 2 }) { kind } }',
    variables: (b) => ({ id: b.unansweredRequestId }),
    expect: 'NOT_FOUND',
  },
  'Query.followUps': {
    query: `query ($case: ID!) { followUps(filter: { caseId: $case }) ${connection} }`,
    variables: (b) => ({ case: b.caseId }),
    expect: 'EMPTY',
  },
  'Query.followUps (B’s request)': {
    query: `query ($request: ID!) { followUps(filter: { requestId: $request }) ${connection} }`,
    variables: (b) => ({ request: b.unansweredRequestId }),
    expect: 'EMPTY',
  },
  'Mutation.editFollowUp': {
    query: 'mutation ($id: ID!) { editFollowUp(id: $id, input: { subject: "By A" }) { id } }',
    variables: (b) => ({ id: b.followUpId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.approveFollowUp': byId('approveFollowUp', (b) => b.followUpId),
  'Mutation.discardFollowUp': byId('discardFollowUp', (b) => b.followUpId),
  'Mutation.retryFollowUp': byId('retryFollowUp', (b) => b.followUpId),
  'Mutation.retryFollowUp (B’s follow-up, B’s contact)': {
    query:
      'mutation ($id: ID!, $to: [ID!]) { retryFollowUp(id: $id, recipientContactIds: $to) { id } }',
    variables: (b) => ({ id: b.followUpId, to: [b.contactId] }),
    expect: 'NOT_FOUND',
  },

  // The family portal: A's advocates with B's guardians, A's guardian with B's ids.
  'Mutation.inviteGuardianToPortal': {
    query: 'mutation ($id: ID!) { inviteGuardianToPortal(guardianId: $id) { guardianId } }',
    variables: (b) => ({ id: b.guardianId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.revokeGuardianPortalAccess': {
    query: 'mutation ($id: ID!) { revokeGuardianPortalAccess(guardianId: $id) { guardianId } }',
    variables: (b) => ({ id: b.guardianId }),
    expect: 'NOT_FOUND',
  },
  'Query.portalCase': { ...queryById('portalCase', (b) => b.caseId), caller: 'portal' },
  'Query.portalAttendanceEntries': {
    query: `query ($id: ID!) {
      portalAttendanceEntries(studentId: $id, from: "2026-09-01", to: "2026-10-31") { id }
    }`,
    variables: (b) => ({ id: b.studentId }),
    expect: 'NOT_FOUND',
    caller: 'portal',
  },
  'Query.portalSupports': {
    query: 'query ($id: ID!) { portalSupports(studentId: $id) { id } }',
    variables: (b) => ({ id: b.studentId }),
    expect: 'NOT_FOUND',
    caller: 'portal',
  },
  'Query.portalRequest': {
    ...queryById('portalRequest', (b) => b.writtenRequestId),
    caller: 'portal',
  },
  'Query.portalAttendanceSummary': {
    query: `query ($id: ID!) {
      portalAttendanceSummary(studentId: $id, from: "2026-09-01", to: "2026-10-31") { studentId }
    }`,
    variables: (b) => ({ id: b.studentId }),
    expect: 'NOT_FOUND',
    caller: 'portal',
  },
  'Mutation.recordPortalAttendance': {
    query: `mutation ($id: ID!, $date: String!) {
      recordPortalAttendance(input: { studentId: $id, date: $date, status: ABSENT }) { id }
    }`,
    variables: (b) => ({ id: b.studentId, date: SCHOOL_DAY }),
    expect: 'NOT_FOUND',
    caller: 'portal',
  },
  'Mutation.sendPortalMessage': {
    query: `mutation ($id: ID!) {
      sendPortalMessage(input: { caseId: $id, body: "Written by A's family" }) { id }
    }`,
    variables: (b) => ({ id: b.caseId }),
    expect: 'NOT_FOUND',
    caller: 'portal',
  },
  'Query.portalMessages': {
    query: 'query ($id: ID!) { portalMessages(caseId: $id) { id body } }',
    variables: (b) => ({ id: b.caseId }),
    expect: 'NOT_FOUND',
    caller: 'portal',
  },
  'Mutation.switchPortalOrganization': {
    query: 'mutation ($id: ID!) { switchPortalOrganization(organizationId: $id) { id } }',
    variables: (b) => ({ id: b.organizationId }),
    expect: 'NOT_FOUND',
    caller: 'portal',
  },
  'Mutation.signInToPortal': {
    query: `mutation ($token: String!, $id: ID!) {
      signInToPortal(token: $token, organizationId: $id) { token }
    }`,
    variables: (b, a) => ({ token: a.portalLinkToken, id: b.organizationId }),
    expect: 'BAD_USER_INPUT',
    field: 'organizationId',
    caller: 'anonymous',
  },
};

/** What a request shows of itself and of what hangs off it: B's marker is in all of it. */
const REQUEST_FIELDS = `id subject body case { title } recipients { id name }
  responses { id summary commitments { id description dataWhat dataHow meanwhile } }`;

/** What a meeting shows of itself: B's marker is in its case, location, notes and attendees. */
const MEETING_FIELDS = `id caseId location notes case { title } attendees { contactId name }
  tasks { id requestId }`;

/**
 * The lists of requests, commitments and meetings that take no id: A sees its own rows (where the list
 * is sure to have some) and nothing of B's.
 */
const LISTS_WITHOUT_IDS: Record<string, { query: string; hasARows: boolean }> = {
  // Search: B's words find nothing of B's for A; A's own words find A's records.
  'Query.search': {
    query: `{ search(text: "${B_MARKER}", first: 50) { kind id caseId title context snippet { text } } }`,
    hasARows: false,
  },
  'Query.search (A’s own records)': {
    query: '{ search(text: "Alpha", first: 50) { kind id caseId title context snippet { text } } }',
    hasARows: true,
  },
  'Query.inboundMessages': {
    query: `{
      inboundMessages(first: 100) {
        edges { node { id requestId suggestedRequestId subject text fromAddress request { id subject } } }
      }
    }`,
    hasARows: true,
  },
  'Query.reportingApiKeys': { query: '{ reportingApiKeys { id name prefix } }', hasARows: false },
  'Query.followUps': {
    query: `{
      followUps(first: 100) {
        edges { node { id caseId requestId recipients { name } cc { name } subject body } }
      }
    }`,
    hasARows: true,
  },
  'Query.overdueRequests': {
    query: `{ overdueRequests(first: 100) { edges { node { ${REQUEST_FIELDS} } } } }`,
    hasARows: false,
  },
  'Query.dueSoonRequests': {
    query: `{ dueSoonRequests(first: 100, withinDays: 90) { edges { node { ${REQUEST_FIELDS} } } } }`,
    hasARows: false,
  },
  'Query.writtenRequests': {
    query: `{
      writtenRequests(first: 100, filter: { includeArchived: true }) { edges { node { ${REQUEST_FIELDS} } } }
    }`,
    hasARows: true,
  },
  'Query.commitments': {
    query: `{
      commitments(first: 100, filter: { includeArchived: true }) {
        edges { node { id description dataWhat dataHow meanwhile requestId responseId } }
      }
    }`,
    hasARows: true,
  },
  'Query.meetings': {
    query: `{
      meetings(first: 100, filter: { includeArchived: true }) { edges { node { ${MEETING_FIELDS} } } }
    }`,
    hasARows: true,
  },
  'Query.meetingTasks': {
    query: `{
      meetingTasks(first: 100) {
        edges { node { id meetingId requestId meeting { ${MEETING_FIELDS} } } }
      }
    }`,
    hasARows: true,
  },
};

/** The operation a CROSS_CALLS key is about: "Mutation.openCase (…)" → "Mutation.openCase". */
const operationOf = (key: string): string => key.replace(/ .*$/, '');

/** What A must get, as outcomeOf writes it. */
const expected = (call: CrossCall): string =>
  call.expect === 'BAD_USER_INPUT' ? `BAD_USER_INPUT ${call.field}` : call.expect;

/**
 * What A got: the first error's code (with the fields a BAD_USER_INPUT names, and the message
 * of anything unexpected), EMPTY for a list with no rows (a connection's edges or a plain
 * list), else the data itself; LEAK when anything of B's records shows in the response.
 */
function outcomeOf(response: GraphqlResponse<Record<string, unknown>>): string {
  const text = JSON.stringify({ data: response.data, errors: response.errors });
  if (text.includes(B_MARKER)) return `LEAK ${text}`;
  const error = response.errors?.[0];
  if (error) {
    const code = error.extensions?.code;
    if (code === 'BAD_USER_INPUT') {
      const fields = error.extensions?.['fields'] as Array<{ field: string }> | undefined;
      return `BAD_USER_INPUT ${fields?.map((problem) => problem.field).join(', ') ?? `(no field) ${error.message}`}`;
    }
    return code && ['NOT_FOUND', 'FORBIDDEN'].includes(code) ? code : `${code} ${error.message}`;
  }
  const value = Object.values(response.data ?? {})[0];
  const rows = Array.isArray(value) ? value : (value as { edges?: unknown[] } | null)?.edges;
  return rows?.length === 0 ? 'EMPTY' : JSON.stringify(response.data);
}

/** Query and mutation fields with an ID among their arguments, at any depth of input. */
function operationsTakingIds(): string[] {
  const schema = buildSchema(
    readFileSync(join(__dirname, '../../apps/api/schema.graphql'), 'utf8'),
  );
  const takesId = (
    fields: readonly (GraphQLArgument | GraphQLInputField)[],
    seen: Set<string>,
  ): boolean =>
    fields.some((field) => {
      const type = getNamedType(field.type);
      if (type.name === 'ID') return true;
      if (!isInputObjectType(type) || seen.has(type.name)) return false;
      seen.add(type.name);
      return takesId(Object.values(type.getFields()), seen);
    });
  return [schema.getQueryType(), schema.getMutationType()].flatMap((root) =>
    Object.values(root?.getFields() ?? {})
      .filter((field) => takesId(field.args, new Set()))
      .map((field) => `${root!.name}.${field.name}`),
  );
}

/**
 * Processes start in the hooks, two organizations get a record of every kind, and the test
 * makes over a hundred calls: more than the suite's usual limit.
 */
const SLOW = 120_000;

describe('two organizations, end to end over HTTP', () => {
  const sink = new SmtpSink();
  let environment: TestEnvironment;
  let api: AppProcess;
  let worker: AppProcess;
  let anonymous: ApiClient;
  let adminA: TestAuth;
  let adminB: TestAuth;
  let a: AIds;
  let b: BIds;

  /** Every row of B's organization, as text: what "changes nothing" is checked against. */
  async function organizationBRows(): Promise<string> {
    const tables = await superuserQuery<{ table_name: string }>(
      environment.db.adminUrl,
      // Not the report summary: it is computed from these rows, by the worker on its own
      // schedule (row-level security on it is checked in migrations/tenancy.int-spec.ts).
      // Tables only: a view (case_place) shows rows of these again.
      `SELECT c.table_name FROM information_schema.columns c
         JOIN information_schema.tables t
           ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND c.column_name = 'organization_id'
          AND t.table_type = 'BASE TABLE' AND c.table_name <> 'request_outcome'
        ORDER BY c.table_name`,
    );
    const parts = [
      JSON.stringify(
        await superuserQuery(environment.db.adminUrl, 'SELECT * FROM organization WHERE id = $1', [
          b.organizationId,
        ]),
      ),
    ];
    for (const { table_name: table } of tables) {
      const rows = await superuserQuery(
        environment.db.adminUrl,
        `SELECT * FROM "${table}" WHERE organization_id = $1 ORDER BY id`,
        [b.organizationId],
      );
      parts.push(`${table}: ${JSON.stringify(rows)}`);
    }
    return parts.join('\n');
  }

  beforeAll(async () => {
    await sink.start();
    const [apiPort, workerPort] = [await freePort(), await freePort()];
    environment = await createTestEnvironment('redis', {
      SMTP_URL: sink.url,
      API_PORT: String(apiPort),
      WORKER_HEALTH_PORT: String(workerPort),
      NODE_ENV: 'production',
      MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
      PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
      // The sweep and the digests run once at the worker's start and then not again during
      // the test: nothing of B may move between the two looks at its rows.
      FOLLOW_UP_SWEEP_MS: '3600000',
      INBOUND_WEBHOOK_SECRET,
    });
    api = new AppProcess(ENTRY.api, environment.env);
    worker = new AppProcess(ENTRY.worker, environment.env);
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    await Promise.all([
      api.waitForHealth(`${apiUrl}/health`),
      worker.waitForHealth(`http://127.0.0.1:${workerPort}/health`),
    ]);
    anonymous = new ApiClient(apiUrl);
    adminA = await signUpAdmin(anonymous, 'a', environment.db.adminUrl);
    adminB = await signUpAdmin(anonymous, 'b', environment.db.adminUrl);
    const asA = anonymous.as(adminA.accessToken);
    const asB = anonymous.as(adminB.accessToken);
    const memberOf = async (client: ApiClient) =>
      (
        await client.data<{ members: { edges: Array<{ node: { id: string } }> } }>(
          '{ members { edges { node { id } } } }',
        )
      ).members.edges[0]!.node.id;
    // A has records of its own too: its inputs must be valid but for B's id, and a list
    // filter that matched nothing of A's would hide a filter that is ignored.
    const aRecords = await createOrganizationRecords(asA, 'Alpha', 'Fire drills (A)');
    const aReply = await captureReply(asA, aRecords.writtenRequestId, 'Alpha');
    a = {
      ...aRecords,
      inboundMessageId: aReply,
      memberId: await memberOf(asA),
      ...(await portalOf(asA, aRecords.guardianId)),
    };
    const records = await createOrganizationRecords(asB, B_MARKER, 'Fire drills (B)');
    const { inviteMember } = await asB.data<{ inviteMember: { id: string } }>(
      'mutation { inviteMember(input: { email: "b-invitee@example.org", role: ADVOCATE }) { id } }',
    );
    const { requestSystemCheck } = await asB.data<{ requestSystemCheck: { id: string } }>(
      'mutation { requestSystemCheck { id } }',
    );
    const { createReportingApiKey } = await asB.data<{
      createReportingApiKey: { apiKey: { id: string } };
    }>(`mutation { createReportingApiKey(name: "${B_MARKER} dashboard") { apiKey { id } } }`);
    // Let the worker finish B's check, so nothing moves in B while A is being refused.
    await eventually(async () => {
      const { systemCheck } = await asB.data<{ systemCheck: { status: string } }>(
        'query ($id: ID!) { systemCheck(id: $id) { status } }',
        { id: requestSystemCheck.id },
      );
      return systemCheck.status === 'COMPLETED' || undefined;
    });
    b = {
      ...records,
      archived: await createArchivedRecords(asB, records, B_MARKER),
      organizationId: adminB.activeOrganization!.id,
      userId: adminB.user.id,
      memberId: await memberOf(asB),
      invitationId: inviteMember.id,
      systemCheckId: requestSystemCheck.id,
      reportingApiKeyId: createReportingApiKey.apiKey.id,
      inboundMessageId: await captureReply(asB, records.writtenRequestId, B_MARKER),
    };
    // B's follow-ups are sent or rescheduled by the worker as soon as they are planned: let
    // them settle (the same rows twice, a second and a half apart).
    let previous = '';
    await eventually(
      async () => {
        const now = await organizationBRows();
        const settled = now === previous;
        previous = now;
        if (!settled) await new Promise((resolve) => setTimeout(resolve, 1500));
        return settled;
      },
      30_000,
      0,
    );
  }, SLOW);

  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
    await environment?.cleanUp();
    await sink.stop();
  }, SLOW);

  /**
   * A's guardian, with an email, invited to the portal and signed in (a session, and one
   * more sign-in link left unused).
   */
  async function portalOf(asA: ApiClient, guardianId: string) {
    const email = 'alpha.parent@family.example.org';
    await asA.data(
      'mutation ($id: ID!, $email: String) { updateGuardian(id: $id, input: { email: $email }) { id } }',
      {
        id: guardianId,
        email,
      },
    );
    await asA.data('mutation ($id: ID!) { inviteGuardianToPortal(guardianId: $id) { active } }', {
      id: guardianId,
    });
    const link = async () => {
      const before = sink.received.length;
      await anonymous.data(
        'mutation ($e: String!) { requestPortalSignIn(email: $e) { message } }',
        {
          e: email,
        },
      );
      // The worker may send a follow-up meanwhile: wait for the guardian's own mail.
      const mail = await sink.waitForMatch((m) => m.envelopeTo.includes(email), before);
      return /token=(orl_[A-Za-z0-9_-]+)/.exec(mail.parsed.text ?? '')![1]!;
    };
    const { signInToPortal } = await anonymous.data<{ signInToPortal: { token: string } }>(
      'mutation ($t: String!) { signInToPortal(token: $t) { token } }',
      { t: await link() },
    );
    return { portalToken: signInToPortal.token, portalLinkToken: await link() };
  }

  it('has a refusal check for every operation that takes an id', () => {
    const covered = [...new Set(Object.keys(CROSS_CALLS).map(operationOf))];
    expect(covered.sort()).toEqual(operationsTakingIds().sort());
  });

  it(
    'refuses A every use of B’s ids, and changes nothing of B',
    async () => {
      const before = await organizationBRows();
      const callers = {
        admin: anonymous.as(adminA.accessToken),
        portal: anonymous.as(a.portalToken),
        anonymous,
      };
      const outcomes: Record<string, string> = {};
      for (const [key, call] of Object.entries(CROSS_CALLS)) {
        const caller = callers[call.caller ?? 'admin'];
        outcomes[key] = outcomeOf(await caller.request(call.query, call.variables(b, a)));
      }
      expect(outcomes).toEqual(
        Object.fromEntries(Object.entries(CROSS_CALLS).map(([key, call]) => [key, expected(call)])),
      );
      expect(await organizationBRows()).toBe(before);
    },
    SLOW,
  );

  it('shows A nothing of B in the lists that take no id', async () => {
    const asA = anonymous.as(adminA.accessToken);
    const bIds = [
      b.writtenRequestId,
      b.unansweredRequestId,
      b.draftRequestId,
      b.schoolResponseId,
      b.commitmentId,
      b.meetingId,
      b.concernsTaskId,
      b.summaryTaskId,
      b.caseId,
      b.contactId,
      b.inboundMessageId,
      ...Object.values(b.archived),
    ];
    const outcomes: Record<string, string> = {};
    for (const [key, list] of Object.entries(LISTS_WITHOUT_IDS)) {
      const response = await asA.request<Record<string, { edges: unknown[] } | unknown[]>>(
        list.query,
      );
      const text = JSON.stringify({ data: response.data, errors: response.errors });
      // A connection, or a plain list.
      const found = Object.values(response.data ?? {})[0];
      const rows = (Array.isArray(found) ? found : found?.edges)?.length ?? 0;
      outcomes[key] =
        text.includes(B_MARKER) || bIds.some((id) => text.includes(id))
          ? `LEAK ${text}`
          : response.errors?.length
            ? `${response.errors[0]!.extensions?.code} ${response.errors[0]!.message}`
            : list.hasARows && rows === 0
              ? 'EMPTY (A’s own rows are missing)'
              : 'NOTHING OF B';
    }
    expect(outcomes).toEqual(
      Object.fromEntries(Object.keys(LISTS_WITHOUT_IDS).map((key) => [key, 'NOTHING OF B'])),
    );
  });

  it('refuses A B’s documents over HTTP: the file, B’s case, request, response or meeting to upload to', async () => {
    const apiUrl = anonymous.url.replace(/\/graphql$/, '');
    const asA = { authorization: `Bearer ${adminA.accessToken}` };
    for (const id of [b.documentId, b.archived.Document]) {
      const file = await fetch(`${apiUrl}/documents/${id}/content`, { headers: asA });
      expect(file.status).toBe(404);
      expect(await file.text()).not.toContain(B_MARKER);
    }
    const form = new FormData();
    form.append('caseId', b.caseId);
    form.append('kind', 'IEP');
    form.append('title', 'Into B');
    form.append('file', new Blob([Buffer.from('plain words')]), 'x.txt');
    const upload = await fetch(`${apiUrl}/documents`, { method: 'POST', headers: asA, body: form });
    expect(upload.status).toBe(404);
    // Nor B's request, response or meeting as the place of a document on A's own case.
    for (const [field, id] of [
      ['requestId', b.writtenRequestId],
      ['responseId', b.schoolResponseId],
      ['meetingId', b.meetingId],
    ] as const) {
      const into = new FormData();
      into.append('caseId', a.caseId);
      into.append('kind', 'OTHER');
      into.append('title', 'Onto B');
      into.append(field, id);
      into.append('file', new Blob([Buffer.from('plain words')]), 'x.txt');
      const placed = await fetch(`${apiUrl}/documents`, {
        method: 'POST',
        headers: asA,
        body: into,
      });
      expect(placed.status).toBe(400);
      expect(await placed.json()).toMatchObject({ fields: [{ field }] });
    }
    // Nor for A's guardian in their portal, whose families are A's.
    const familyForm = new FormData();
    familyForm.append('caseId', b.caseId);
    familyForm.append('kind', 'PHOTO');
    familyForm.append('title', 'Into B');
    familyForm.append('file', new Blob([Buffer.from('plain words')]), 'x.txt');
    const family = await fetch(`${apiUrl}/portal/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a.portalToken}` },
      body: familyForm,
    });
    expect(family.status).toBe(404);
    expect(await family.text()).not.toContain(B_MARKER);
    const { caseDocuments } = await anonymous.as(adminB.accessToken).data<{
      caseDocuments: { edges: Array<{ node: { title: string } }> };
    }>('query ($case: ID!) { caseDocuments(caseId: $case) { edges { node { title } } } }', {
      case: b.caseId,
    });
    expect(caseDocuments.edges.map((e) => e.node.title)).toEqual([`${B_MARKER} IEP`]);
  });
  it('refuses A B’s evidence packet and B’s letters over HTTP, in every format', async () => {
    const apiUrl = anonymous.url.replace(/\/graphql$/, '');
    const asA = { authorization: `Bearer ${adminA.accessToken}` };
    for (const path of [
      `/exports/cases/${b.caseId}/evidence-packet`,
      `/exports/cases/${b.caseId}/evidence-packet?format=csv&internal=true`,
      `/exports/cases/${b.caseId}/evidence-packet?documents=true`,
      `/exports/requests/${b.writtenRequestId}/letter`,
    ]) {
      const refused = await fetch(`${apiUrl}${path}`, { headers: asA });
      expect({ path, status: refused.status }).toEqual({ path, status: 404 });
      expect(await refused.text()).not.toContain(B_MARKER);
    }
    // B itself gets them: the ids were real.
    const asB = { authorization: `Bearer ${adminB.accessToken}` };
    const own = await fetch(`${apiUrl}/exports/cases/${b.caseId}/evidence-packet?format=csv`, {
      headers: asB,
    });
    expect(own.status).toBe(200);
    expect(
      (await fetch(`${apiUrl}/exports/requests/${b.writtenRequestId}/letter`, { headers: asB }))
        .status,
    ).toBe(200);
  });
});
