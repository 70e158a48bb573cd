/**
 * The portal's GraphQL operations and the shapes they return (the portal calls the api with
 * plain fetch; see graphql.ts).
 */
export const SIGN_IN = `mutation PortalSignIn($token: String!) {
  signInToPortal(token: $token) { token expiresAt }
}`;

export const REQUEST_LINK = `mutation PortalRequestLink($email: String!) {
  requestPortalSignIn(email: $email) { message }
}`;

export const SIGN_OUT = `mutation PortalSignOut { signOutOfPortal }`;

const GUARDIAN = `id familyId name preferredLanguage notifySchoolAnswered notifyRequestOverdue notifyFollowUpSent`;

export const ME = `query PortalMe {
  portalMe {
    email
    organization { id name }
    guardians { ${GUARDIAN} }
    families { id householdName students { id name grade schoolName } }
  }
}`;

export const CASES = `query PortalCases { portalCases { id title student { name } } }`;

export const CASE = `query PortalCase($id: ID!) {
  portalCase(id: $id) {
    id title status
    student { id name grade schoolName }
    advocates { name email }
    nextSteps { kind on requestId commitmentId meetingId description }
    requests {
      id type subject status sentOn overdue followUpsSent
      deadline { dueOn citation setByHand statutory }
      responses { id outcome partial reasons receivedOn summary }
    }
    commitments { id requestId description dueOn status resolvedOn }
    meetings { id kind startsAt location }
    sharedNotes { id body createdAt }
    sharedReplies { id requestId receivedAt from subject text attachmentNames }
    documents { id kind title documentDate fileName sizeBytes addedAt addedByFamily downloadPath }
  }
}`;

export const RECORD_DAY = `mutation PortalRecordDay($input: PortalRecordAttendanceInput!) {
  recordPortalAttendance(input: $input) { id date status }
}`;

/** The triggers a family may name: built in, then the organization's own, with translations. */
export const TRIGGER_CHOICES = `query PortalTriggers {
  portalTriggers { label builtIn translations { language label } }
}`;

export interface TriggerChoice {
  /** What the day stores (English). */
  label: string;
  builtIn: boolean;
  translations: Array<{ language: string; label: string }>;
}

/** The student's supports, which a day may say were in place. */
export const SUPPORTS = `query PortalSupports($studentId: ID!) {
  portalSupports(studentId: $studentId) { id name startedOn endedOn }
}`;

export interface PortalSupport {
  id: string;
  name: string;
  startedOn: string;
  endedOn: string | null;
}

export const DAYS = `query PortalDays($studentId: ID!, $from: String!, $to: String!) {
  portalAttendanceEntries(studentId: $studentId, from: $from, to: $to) {
    id date status arrivalTime recordedByFamily
  }
}`;

export const UPDATE_PREFERENCES = `mutation PortalPreferences($input: GuardianPreferencesInput!) {
  updatePortalPreferences(input: $input) { ${GUARDIAN} }
}`;

export interface PortalGuardian {
  id: string;
  familyId: string;
  name: string;
  preferredLanguage: string;
  notifySchoolAnswered: boolean;
  notifyRequestOverdue: boolean;
  notifyFollowUpSent: boolean;
}

export interface PortalStudent {
  id: string;
  name: string;
  grade: string | null;
  schoolName: string | null;
}

export interface PortalMe {
  email: string;
  organization: { id: string; name: string };
  guardians: PortalGuardian[];
  families: Array<{ id: string; householdName: string; students: PortalStudent[] }>;
}

export type NextStepKind =
  | 'ANSWER_DUE'
  | 'ANSWER_LATE'
  | 'COMMITMENT_DUE'
  | 'COMMITMENT_LATE'
  | 'FOLLOW_UP_PLANNED'
  | 'MEETING';

export interface PortalCase {
  id: string;
  title: string;
  status: string;
  student: PortalStudent;
  advocates: Array<{ name: string; email: string }>;
  nextSteps: Array<{
    kind: NextStepKind;
    on: string | null;
    requestId: string | null;
    commitmentId: string | null;
    meetingId: string | null;
    description: string;
  }>;
  requests: Array<{
    id: string;
    type: string;
    subject: string;
    status: string;
    sentOn: string | null;
    overdue: boolean;
    followUpsSent: number;
    deadline: {
      dueOn: string | null;
      citation: string | null;
      setByHand: boolean;
      statutory: boolean;
    } | null;
    responses: Array<{
      id: string;
      outcome: string;
      partial: boolean;
      reasons: string[];
      receivedOn: string;
      summary: string;
    }>;
  }>;
  commitments: Array<{
    id: string;
    requestId: string;
    description: string;
    dueOn: string;
    status: string;
    resolvedOn: string | null;
  }>;
  meetings: Array<{ id: string; kind: string; startsAt: string; location: string }>;
  sharedNotes: Array<{ id: string; body: string; createdAt: string }>;
  /** The school's emails the advocate shared: plain text, files by name only. */
  sharedReplies: Array<{
    id: string;
    requestId: string;
    receivedAt: string;
    from: string;
    subject: string;
    text: string;
    attachmentNames: string[];
  }>;
  /** The documents the advocate shared, newest first. */
  documents: Array<{
    id: string;
    kind: string;
    title: string;
    documentDate: string | null;
    fileName: string;
    sizeBytes: number;
    addedAt: string;
    /** Sent by the family from the portal. */
    addedByFamily: boolean;
    downloadPath: string;
  }>;
}

export const ATTENDANCE_STATUSES = [
  'FULL',
  'TARDY',
  'PARTIAL',
  'ABSENT',
  'IN_BUILDING_NOT_IN_CLASS',
] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/**
 * The built-in triggers every organization has (their stored labels, in English): shown until
 * (or if) the organization's list cannot be read; their words are in the locales.
 */
export const TRIGGERS = [
  'Morning transition',
  'Specific class',
  'Peer',
  'Staff member',
  'Sensory',
  'Academic demand',
  'Health/somatic',
  'Loud noise',
  'Change in routine',
  'Comparison with peers',
  'Transition between classes',
] as const;
