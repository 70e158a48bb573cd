import { CommitmentStatus, WrittenRequestStatus } from '@onrecord/requests';
import { portalNextSteps, type NextStepFacts } from './portal-next-steps';
import { PortalNextStepKind, type PortalNextStep } from './portal.objects';

/*
 * How the expected values were checked by hand:
 * - "Today" is always Thu 2025-11-20.
 * - Week days (`date -d <day> +%A`): 2025-11-10 Mon, 2025-11-14 Fri, 2025-11-17 Mon,
 *   2025-11-18 Tue, 2025-11-20 Thu, 2025-11-21 Fri, 2025-12-02 Tue, 2025-12-03 Wed,
 *   2025-12-05 Fri, 2025-12-09 Tue.
 * - The descriptions are the English sentences of portal-next-steps.ts, written out in full
 *   with the dates as longDate spells them ("Friday, November 14, 2025").
 */

const TODAY = '2025-11-20';

type RequestFacts = NextStepFacts['requests'][number];
type CommitmentFacts = NextStepFacts['commitments'][number];
type MeetingFacts = NextStepFacts['meetings'][number];
type PlannedFacts = NextStepFacts['plannedFollowUps'][number];

function facts(overrides: Partial<NextStepFacts> = {}): NextStepFacts {
  return {
    today: TODAY,
    requests: [],
    commitments: [],
    meetings: [],
    plannedFollowUps: [],
    ...overrides,
  };
}

/** A request for an evaluation, sent, due Fri 12-05, not overdue. */
function request(overrides: Partial<RequestFacts> = {}): RequestFacts {
  return {
    id: 'request-evaluation',
    typeLabel: 'a full individual evaluation',
    status: WrittenRequestStatus.SENT,
    overdue: false,
    dueOn: '2025-12-05',
    ...overrides,
  };
}

/** A request for records, sent, due Fri 11-14 and overdue. */
const lateRequest = (overrides: Partial<RequestFacts> = {}) =>
  request({
    id: 'request-records',
    typeLabel: 'copies of education records',
    overdue: true,
    dueOn: '2025-11-14',
    ...overrides,
  });

/** A promise in the school's answer to the evaluation request, open, due Tue 12-02. */
function commitment(overrides: Partial<CommitmentFacts> = {}): CommitmentFacts {
  return {
    id: 'commitment-consent',
    requestId: 'request-evaluation',
    description: 'Send the evaluation consent form to the family',
    dueOn: '2025-12-02',
    status: CommitmentStatus.OPEN,
    ...overrides,
  };
}

function meeting(overrides: Partial<MeetingFacts> = {}): MeetingFacts {
  return {
    id: 'meeting-iep',
    kindLabel: 'IEP meeting',
    on: '2025-12-03',
    location: 'Lincoln Elementary, Room 12',
    ...overrides,
  };
}

function planned(requestId: string, commitmentId: string | null, on: string): PlannedFacts {
  return { requestId, commitmentId, on };
}

/** A step with no ids but the ones given. */
function stepOf(
  s: Pick<PortalNextStep, 'kind' | 'on' | 'description'> & Partial<PortalNextStep>,
): PortalNextStep {
  return { requestId: null, commitmentId: null, meetingId: null, ...s };
}

/** 'KIND on' per step, in order: short enough for a table. */
const summary = (steps: PortalNextStep[]) => steps.map((s) => `${s.kind} ${s.on}`);

