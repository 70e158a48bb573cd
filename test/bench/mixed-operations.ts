import { print, type DocumentNode } from 'graphql';
import type { ApiClient } from '@onrecord/platform/testing';
import { dayOffset } from '@onrecord/test-fixtures';
// The operations exactly as the console's and the portal's pages send them.
import * as web from '../../apps/web/src/gql/graphql';
import * as portal from '../../apps/web/src/portal/operations';
import type { MixedOrganization } from './mixed-world';
import type { OperationClass } from './open-loop';

const text = (document: unknown) => print(document as DocumentNode);
const TODAY = {
  overdue: text(web.TodayOverdueDocument),
  commitments: text(web.TodayCommitmentsDocument),
  dueSoon: text(web.TodayDueSoonDocument),
  replies: text(web.TodayRepliesDocument),
  followUps: text(web.TodayFollowUpsDocument),
};
const CASELOAD = text(web.CaseloadDocument);
const CASE_PAGE = {
  page: text(web.CasePageDocument),
  demographics: text(web.CaseDemographicsDocument),
  documents: text(web.CaseDocumentsDocument),
  survey: text(web.CaseSurveyInvitationsDocument),
};
const CREATE_REQUEST = text(web.CreateWrittenRequestDocument);
const RECORD_WEEK = text(web.RecordAttendanceWeekDocument);
const SEND_REQUEST = text(web.RecordRequestSentDocument);
const OUTCOMES = {
  choices: text(web.OutcomeChoicesDocument),
  report: text(web.OutcomeReportDocument),
};
/** apps/web/src/pages/follow-up-parts.tsx (a React file this script cannot load). */
const MESSAGE_KINDS = [
  'REQUEST_LETTER',
  'SCHOOL_FOLLOW_UP',
  'ESCALATION',
  'GUARDIAN_UPDATE',
  'GUARDIAN_OVERDUE',
  'GUARDIAN_ANSWERED',
];

/** One GraphQL request; an answer that is not 2xx or carries errors throws. */
async function ask(client: ApiClient, query: string, variables: Record<string, unknown> = {}) {
  const response = await client.request(query, variables);
  if (response.status < 200 || response.status > 299 || response.errors?.length) {
    throw new Error(
      `${response.status} ${JSON.stringify(response.errors ?? response.data).slice(0, 200)}`,
    );
  }
  return response.data;
}

/** A page: its queries sent together, as the page's components do; done when all answered. */
const page = (client: ApiClient, queries: Array<[string, Record<string, unknown>?]>) =>
  Promise.all(queries.map(([query, variables]) => ask(client, query, variables))).then(
    () => undefined,
  );

/** The date `weekday` (0 = Monday) of the week `weeksAgo` weeks before this one, in Chicago. */
function schoolDay(weeksAgo: number, weekday: number): { weekOf: string; date: string } {
  const today = new Date(`${dayOffset(0)}T00:00:00Z`);
  const monday = -((today.getUTCDay() + 6) % 7) - 7 * weeksAgo;
  return { weekOf: dayOffset(monday), date: dayOffset(monday + weekday) };
}

/** A follow-up owed since `dueAt` (ms, Date.now()) on request `requestId`. */
export interface OwedFollowUp {
  requestId: string;
  dueAt: number;
}

export interface MixedRates {
  today: number;
  caseload: number;
  casePage: number;
  saveRequest: number;
  attendance: number;
  portalFirst: number;
  portalCase: number;
  report: number;
  followUps: number;
}

/**
 * The operation classes, each taking the organizations in turn. `owed` collects the
 * follow-ups class's requests, whose messages are timed once they have arrived.
 */
export function mixedClasses(
  organizations: MixedOrganization[],
  rates: MixedRates,
  owed: OwedFollowUp[],
): OperationClass[] {
  const of = (sequence: number) => {
    const organization = organizations[sequence % organizations.length];
    if (!organization) throw new Error('no organizations');
    return { organization, turn: Math.floor(sequence / organizations.length) };
  };
  const advocate = (sequence: number) => of(sequence).organization.followUps.client;
  return [
    {
      label: 'advocate: Today',
      rate: rates.today,
      run: (sequence) =>
        page(advocate(sequence), [
          [TODAY.overdue, { mine: true }],
          [TODAY.commitments, { mine: true }],
          [TODAY.dueSoon, { mine: true, dueBefore: dayOffset(7) }],
          [TODAY.replies, { mine: true }],
          [TODAY.followUps, { status: ['DRAFT'], kind: MESSAGE_KINDS, mine: true }],
          [TODAY.followUps, { status: ['FAILED'], kind: MESSAGE_KINDS, mine: true }],
        ]),
    },
    {
      label: 'advocate: caseload',
      rate: rates.caseload,
      run: (sequence) =>
        page(advocate(sequence), [
          [
            CASELOAD,
            {
              first: 25,
              after: null,
              orderBy: 'URGENCY',
              filter: {
                statuses: ['INTAKE', 'ACTIVE', 'ON_HOLD'],
                search: null,
                districtId: null,
                schoolId: null,
                concern: null,
                advocateId: null,
              },
            },
          ],
        ]),
    },
    {
      label: 'advocate: case page',
      rate: rates.casePage,
      run: (sequence) => {
        const { organization, turn } = of(sequence);
        const caseId = organization.openCaseIds[turn % organization.openCaseIds.length];
        return page(organization.followUps.client, [
          [CASE_PAGE.page, { id: caseId }],
          [CASE_PAGE.demographics, { id: caseId }],
          [CASE_PAGE.documents, { caseId }],
          [CASE_PAGE.survey, { caseId }],
        ]);
      },
    },
    {
      label: 'advocate: save a request',
      rate: rates.saveRequest,
      run: async (sequence) => {
        const { organization } = of(sequence);
        await ask(organization.followUps.client, CREATE_REQUEST, {
          input: {
            caseId: organization.followUps.caseId,
            type: 'RECORDS',
            trigger: 'WRITTEN_REQUEST_RECEIVED',
            subject: `Request for records ${sequence}`,
            body: 'Please send a copy of the student’s education records.',
            recipientIds: [organization.followUps.contactId],
          },
        });
      },
    },
    {
      label: 'advocate: record attendance',
      rate: rates.attendance,
      run: async (sequence) => {
        const { organization, turn } = of(sequence);
        // A different school day each time, going back a week every five.
        const { weekOf, date } = schoolDay(1 + Math.floor(turn / 5), turn % 5);
        await ask(organization.followUps.client, RECORD_WEEK, {
          input: {
            studentId: organization.studentId,
            weekOf,
            days: [{ date, status: 'ABSENT', acknowledgeNonSchoolDay: true }],
          },
        });
      },
    },
    {
      label: 'family: portal first page',
      rate: rates.portalFirst,
      run: (sequence) => page(of(sequence).organization.portal, [[portal.ME], [portal.CASES]]),
    },
    {
      label: 'family: portal case',
      rate: rates.portalCase,
      run: (sequence) => {
        const { organization } = of(sequence);
        return page(organization.portal, [[portal.CASE, { id: organization.followUps.caseId }]]);
      },
    },
    {
      label: 'analyst: outcome report',
      rate: rates.report,
      run: (sequence) =>
        page(of(sequence).organization.analyst, [
          [OUTCOMES.choices],
          [OUTCOMES.report, { range: { from: '2024-09-01', to: dayOffset(0) }, filter: {} }],
        ]),
    },
    {
      label: 'worker: make a follow-up owed',
      rate: rates.followUps,
      run: async (sequence) => {
        const { followUps } = of(sequence).organization;
        const { createWrittenRequest } = (await ask(followUps.client, CREATE_REQUEST, {
          input: {
            caseId: followUps.caseId,
            type: 'EVALUATION',
            trigger: 'WRITTEN_REQUEST_RECEIVED',
            subject: `Request for an evaluation ${sequence}`,
            body: 'Please evaluate the student in all areas of suspected disability.',
            recipientIds: [followUps.contactId],
          },
        })) as { createWrittenRequest: { id: string } };
        const requestId = createWrittenRequest.id;
        // Received 120 days ago: its 45 school days are past, so its first follow-up (the
        // fixture's policy: at once, at any hour) is owed the moment it is recorded as sent.
        const dueAt = Date.now();
        await ask(followUps.client, SEND_REQUEST, {
          id: requestId,
          input: { sentOn: dayOffset(-120), receivedOn: dayOffset(-120), channel: 'EMAIL' },
        });
        owed.push({ requestId, dueAt });
      },
    },
  ];
}