describe('portalNextSteps', () => {
  it('gives nothing when there is nothing', () => {
    expect(portalNextSteps(facts())).toEqual([]);
  });

  describe("the school's answer to a request", () => {
    it('is due: on its due day, in plain words', () => {
      expect(portalNextSteps(facts({ requests: [request()] }))).toEqual([
        stepOf({
          kind: PortalNextStepKind.ANSWER_DUE,
          on: '2025-12-05',
          requestId: 'request-evaluation',
          description:
            'The school must answer the request for a full individual evaluation in writing by Friday, December 5, 2025.',
        }),
      ]);
    });

    it('set by hand: says so, with the reason and the rule’s own date (issue 20)', () => {
      // Before: "The school must answer … by <the typed date>", as if the law said so.
      const [step] = portalNextSteps(
        facts({
          requests: [
            request({
              setByHand: { reason: 'The parent agreed to an extension.', ruleDueOn: '2025-12-02' },
            }),
          ],
        }),
      );
      expect(step!.description).toBe(
        "Your advocate asked the school to answer the request for a full individual evaluation in writing by Friday, December 5, 2025. That date was set by your advocate (The parent agreed to an extension); the rule's own date is Tuesday, December 2, 2025.",
      );
    });

    it('provisional: says the date may move', () => {
      const [step] = portalNextSteps(
        facts({
          requests: [
            request({ provisional: 'provisional: no school calendar for 2025-26 — add it' }),
          ],
        }),
      );
      expect(step!.description).toMatch(/This date is provisional: the school's calendar/);
    });

    it('is late: on the day it was due', () => {
      expect(portalNextSteps(facts({ requests: [lateRequest()] }))).toEqual([
        stepOf({
          kind: PortalNextStepKind.ANSWER_LATE,
          on: '2025-11-14',
          requestId: 'request-records',
          description:
            "The school's written answer to the request for copies of education records was due Friday, November 14, 2025. It has not answered in writing.",
        }),
      ]);
    });

    it('follows the overdue flag it is given, not today', () => {
      // A request due today is not late; the caller works out overdue from the instant.
      const steps = portalNextSteps(
        facts({
          requests: [
            request({ id: 'a', dueOn: TODAY, overdue: false }),
            request({ id: 'b', dueOn: '2025-11-14', overdue: false }),
          ],
        }),
      );
      expect(summary(steps)).toEqual(['ANSWER_DUE 2025-11-14', `ANSWER_DUE ${TODAY}`]);
    });

    it('with a follow-up planned: the follow-up too, on its day', () => {
      const steps = portalNextSteps(
        facts({
          requests: [lateRequest()],
          plannedFollowUps: [planned('request-records', null, '2025-11-21')],
        }),
      );
      expect(steps).toEqual([
        expect.objectContaining({ kind: PortalNextStepKind.ANSWER_LATE }),
        stepOf({
          kind: PortalNextStepKind.FOLLOW_UP_PLANNED,
          on: '2025-11-21',
          requestId: 'request-records',
          description:
            'If there is still no answer, your advocate will follow up with the school in writing on Friday, November 21, 2025.',
        }),
      ]);
    });

    it('a follow-up planned for another request or for a commitment is not this one’s', () => {
      const steps = portalNextSteps(
        facts({
          requests: [request()],
          plannedFollowUps: [
            planned('request-other', null, '2025-12-08'),
            planned('request-evaluation', 'commitment-consent', '2025-12-09'),
          ],
        }),
      );
      expect(summary(steps)).toEqual(['ANSWER_DUE 2025-12-05']);
    });

    it.each([
      WrittenRequestStatus.DRAFT,
      WrittenRequestStatus.RESPONDED,
      WrittenRequestStatus.PARTIALLY_RESPONDED,
      WrittenRequestStatus.CLOSED,
      WrittenRequestStatus.WITHDRAWN,
    ])('gives nothing for a %s request, late or planned for', (status) => {
      const steps = portalNextSteps(
        facts({
          requests: [request({ status }), lateRequest({ status })],
          plannedFollowUps: [
            planned('request-evaluation', null, '2025-12-08'),
            planned('request-records', null, '2025-11-21'),
          ],
        }),
      );
      expect(steps).toEqual([]);
    });

    it('gives nothing for a sent request without a due day', () => {
      const steps = portalNextSteps(
        facts({
          requests: [request({ dueOn: null }), lateRequest({ dueOn: null })],
          plannedFollowUps: [planned('request-evaluation', null, '2025-12-08')],
        }),
      );
      expect(steps).toEqual([]);
    });
  });

  describe('what the school promised', () => {
    it('open and due later: due, in plain words', () => {
      expect(portalNextSteps(facts({ commitments: [commitment()] }))).toEqual([
        stepOf({
          kind: PortalNextStepKind.COMMITMENT_DUE,
          on: '2025-12-02',
          requestId: 'request-evaluation',
          commitmentId: 'commitment-consent',
          description:
            'The school promised to do this by Tuesday, December 2, 2025: "Send the evaluation consent form to the family".',
        }),
      ]);
    });

    it('open and due today: still due, not late', () => {
      const steps = portalNextSteps(facts({ commitments: [commitment({ dueOn: TODAY })] }));
      expect(summary(steps)).toEqual([`COMMITMENT_DUE ${TODAY}`]);
    });

    it('open and past its day: late, in plain words', () => {
      expect(
        portalNextSteps(facts({ commitments: [commitment({ dueOn: '2025-11-18' })] })),
      ).toEqual([
        stepOf({
          kind: PortalNextStepKind.COMMITMENT_LATE,
          on: '2025-11-18',
          requestId: 'request-evaluation',
          commitmentId: 'commitment-consent',
          description:
            'The school promised to do this by Tuesday, November 18, 2025, and there is nothing in writing to show it was done: "Send the evaluation consent form to the family".',
        }),
      ]);
    });

    it('with a follow-up planned: the follow-up too, on its day', () => {
      const steps = portalNextSteps(
        facts({
          commitments: [commitment()],
          plannedFollowUps: [planned('request-evaluation', 'commitment-consent', '2025-12-09')],
        }),
      );
      expect(steps).toEqual([
        expect.objectContaining({ kind: PortalNextStepKind.COMMITMENT_DUE }),
        stepOf({
          kind: PortalNextStepKind.FOLLOW_UP_PLANNED,
          on: '2025-12-09',
          requestId: 'request-evaluation',
          commitmentId: 'commitment-consent',
          description:
            'If it is still not done, your advocate will follow up with the school in writing on Tuesday, December 9, 2025.',
        }),
      ]);
    });

    it('a follow-up planned for its request or another commitment is not this one’s', () => {
      const steps = portalNextSteps(
        facts({
          commitments: [commitment()],
          plannedFollowUps: [
            planned('request-evaluation', null, '2025-12-08'),
            planned('request-evaluation', 'commitment-other', '2025-12-09'),
          ],
        }),
      );
      expect(summary(steps)).toEqual(['COMMITMENT_DUE 2025-12-02']);
    });

    it.each([CommitmentStatus.MET, CommitmentStatus.MISSED])(
      'gives nothing once %s, due or past, planned for or not',
      (status) => {
        const steps = portalNextSteps(
          facts({
            commitments: [
              commitment({ status }),
              commitment({ id: 'commitment-late', dueOn: '2025-11-18', status }),
            ],
            plannedFollowUps: [
              planned('request-evaluation', 'commitment-consent', '2025-12-09'),
              planned('request-evaluation', 'commitment-late', '2025-11-21'),
            ],
          }),
        );
        expect(steps).toEqual([]);
      },
    );

    it('does not depend on the status of its request', () => {
      // The promise came in the school's answer: the request is RESPONDED, the promise open.
      const steps = portalNextSteps(
        facts({
          requests: [request({ status: WrittenRequestStatus.RESPONDED })],
          commitments: [commitment()],
        }),
      );
      expect(summary(steps)).toEqual(['COMMITMENT_DUE 2025-12-02']);
    });
  });

  describe('meetings', () => {
    it('gives the kind, the day and the place', () => {
      expect(portalNextSteps(facts({ meetings: [meeting()] }))).toEqual([
        stepOf({
          kind: PortalNextStepKind.MEETING,
          on: '2025-12-03',
          meetingId: 'meeting-iep',
          description: 'IEP meeting on Wednesday, December 3, 2025, Lincoln Elementary, Room 12.',
        }),
      ]);
    });

    it('without a place: the kind and the day', () => {
      const steps = portalNextSteps(
        facts({
          meetings: [
            meeting({ id: 'meeting-504', kindLabel: 'Section 504 meeting', location: '' }),
          ],
        }),
      );
      expect(steps).toEqual([
        stepOf({
          kind: PortalNextStepKind.MEETING,
          on: '2025-12-03',
          meetingId: 'meeting-504',
          description: 'Section 504 meeting on Wednesday, December 3, 2025.',
        }),
      ]);
    });
  });

  describe('order', () => {
    /**
     * Late: the records answer (Fri 11-14), the promise due Mon 11-10. Then: the follow-up on
     * the records (Fri 11-21), the consent promise (Tue 12-02), the IEP meeting (Wed 12-03),
     * the evaluation answer and a 504 meeting (both Fri 12-05), the follow-up on the promise
     * (Tue 12-09). A met promise gives nothing.
     */
    const busy = () =>
      facts({
        requests: [request(), lateRequest()],
        commitments: [
          commitment(),
          commitment({
            id: 'commitment-met',
            description: 'Hold a meeting to review the evaluation plan',
            dueOn: '2025-11-17',
            status: CommitmentStatus.MET,
          }),
          commitment({
            id: 'commitment-attendance',
            requestId: 'request-records',
            description: 'Send a copy of the attendance file',
            dueOn: '2025-11-10',
          }),
        ],
        meetings: [
          meeting({
            id: 'meeting-504',
            kindLabel: 'Section 504 meeting',
            on: '2025-12-05',
            location: '',
          }),
          meeting(),
        ],
        plannedFollowUps: [
          planned('request-evaluation', 'commitment-consent', '2025-12-09'),
          planned('request-records', null, '2025-11-21'),
        ],
      });

    it('late things first, the oldest first; then the rest by date; ids on each', () => {
      expect(portalNextSteps(busy())).toEqual([
        stepOf({
          kind: PortalNextStepKind.COMMITMENT_LATE,
          on: '2025-11-10',
          requestId: 'request-records',
          commitmentId: 'commitment-attendance',
          description:
            'The school promised to do this by Monday, November 10, 2025, and there is nothing in writing to show it was done: "Send a copy of the attendance file".',
        }),
        stepOf({
          kind: PortalNextStepKind.ANSWER_LATE,
          on: '2025-11-14',
          requestId: 'request-records',
          description:
            "The school's written answer to the request for copies of education records was due Friday, November 14, 2025. It has not answered in writing.",
        }),
        stepOf({
          kind: PortalNextStepKind.FOLLOW_UP_PLANNED,
          on: '2025-11-21',
          requestId: 'request-records',
          description:
            'If there is still no answer, your advocate will follow up with the school in writing on Friday, November 21, 2025.',
        }),
        stepOf({
          kind: PortalNextStepKind.COMMITMENT_DUE,
          on: '2025-12-02',
          requestId: 'request-evaluation',
          commitmentId: 'commitment-consent',
          description:
            'The school promised to do this by Tuesday, December 2, 2025: "Send the evaluation consent form to the family".',
        }),
        stepOf({
          kind: PortalNextStepKind.MEETING,
          on: '2025-12-03',
          meetingId: 'meeting-iep',
          description: 'IEP meeting on Wednesday, December 3, 2025, Lincoln Elementary, Room 12.',
        }),
        stepOf({
          kind: PortalNextStepKind.ANSWER_DUE,
          on: '2025-12-05',
          requestId: 'request-evaluation',
          description:
            'The school must answer the request for a full individual evaluation in writing by Friday, December 5, 2025.',
        }),
        stepOf({
          kind: PortalNextStepKind.MEETING,
          on: '2025-12-05',
          meetingId: 'meeting-504',
          description: 'Section 504 meeting on Friday, December 5, 2025.',
        }),
        stepOf({
          kind: PortalNextStepKind.FOLLOW_UP_PLANNED,
          on: '2025-12-09',
          requestId: 'request-evaluation',
          commitmentId: 'commitment-consent',
          description:
            'If it is still not done, your advocate will follow up with the school in writing on Tuesday, December 9, 2025.',
        }),
      ]);
    });

    it('late things first even when something else is dated earlier', () => {
      // A follow-up still pending from Mon 11-17 sorts after both late things (11-14, 11-18).
      const steps = portalNextSteps(
        facts({
          requests: [lateRequest()],
          commitments: [commitment({ dueOn: '2025-11-18' })],
          plannedFollowUps: [planned('request-records', null, '2025-11-17')],
        }),
      );
      expect(summary(steps)).toEqual([
        'ANSWER_LATE 2025-11-14',
        'COMMITMENT_LATE 2025-11-18',
        'FOLLOW_UP_PLANNED 2025-11-17',
      ]);
    });

    it('does not depend on the order of the facts', () => {
      const reversed = busy();
      const steps = portalNextSteps({
        ...reversed,
        requests: [...reversed.requests].reverse(),
        commitments: [...reversed.commitments].reverse(),
        meetings: [...reversed.meetings].reverse(),
        plannedFollowUps: [...reversed.plannedFollowUps].reverse(),
      });
      expect(steps).toEqual(portalNextSteps(busy()));
    });
  });
});
