import { endOfDay } from '@onrecord/deadlines';
import type { IsoDate } from '@onrecord/deadlines';
// The fictional Maple Valley USD calendar shared with the deadline tests: test-only and kept
// out of the build, so it has its own entry point rather than the deadlines index.
import { CALENDAR_2025_26, CALENDAR_TWO_YEARS } from '@onrecord/deadlines/testing';
import type { FollowUpPlace, SendingDays, SendingWindow } from './follow-up-calendar';
import { FollowUpKind } from '../model/follow-up-enums';
import {
  isSchoolFacing,
  planFollowUps,
  type FollowUpPolicyRules,
  type PlanInput,
  type PlannedFollowUp,
} from './follow-up-plan';
import type { FollowUpRecipient } from '../model/follow-up.entity';

/*
 * How the expected values were checked by hand:
 * - "Now" is always Thu 2025-11-20 15:00Z = 09:00 CST = 10:00 EST: inside an 08:00–17:00
 *   window on a school day.
 * - Offsets: Chicago CST = UTC-6 / CDT = UTC-5; New York EST = UTC-5 / EDT = UTC-4; Los
 *   Angeles PST = UTC-8. DST ended Sun 2025-11-02 and starts again Sun 2026-03-08 (02:00
 *   local), and ends Sun 2026-11-01. So on the November 2025 days below 08:00 Chicago = 14:00Z
 *   and 07:00 New York = 12:00Z.
 * - Week days (`date -d <day> +%A`): 2025-10-31 Fri, 2025-11-03 Mon, 2025-11-10 Mon,
 *   2025-11-11 Tue, 2025-11-14 Fri, 2025-11-17 Mon, 2025-11-19 Wed, 2025-11-20 Thu,
 *   2025-11-21 Fri, 2025-11-25 Tue, 2025-11-26 Wed, 2025-11-28 Fri, 2025-12-01 Mon,
 *   2025-12-03 Wed, 2025-12-04 Thu, 2026-03-06 Fri, 2026-03-09 Mon, 2026-03-10 Tue,
 *   2026-03-11 Wed, 2026-11-10 Tue, 2026-11-11 Wed, 2026-11-13 Fri.
 * - District calendar (libs/deadlines/src/testing/district-calendars.ts): school is closed
 *   2025-11-11 (Veterans Day), 2025-11-24..28 (Thanksgiving break), 2025-12-22..2026-01-02,
 *   2026-11-11 (in the 2026-27 year).
 * - Public holidays (date-holidays, as dateHolidaysSource returns them): federal 2025-11-11
 *   Veterans Day, 2025-11-27 Thanksgiving, 2026-11-11 Veterans Day; Texas adds 2025-11-28
 *   (the day after Thanksgiving). Business days ignore the school calendar: the Thanksgiving
 *   break's Mon–Wed are business days.
 * - A deadline ends at the end of its day in the district: dueAt of Wed 2025-12-03 is
 *   2025-12-04T05:59:59.999Z (the next Chicago midnight, 06:00Z, minus 1 ms).
 */

const NOW = new Date('2025-11-20T15:00:00.000Z');
const CHICAGO = 'America/Chicago';

/** A Texas district on Central time, with the Maple Valley calendar. */
const TEXAS: FollowUpPlace = { timeZone: CHICAGO, jurisdiction: 'TX', calendar: CALENDAR_2025_26 };

const caseManager: FollowUpRecipient = {
  name: 'Dana Ortiz',
  email: 'dortiz@maplevalley.example',
  contactId: 'contact-case-manager',
};
const teacher: FollowUpRecipient = {
  name: 'Sam Lee',
  email: 'slee@maplevalley.example',
  contactId: 'contact-teacher',
};
const principal: FollowUpRecipient = {
  name: 'Pat Nguyen',
  email: 'pnguyen@maplevalley.example',
  contactId: 'contact-principal',
};
const director: FollowUpRecipient = {
  name: 'Chris Moore',
  email: 'cmoore@maplevalley.example',
  contactId: 'contact-sped-director',
};
const advocate: FollowUpRecipient = {
  name: 'Jordan Ellis',
  email: 'jordan@advocates.example',
  userId: 'user-jordan',
};
const guardian: FollowUpRecipient = {
  name: 'Rosa Rivera',
  email: 'rosa@family.example',
  guardianId: 'guardian-rosa',
};

/** 'SCHOOL_DAYS 08:00-17:00' → a sending window. */
function sendingWindow(spec: string): SendingWindow {
  const [days, start, end] = spec.split(/[ -]/);
  return { days: days as SendingDays, start: start ?? '', end: end ?? '' };
}

/** The shipped defaults (DEFAULT_FOLLOW_UP_POLICY), written out so the tests read alone. */
function rules(overrides: Partial<FollowUpPolicyRules> = {}): FollowUpPolicyRules {
  return {
    remindAdvocates: true,
    remindBusinessDaysBefore: 2,
    followUpSchoolDaysAfter: 1,
    escalateSchoolDaysAfter: 5,
    maxFollowUps: 3,
    requireApproval: false,
    notifyGuardians: true,
    replyHoldSchoolDays: 3,
    window: sendingWindow('SCHOOL_DAYS 08:00-17:00'),
    digestTime: '07:00',
    ...overrides,
  };
}

/** A deadline as the planner service builds it: the due day and the end of it in the district. */
function due(dueOn: IsoDate): Pick<PlanInput, 'dueOn' | 'dueAt'> {
  return { dueOn, dueAt: endOfDay(dueOn, CHICAGO) };
}

function sent(
  kind: FollowUpKind,
  sequence: number,
  sentAt: string,
  recipients: FollowUpRecipient[],
): PlanInput['sent'][number] {
  return { kind, sequence, sentAt: new Date(sentAt), recipients };
}
/** A follow-up to the request's contacts, sent. */
const followUpSent = (sequence: number, sentAt: string) =>
  sent(FollowUpKind.SCHOOL_FOLLOW_UP, sequence, sentAt, [caseManager, teacher]);
/** An escalation sent to the chain's contact for it: the principal for 2, the director for 3. */
const escalationSent = (sequence: number, sentAt: string) =>
  sent(FollowUpKind.ESCALATION, sequence, sentAt, [sequence === 2 ? principal : director]);

/**
 * A request due Wed 2025-12-03, sent to the case manager and the teacher; the school's chain
 * goes on to the principal, then the special-education director. The organization is in New
 * York, the district in Texas (Central time).
 */
function input(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    open: true,
    ...due('2025-12-03'),
    recipients: [caseManager, teacher],
    chain: [principal, director],
    advocates: [advocate],
    guardians: [guardian],
    sent: [],
    policy: rules(),
    place: TEXAS,
    organizationTimeZone: 'America/New_York',
    now: NOW,
    ...overrides,
  };
}

/** 'KIND sequence instant' per planned follow-up, in plan order: short enough for a table. */
const summary = (plan: PlannedFollowUp[]) =>
  plan.map((p) => `${p.kind} ${p.sequence} ${p.scheduledAt.toISOString()}`);
const ofKind = (plan: PlannedFollowUp[], kind: FollowUpKind) => plan.filter((p) => p.kind === kind);
const schoolFacing = (plan: PlannedFollowUp[]) => plan.filter((p) => isSchoolFacing(p.kind));

describe('planFollowUps', () => {
  it('plans a reminder and the first follow-up for a request due Wed 2025-12-03', () => {
    // Reminder: 2 business days before Wed 12-03 → Tue 12-02 (1), Mon 12-01 (2); 07:00 in
    // New York (EST) = 12:00Z. Follow-up: 1 school day after → Thu 12-04, 08:00 CST = 14:00Z.
    expect(planFollowUps(input())).toEqual([
      {
        kind: FollowUpKind.ADVOCATE_REMINDER,
        sequence: 1,
        scheduledAt: new Date('2025-12-01T12:00:00.000Z'),
        recipients: [advocate],
        cc: [],
        requiresApproval: false,
      },
      {
        kind: FollowUpKind.SCHOOL_FOLLOW_UP,
        sequence: 1,
        scheduledAt: new Date('2025-12-04T14:00:00.000Z'),
        recipients: [caseManager, teacher],
        cc: [],
        requiresApproval: false,
      },
    ]);
  });

  describe('nothing is owed', () => {
    /** Due Fri 11-14, follow-up 1 sent Mon 11-17: owes a guardian update and escalation 2. */
    const answered = { ...due('2025-11-14'), sent: [followUpSent(1, '2025-11-17T14:00:00.000Z')] };

    it.each<{ why: string; overrides: Partial<PlanInput> }>([
      { why: 'the request was answered (not open)', overrides: { open: false } },
      {
        why: 'not open, even with a follow-up sent and guardians to tell',
        overrides: { ...answered, open: false },
      },
      { why: 'no due day', overrides: { dueOn: null } },
      { why: 'no deadline instant', overrides: { dueAt: null } },
      { why: 'no deadline at all', overrides: { dueOn: null, dueAt: null } },
    ])('when $why', ({ overrides }) => {
      expect(planFollowUps(input(overrides))).toEqual([]);
    });

    it('owes something for the same requests open and dated (the control)', () => {
      // input(): see the first test. answered: the deadline passed (no reminder); the
      // guardians are told now; escalation 2 on Mon 12-01 (worked out below).
      expect(summary(planFollowUps(input()))).toHaveLength(2);
      expect(summary(planFollowUps(input(answered)))).toEqual([
        'GUARDIAN_UPDATE 1 2025-11-20T15:00:00.000Z',
        'ESCALATION 2 2025-12-01T14:00:00.000Z',
      ]);
    });
  });

  describe('the reminder to the advocates', () => {
    it.each<{ why: string; overrides: Partial<PlanInput>; expected: string }>([
      {
        why: 'Wed 12-03 less 2 business days = Mon 12-01; 07:00 EST = 12:00Z',
        overrides: {},
        expected: '2025-12-01T12:00:00.000Z',
      },
      {
        why: 'the digest time is the organization’s: 07:00 CST in Chicago = 13:00Z',
        overrides: { organizationTimeZone: CHICAGO },
        expected: '2025-12-01T13:00:00.000Z',
      },
      {
        why: 'the digest time is the organization’s: 07:00 PST in Los Angeles = 15:00Z',
        overrides: { organizationTimeZone: 'America/Los_Angeles' },
        expected: '2025-12-01T15:00:00.000Z',
      },
      {
        why: 'digest at 06:30 New York = 11:30Z',
        overrides: { policy: rules({ digestTime: '06:30' }) },
        expected: '2025-12-01T11:30:00.000Z',
      },
      {
        // Mon 12-01 back: Sun, Sat; Fri 11-28 (Texas holiday), Thu 11-27 (Thanksgiving);
        // Wed 11-26 (1), Tue 11-25 (2). Both are Thanksgiving-break days at school: business
        // days all the same.
        why: 'Thanksgiving and the Texas day after are skipped: Mon 12-01 less 2 = Tue 11-25',
        overrides: due('2025-12-01'),
        expected: '2025-11-25T12:00:00.000Z',
      },
      {
        // As above, but Fri 11-28 is a business day: Fri 11-28 (1), Wed 11-26 (2).
        why: 'federal holidays only: Mon 12-01 less 2 = Wed 11-26',
        overrides: { ...due('2025-12-01'), place: { ...TEXAS, jurisdiction: null } },
        expected: '2025-11-26T12:00:00.000Z',
      },
      {
        // Fri 11-13 back: Thu 11-12 (1), Wed 11-11 Veterans Day, Tue 11-10 (2); EST again.
        why: 'Veterans Day is skipped: Fri 2026-11-13 less 2 = Tue 2026-11-10',
        overrides: due('2026-11-13'),
        expected: '2026-11-10T12:00:00.000Z',
      },
      {
        // Tue 03-10 back: Mon 03-09 (1), Fri 03-06 (2), still EST in New York: 07:00 = 12:00Z.
        why: 'before daylight saving time: Tue 2026-03-10 less 2 = Fri 03-06, 07:00 EST',
        overrides: due('2026-03-10'),
        expected: '2026-03-06T12:00:00.000Z',
      },
      {
        // Wed 03-11 back: Tue 03-10 (1), Mon 03-09 (2), EDT since Sun 03-08: 07:00 = 11:00Z.
        why: 'after daylight saving time: Wed 2026-03-11 less 2 = Mon 03-09, 07:00 EDT',
        overrides: due('2026-03-11'),
        expected: '2026-03-09T11:00:00.000Z',
      },
      {
        why: 'zero business days before: the due day itself',
        overrides: { policy: rules({ remindBusinessDaysBefore: 0 }) },
        expected: '2025-12-03T12:00:00.000Z',
      },
      {
        // Fri 11-21 back: Thu 11-20 (1), Wed 11-19 (2). That digest has gone out; the
        // deadline has not passed, so the reminder is still owed and the next digest takes
        // it (the digest collects reminders scheduled at or before its time).
        why: 'the reminder day is past but the deadline is not: Wed 11-19, already due',
        overrides: due('2025-11-21'),
        expected: '2025-11-19T12:00:00.000Z',
      },
      {
        // The deadline 1 ms after now has not passed. Thu 11-20 back: Wed 11-19 (1), Tue
        // 11-18 (2).
        why: 'the deadline is 1 ms away',
        overrides: { dueOn: '2025-11-20', dueAt: new Date(NOW.getTime() + 1) },
        expected: '2025-11-18T12:00:00.000Z',
      },
    ])('$why', ({ overrides, expected }) => {
      const reminders = ofKind(planFollowUps(input(overrides)), FollowUpKind.ADVOCATE_REMINDER);
      expect(reminders.map((r) => r.scheduledAt.toISOString())).toEqual([expected]);
    });

    it('goes to the advocates, as sequence 1, never waiting for approval', () => {
      const plan = planFollowUps(input({ policy: rules({ requireApproval: true }) }));
      expect(ofKind(plan, FollowUpKind.ADVOCATE_REMINDER)).toEqual([
        expect.objectContaining({ sequence: 1, recipients: [advocate], requiresApproval: false }),
      ]);
    });

    it.each<{ why: string; overrides: Partial<PlanInput>; left: string[] }>([
      {
        why: 'the policy does not remind advocates',
        overrides: { policy: rules({ remindAdvocates: false }) },
        left: ['SCHOOL_FOLLOW_UP 1 2025-12-04T14:00:00.000Z'],
      },
      {
        why: 'no advocate is assigned',
        overrides: { advocates: [] },
        left: ['SCHOOL_FOLLOW_UP 1 2025-12-04T14:00:00.000Z'],
      },
      {
        why: 'one was already delivered',
        overrides: {
          sent: [sent(FollowUpKind.ADVOCATE_REMINDER, 1, '2025-11-19T12:05:00.000Z', [])],
        },
        left: ['SCHOOL_FOLLOW_UP 1 2025-12-04T14:00:00.000Z'],
      },
      {
        // Wed 11-19 ends at 2025-11-20T05:59:59.999Z, before now. The follow-up is 1 school
        // day later, Thu 11-20 08:00 CST = 14:00Z, also before now: it goes now.
        why: 'the deadline passed last night',
        overrides: due('2025-11-19'),
        left: ['SCHOOL_FOLLOW_UP 1 2025-11-20T15:00:00.000Z'],
      },
      {
        // dueAt == now counts as passed. Thu 11-20 + 1 school day = Fri 11-21, 08:00 CST.
        why: 'the deadline is this very instant',
        overrides: { dueOn: '2025-11-20', dueAt: NOW },
        left: ['SCHOOL_FOLLOW_UP 1 2025-11-21T14:00:00.000Z'],
      },
    ])('is not planned when $why', ({ overrides, left }) => {
      expect(summary(planFollowUps(input(overrides)))).toEqual(left);
    });
  });

  describe('the first follow-up to the school', () => {
    it.each<{ why: string; overrides: Partial<PlanInput>; expected: string }>([
      {
        why: 'Wed 12-03 + 1 school day = Thu 12-04, at the window start 08:00 CST',
        overrides: {},
        expected: '2025-12-04T14:00:00.000Z',
      },
      {
        // Fri 11-21 forward: Sat, Sun, Mon 11-24..Fri 11-28 break, Sat, Sun, Mon 12-01 (1).
        why: 'the Thanksgiving break is skipped: Fri 11-21 + 1 school day = Mon 12-01',
        overrides: due('2025-11-21'),
        expected: '2025-12-01T14:00:00.000Z',
      },
      {
        // Tue 11-10 forward: Wed 11-11 closed (2026-27 calendar), Thu 11-12 (1).
        why: 'a one-day closure is skipped: Tue 2026-11-10 + 1 school day = Thu 11-12',
        overrides: { ...due('2026-11-10'), place: { ...TEXAS, calendar: CALENDAR_TWO_YEARS } },
        expected: '2026-11-12T14:00:00.000Z',
      },
      {
        // Fri 03-06 + 1 = Mon 03-09, after the change to CDT (Sun 03-08): 08:00 = 13:00Z.
        why: 'the window start is district wall-clock time across DST: Mon 2026-03-09 08:00 CDT',
        overrides: due('2026-03-06'),
        expected: '2026-03-09T13:00:00.000Z',
      },
      {
        why: 'a window opening at 09:30: Thu 12-04 09:30 CST',
        overrides: { policy: rules({ window: sendingWindow('SCHOOL_DAYS 09:30-17:00') }) },
        expected: '2025-12-04T15:30:00.000Z',
      },
      {
        // The window's start, not a fixed hour: earlier than 08:00 as well as later.
        why: 'a window opening at 06:00: Thu 12-04 06:00 CST',
        overrides: { policy: rules({ window: sendingWindow('SCHOOL_DAYS 06:00-17:00') }) },
        expected: '2025-12-04T12:00:00.000Z',
      },
      {
        why: 'three school days after: Wed 12-03 → Thu (1), Fri (2), Mon 12-08 (3)',
        overrides: { policy: rules({ followUpSchoolDaysAfter: 3 }) },
        expected: '2025-12-08T14:00:00.000Z',
      },
      {
        // Wed 11-19 + 1 = Thu 11-20 08:00 CST = 14:00Z, an hour before now.
        why: 'owed since this morning: now, inside the window',
        overrides: due('2025-11-19'),
        expected: NOW.toISOString(),
      },
      {
        // Wed 10-15 + 1 = Thu 10-16 (no closure then): a month ago.
        why: 'owed since last month: now, inside the window',
        overrides: due('2025-10-15'),
        expected: NOW.toISOString(),
      },
      {
        // Now is 09:00 CST: before today's window opens.
        why: 'owed since last month, window 10:00–17:00: today 10:00 CST',
        overrides: {
          ...due('2025-10-15'),
          policy: rules({ window: sendingWindow('SCHOOL_DAYS 10:00-17:00') }),
        },
        expected: '2025-11-20T16:00:00.000Z',
      },
      {
        // Now is 09:00 CST, the window's (exclusive) end: the next school day, Fri 11-21.
        why: 'owed since last month, window 06:00–09:00: Fri 11-21 06:00 CST',
        overrides: {
          ...due('2025-10-15'),
          policy: rules({ window: sendingWindow('SCHOOL_DAYS 06:00-09:00') }),
        },
        expected: '2025-11-21T12:00:00.000Z',
      },
      {
        // Zero days after: the window start on the due day (Wed 12-03 08:00) is before the
        // deadline; the first instant after it is Thu 12-04 00:00 CST = 06:00Z.
        why: 'never before the deadline has passed: 1 ms after it, with an all-day window',
        overrides: {
          policy: rules({
            followUpSchoolDaysAfter: 0,
            window: sendingWindow('EVERY_DAY 00:00-24:00'),
          }),
        },
        expected: '2025-12-04T06:00:00.000Z',
      },
      {
        // Zero days after Fri 11-21: from Sat 11-22 00:00 CST, the next school day is Mon
        // 12-01 (weekend, Thanksgiving break, weekend).
        why: 'SCHOOL_DAYS skips the break: Mon 12-01 08:00 CST',
        overrides: { ...due('2025-11-21'), policy: rules({ followUpSchoolDaysAfter: 0 }) },
        expected: '2025-12-01T14:00:00.000Z',
      },
      {
        // The same, but any Monday–Friday will do: Mon 11-24 (a break day) 08:00 CST.
        why: 'WEEKDAYS skips only the weekend: Mon 11-24 08:00 CST',
        overrides: {
          ...due('2025-11-21'),
          policy: rules({
            followUpSchoolDaysAfter: 0,
            window: sendingWindow('WEEKDAYS 08:00-17:00'),
          }),
        },
        expected: '2025-11-24T14:00:00.000Z',
      },
      {
        why: 'EVERY_DAY: Sat 11-22 08:00 CST',
        overrides: {
          ...due('2025-11-21'),
          policy: rules({
            followUpSchoolDaysAfter: 0,
            window: sendingWindow('EVERY_DAY 08:00-17:00'),
          }),
        },
        expected: '2025-11-22T14:00:00.000Z',
      },
    ])('$why', ({ overrides, expected }) => {
      const followUps = schoolFacing(planFollowUps(input(overrides)));
      expect(
        followUps.map((f) => `${f.kind} ${f.sequence} ${f.scheduledAt.toISOString()}`),
      ).toEqual([`SCHOOL_FOLLOW_UP 1 ${expected}`]);
    });

    it.each([true, false])('waits for approval when the policy says %p', (requireApproval) => {
      const plan = planFollowUps(input({ policy: rules({ requireApproval }) }));
      expect(schoolFacing(plan)).toEqual([
        {
          kind: FollowUpKind.SCHOOL_FOLLOW_UP,
          sequence: 1,
          scheduledAt: new Date('2025-12-04T14:00:00.000Z'),
          recipients: [caseManager, teacher],
          cc: [],
          requiresApproval: requireApproval,
        },
      ]);
    });
  });

  describe('after a school-facing message was sent', () => {
    // All due in the past; the reminder is not owed any more.
    it.each<{
      why: string;
      overrides: Partial<PlanInput>;
      expected: Omit<PlannedFollowUp, 'requiresApproval'>;
    }>([
      {
        // Local day Mon 11-17; 5 school days: Tue 18 (1), Wed 19 (2), Thu 20 (3), Fri 21 (4),
        // Thanksgiving break, Mon 12-01 (5). 08:00 CST = 14:00Z.
        why: 'seq 1 sent Mon 11-17: escalation 2 to the principal on Mon 12-01',
        overrides: { ...due('2025-11-14'), sent: [followUpSent(1, '2025-11-17T14:00:00.000Z')] },
        expected: {
          kind: FollowUpKind.ESCALATION,
          sequence: 2,
          scheduledAt: new Date('2025-12-01T14:00:00.000Z'),
          recipients: [principal],
          cc: [caseManager, teacher],
        },
      },
      {
        // 04:30Z on Tue 11-18 is 22:30 CST on Mon 11-17: counted from Mon 11-17 as above.
        // Counting from the UTC day (Tue 11-18) would give Tue 12-02.
        why: 'seq 1 sent Mon 11-17 at 22:30 CST (Tue in UTC): counted from the local Monday',
        overrides: { ...due('2025-11-14'), sent: [followUpSent(1, '2025-11-18T04:30:00.000Z')] },
        expected: {
          kind: FollowUpKind.ESCALATION,
          sequence: 2,
          scheduledAt: new Date('2025-12-01T14:00:00.000Z'),
          recipients: [principal],
          cc: [caseManager, teacher],
        },
      },
      {
        // Mon 11-10 + 8 school days: Tue 11 closed, Wed 12 (1), Thu 13 (2), Fri 14 (3),
        // Mon 17 (4), Tue 18 (5), Wed 19 (6), Thu 20 (7), Fri 21 (8). Counting Veterans Day
        // would give Thu 11-20 08:00, before now, so now (15:00Z).
        why: 'Veterans Day is not a school day: Mon 11-10 + 8 school days = Fri 11-21',
        overrides: {
          ...due('2025-11-07'),
          sent: [followUpSent(1, '2025-11-10T14:00:00.000Z')],
          policy: rules({ escalateSchoolDaysAfter: 8 }),
        },
        expected: {
          kind: FollowUpKind.ESCALATION,
          sequence: 2,
          scheduledAt: new Date('2025-11-21T14:00:00.000Z'),
          recipients: [principal],
          cc: [caseManager, teacher],
        },
      },
      {
        // Mon 11-10 + 5: Wed 12 (1) … Tue 18 (5), 08:00 CST: two days ago, so now.
        why: 'an escalation owed since Tue 11-18 goes now',
        overrides: { ...due('2025-11-07'), sent: [followUpSent(1, '2025-11-10T14:00:00.000Z')] },
        expected: {
          kind: FollowUpKind.ESCALATION,
          sequence: 2,
          scheduledAt: NOW,
          recipients: [principal],
          cc: [caseManager, teacher],
        },
      },
      {
        // Counted from seq 2's day, Fri 11-14: Mon 17 (1), Tue 18 (2), Wed 19 (3), Thu 20
        // (4), Fri 21 (5). (From seq 1's Mon 11-03 it would be Mon 11-10, long past.)
        why: 'seq 2 sent Fri 11-14: escalation 3 to the director, everyone before copied',
        overrides: {
          ...due('2025-10-31'),
          sent: [
            followUpSent(1, '2025-11-03T14:00:00.000Z'),
            escalationSent(2, '2025-11-14T16:00:00.000Z'),
          ],
        },
        expected: {
          kind: FollowUpKind.ESCALATION,
          sequence: 3,
          scheduledAt: new Date('2025-11-21T14:00:00.000Z'),
          recipients: [director],
          cc: [caseManager, teacher, principal],
        },
      },
      {
        why: 'the chain has no one left after the principal: follow-up 3 to the request’s contacts',
        overrides: {
          ...due('2025-10-31'),
          chain: [principal],
          sent: [
            followUpSent(1, '2025-11-03T14:00:00.000Z'),
            escalationSent(2, '2025-11-14T16:00:00.000Z'),
          ],
        },
        expected: {
          kind: FollowUpKind.SCHOOL_FOLLOW_UP,
          sequence: 3,
          scheduledAt: new Date('2025-11-21T14:00:00.000Z'),
          recipients: [caseManager, teacher],
          cc: [],
        },
      },
      {
        why: 'no escalation chain: follow-up 2 to the request’s contacts again',
        overrides: {
          ...due('2025-11-14'),
          chain: [],
          sent: [followUpSent(1, '2025-11-17T14:00:00.000Z')],
        },
        expected: {
          kind: FollowUpKind.SCHOOL_FOLLOW_UP,
          sequence: 2,
          scheduledAt: new Date('2025-12-01T14:00:00.000Z'),
          recipients: [caseManager, teacher],
          cc: [],
        },
      },
    ])('$why', ({ overrides, expected }) => {
      // Only the next one: nothing after it until it is sent.
      expect(schoolFacing(planFollowUps(input(overrides)))).toEqual([
        { ...expected, requiresApproval: false },
      ]);
    });

    it('an escalation waits for approval when the policy says so', () => {
      const plan = planFollowUps(
        input({
          ...due('2025-11-14'),
          sent: [followUpSent(1, '2025-11-17T14:00:00.000Z')],
          policy: rules({ requireApproval: true }),
        }),
      );
      expect(schoolFacing(plan)).toEqual([
        expect.objectContaining({ kind: FollowUpKind.ESCALATION, requiresApproval: true }),
      ]);
    });

    it.each<{ why: string; maxFollowUps: number; sent: PlanInput['sent'] }>([
      { why: 'at most 0: not even the first', maxFollowUps: 0, sent: [] },
      {
        why: 'at most 1, sent',
        maxFollowUps: 1,
        sent: [followUpSent(1, '2025-11-03T14:00:00.000Z')],
      },
      {
        why: 'at most 2, both sent (the director is left in the chain)',
        maxFollowUps: 2,
        sent: [
          followUpSent(1, '2025-11-03T14:00:00.000Z'),
          escalationSent(2, '2025-11-14T16:00:00.000Z'),
        ],
      },
      {
        why: 'at most 3, all sent',
        maxFollowUps: 3,
        sent: [
          followUpSent(1, '2025-11-03T14:00:00.000Z'),
          escalationSent(2, '2025-11-10T14:00:00.000Z'),
          escalationSent(3, '2025-11-17T14:00:00.000Z'),
        ],
      },
    ])('plans no more school-facing messages: $why', ({ maxFollowUps, sent }) => {
      const plan = planFollowUps(
        input({ ...due('2025-10-31'), sent, policy: rules({ maxFollowUps }) }),
      );
      expect(schoolFacing(plan)).toEqual([]);
      // The guardians still hear of each one sent (so the plan is not empty by accident).
      expect(summary(plan)).toEqual(
        sent.map((s) => `GUARDIAN_UPDATE ${s.sequence} ${NOW.toISOString()}`),
      );
    });

    it('plans one more while the last one is under the maximum', () => {
      // The control for the table above: 2 sent, at most 3 → escalation 3.
      const plan = planFollowUps(
        input({
          ...due('2025-10-31'),
          sent: [
            followUpSent(1, '2025-11-03T14:00:00.000Z'),
            escalationSent(2, '2025-11-14T16:00:00.000Z'),
          ],
        }),
      );
      expect(schoolFacing(plan).map((p) => `${p.kind} ${p.sequence}`)).toEqual(['ESCALATION 3']);
    });

    // A contact added to the chain after a plain follow-up 2 is escalated to next.
    it('escalates to a contact added to the chain after a plain follow-up 2', () => {
      const plan = planFollowUps(
        input({
          ...due('2025-10-31'),
          chain: [principal],
          sent: [
            followUpSent(1, '2025-11-03T14:00:00.000Z'),
            followUpSent(2, '2025-11-14T16:00:00.000Z'),
          ],
        }),
      );
      // Fri 11-14 + 5 school days = Fri 11-21 (as above), 08:00 CST = 14:00Z.
      expect(schoolFacing(plan)).toEqual([
        {
          kind: FollowUpKind.ESCALATION,
          sequence: 3,
          scheduledAt: new Date('2025-11-21T14:00:00.000Z'),
          recipients: [principal],
          cc: [caseManager, teacher],
          requiresApproval: false,
        },
      ]);
    });
  });

  describe('the update to the guardians', () => {
    it.each<{ why: string; overrides: Partial<PlanInput>; expected: string[] }>([
      {
        // max(sent Mon 11-17, now) = now, inside the window. Escalation 2 as above.
        why: 'seq 1 sent: an update now, then escalation 2',
        overrides: { ...due('2025-11-14'), sent: [followUpSent(1, '2025-11-17T14:00:00.000Z')] },
        expected: [
          'GUARDIAN_UPDATE 1 2025-11-20T15:00:00.000Z',
          'ESCALATION 2 2025-12-01T14:00:00.000Z',
        ],
      },
      {
        // Now is 09:00 CST, before today's 10:00 opening = 16:00Z. Escalation 2 at the
        // opening of Mon 12-01: 10:00 CST = 16:00Z.
        why: 'outside the window: at its next opening',
        overrides: {
          ...due('2025-11-14'),
          sent: [followUpSent(1, '2025-11-17T14:00:00.000Z')],
          policy: rules({ window: sendingWindow('SCHOOL_DAYS 10:00-17:00') }),
        },
        expected: [
          'GUARDIAN_UPDATE 1 2025-11-20T16:00:00.000Z',
          'ESCALATION 2 2025-12-01T16:00:00.000Z',
        ],
      },
      {
        // The sender's clock an hour ahead of the planner's now: not before the send.
        // Local day Thu 11-20 + 5 school days: Fri 21, Mon 12-01, Tue 02, Wed 03, Thu 12-04.
        why: 'not before the message it reports on was sent',
        overrides: { ...due('2025-11-14'), sent: [followUpSent(1, '2025-11-20T16:00:00.000Z')] },
        expected: [
          'GUARDIAN_UPDATE 1 2025-11-20T16:00:00.000Z',
          'ESCALATION 2 2025-12-04T14:00:00.000Z',
        ],
      },
      {
        // Escalation 3 from seq 2's Fri 11-14: Fri 11-21 (as above).
        why: 'seq 1 and 2 sent: one update each, in order',
        overrides: {
          ...due('2025-10-31'),
          sent: [
            followUpSent(1, '2025-11-03T14:00:00.000Z'),
            escalationSent(2, '2025-11-14T16:00:00.000Z'),
          ],
        },
        expected: [
          'GUARDIAN_UPDATE 1 2025-11-20T15:00:00.000Z',
          'GUARDIAN_UPDATE 2 2025-11-20T15:00:00.000Z',
          'ESCALATION 3 2025-11-21T14:00:00.000Z',
        ],
      },
      {
        why: 'none when the policy does not notify guardians',
        overrides: {
          ...due('2025-11-14'),
          sent: [followUpSent(1, '2025-11-17T14:00:00.000Z')],
          policy: rules({ notifyGuardians: false }),
        },
        expected: ['ESCALATION 2 2025-12-01T14:00:00.000Z'],
      },
      {
        why: 'none when the family has no guardian with an address',
        overrides: {
          ...due('2025-11-14'),
          sent: [followUpSent(1, '2025-11-17T14:00:00.000Z')],
          guardians: [],
        },
        expected: ['ESCALATION 2 2025-12-01T14:00:00.000Z'],
      },
      {
        // Wed 11-19 + 1 school day = Thu 11-20 08:00, before now: now.
        why: 'none before anything went to the school',
        overrides: due('2025-11-19'),
        expected: ['SCHOOL_FOLLOW_UP 1 2025-11-20T15:00:00.000Z'],
      },
    ])('$why', ({ overrides, expected }) => {
      expect(summary(planFollowUps(input(overrides)))).toEqual(expected);
    });

    it('goes to the guardians, never waiting for approval', () => {
      const plan = planFollowUps(
        input({
          ...due('2025-11-14'),
          sent: [followUpSent(1, '2025-11-17T14:00:00.000Z')],
          policy: rules({ requireApproval: true }),
        }),
      );
      expect(ofKind(plan, FollowUpKind.GUARDIAN_UPDATE)).toEqual([
        {
          kind: FollowUpKind.GUARDIAN_UPDATE,
          sequence: 1,
          scheduledAt: NOW,
          recipients: [guardian],
          cc: [],
          requiresApproval: false,
        },
      ]);
    });

    // An update for each message the school got, whatever the maximum is now.
    it('still tells the guardians of seq 2 after the maximum was lowered to 1', () => {
      const plan = planFollowUps(
        input({
          ...due('2025-10-31'),
          sent: [
            followUpSent(1, '2025-11-03T14:00:00.000Z'),
            escalationSent(2, '2025-11-14T16:00:00.000Z'),
          ],
          policy: rules({ maxFollowUps: 1 }),
        }),
      );
      expect(summary(plan)).toEqual([
        'GUARDIAN_UPDATE 1 2025-11-20T15:00:00.000Z',
        'GUARDIAN_UPDATE 2 2025-11-20T15:00:00.000Z',
      ]);
    });
  });

  describe('guardian notices', () => {
    /*
     * Who wants which news: `guardian` (Rosa) hears of follow-ups sent (`guardians`), Luis
     * when the deadline passes unanswered, Elena when the school answers. Each list is its own.
     */
    const father: FollowUpRecipient = {
      name: 'Luis Rivera',
      email: 'luis@family.example',
      guardianId: 'guardian-luis',
    };
    const grandmother: FollowUpRecipient = {
      name: 'Elena Rivera',
      email: 'elena@family.example',
      guardianId: 'guardian-elena',
    };
    const DAY = 86_400_000;
    const ago = (ms: number) => new Date(NOW.getTime() - ms);

    describe('the deadline passed unanswered (GUARDIAN_OVERDUE)', () => {
      it.each<{ why: string; overrides: Partial<PlanInput>; expected: string }>([
        {
          // Wed 12-03 ends 2025-12-04T05:59:59.999Z; 1 ms later is Thu 12-04 00:00 CST,
          // before the window: it opens at 08:00 CST = 14:00Z.
          why: 'before the deadline: planned for the window after it, Thu 12-04 08:00 CST',
          overrides: {},
          expected: '2025-12-04T14:00:00.000Z',
        },
        {
          // The deadline moved to Wed 12-10: Thu 12-11 00:00 CST, 08:00 CST = 14:00Z.
          why: 'it moves with the deadline: due Wed 12-10 → Thu 12-11 08:00 CST',
          overrides: due('2025-12-10'),
          expected: '2025-12-11T14:00:00.000Z',
        },
        {
          // Fri 11-21 ends; Sat 11-22 00:00 CST. Sat, Sun, the break (11-24..28), Sat, Sun:
          // the next school day is Mon 12-01.
          why: 'SCHOOL_DAYS: due Fri 11-21 → Mon 12-01 08:00 CST, after the break',
          overrides: due('2025-11-21'),
          expected: '2025-12-01T14:00:00.000Z',
        },
        {
          why: 'WEEKDAYS: due Fri 11-21 → Mon 11-24 08:00 CST (a break day)',
          overrides: {
            ...due('2025-11-21'),
            policy: rules({ window: sendingWindow('WEEKDAYS 08:00-17:00') }),
          },
          expected: '2025-11-24T14:00:00.000Z',
        },
        {
          why: 'EVERY_DAY: due Fri 11-21 → Sat 11-22 08:00 CST',
          overrides: {
            ...due('2025-11-21'),
            policy: rules({ window: sendingWindow('EVERY_DAY 08:00-17:00') }),
          },
          expected: '2025-11-22T14:00:00.000Z',
        },
        {
          // Thu 12-04 00:00 CST = 06:00Z, inside an all-day window: 1 ms after the deadline.
          why: 'an all-day window: 1 ms after the deadline',
          overrides: { policy: rules({ window: sendingWindow('EVERY_DAY 00:00-24:00') }) },
          expected: '2025-12-04T06:00:00.000Z',
        },
        {
          // Fri 03-06 ends Sat 03-07 00:00 CST; next school day Mon 03-09, after the change
          // to CDT (Sun 03-08): 08:00 CDT = 13:00Z.
          why: 'across DST: due Fri 2026-03-06 → Mon 03-09 08:00 CDT',
          overrides: due('2026-03-06'),
          expected: '2026-03-09T13:00:00.000Z',
        },
        {
          // Wed 11-19 ended at 2025-11-20T06:00Z, before now (09:00 CST, in the window).
          why: 'the deadline passed last night: now',
          overrides: due('2025-11-19'),
          expected: NOW.toISOString(),
        },
        {
          // Now is 09:00 CST, before today's 10:00 opening = 16:00Z.
          why: 'the deadline passed last night, window 10:00–17:00: today 10:00 CST',
          overrides: {
            ...due('2025-11-19'),
            policy: rules({ window: sendingWindow('SCHOOL_DAYS 10:00-17:00') }),
          },
          expected: '2025-11-20T16:00:00.000Z',
        },
        {
          // Now is 09:00 CST, the window's (exclusive) end: Fri 11-21 06:00 CST = 12:00Z.
          why: 'the deadline passed last night, window 06:00–09:00: Fri 11-21 06:00 CST',
          overrides: {
            ...due('2025-11-19'),
            policy: rules({ window: sendingWindow('SCHOOL_DAYS 06:00-09:00') }),
          },
          expected: '2025-11-21T12:00:00.000Z',
        },
        {
          // dueAt == now: the deadline has passed 1 ms after it, in the window.
          why: 'the deadline is this very instant: 1 ms after it',
          overrides: { dueOn: '2025-11-20', dueAt: NOW },
          expected: '2025-11-20T15:00:00.001Z',
        },
        {
          // Thu 11-13 ended 2025-11-14T06:00Z: 6 days 9 hours ago, still news.
          why: 'the deadline passed 6 days ago: now',
          overrides: due('2025-11-13'),
          expected: NOW.toISOString(),
        },
        {
          // dueAt + 1 ms is exactly 7 days before now: not more than 7 days.
          why: 'the deadline passed exactly 7 days ago: now',
          overrides: { dueOn: '2025-11-13', dueAt: ago(7 * DAY + 1) },
          expected: NOW.toISOString(),
        },
      ])('$why', ({ overrides, expected }) => {
        const plan = planFollowUps(input({ overdueGuardians: [father], ...overrides }));
        expect(summary(ofKind(plan, FollowUpKind.GUARDIAN_OVERDUE))).toEqual([
          `GUARDIAN_OVERDUE 1 ${expected}`,
        ]);
      });

      it('survives a replan during a school break longer than the news window', () => {
        // Due Fri 12-19; the break runs 12-22..01-02: the first chance is Mon 01-05 08:00 CST
        // (14:00Z). A replan on 12-30, 11 days after the deadline, still plans it then; one a
        // week after the first chance (01-12 14:00Z + 1 ms) does not.
        const late = (now: string) =>
          summary(
            ofKind(
              planFollowUps(
                input({ overdueGuardians: [father], ...due('2025-12-19'), now: new Date(now) }),
              ),
              FollowUpKind.GUARDIAN_OVERDUE,
            ),
          );
        expect(late('2025-12-30T15:00:00.000Z')).toEqual([
          'GUARDIAN_OVERDUE 1 2026-01-05T14:00:00.000Z',
        ]);
        expect(late('2026-01-12T14:00:00.001Z')).toEqual([]);
      });

      it('goes to the guardians who asked for it, in plan order, never waiting for approval', () => {
        // input(): reminder Mon 12-01 07:00 EST, follow-up Thu 12-04 08:00 CST (first test).
        const plan = planFollowUps(
          input({ overdueGuardians: [father], policy: rules({ requireApproval: true }) }),
        );
        expect(summary(plan)).toEqual([
          'ADVOCATE_REMINDER 1 2025-12-01T12:00:00.000Z',
          'GUARDIAN_OVERDUE 1 2025-12-04T14:00:00.000Z',
          'SCHOOL_FOLLOW_UP 1 2025-12-04T14:00:00.000Z',
        ]);
        expect(ofKind(plan, FollowUpKind.GUARDIAN_OVERDUE)).toEqual([
          {
            kind: FollowUpKind.GUARDIAN_OVERDUE,
            sequence: 1,
            scheduledAt: new Date('2025-12-04T14:00:00.000Z'),
            recipients: [father],
            cc: [],
            requiresApproval: false,
          },
        ]);
      });

      it.each<{ why: string; overrides: Partial<PlanInput>; left: string[] }>([
        {
          why: 'no overdueGuardians given',
          overrides: { overdueGuardians: undefined },
          left: [
            'ADVOCATE_REMINDER 1 2025-12-01T12:00:00.000Z',
            'SCHOOL_FOLLOW_UP 1 2025-12-04T14:00:00.000Z',
          ],
        },
        {
          why: 'no guardian wants it',
          overrides: { overdueGuardians: [] },
          left: [
            'ADVOCATE_REMINDER 1 2025-12-01T12:00:00.000Z',
            'SCHOOL_FOLLOW_UP 1 2025-12-04T14:00:00.000Z',
          ],
        },
        {
          why: 'the policy does not notify guardians',
          overrides: { policy: rules({ notifyGuardians: false }) },
          left: [
            'ADVOCATE_REMINDER 1 2025-12-01T12:00:00.000Z',
            'SCHOOL_FOLLOW_UP 1 2025-12-04T14:00:00.000Z',
          ],
        },
        {
          // A notice to the family is not school-facing: follow-up 1 is still the next one,
          // now (Wed 11-19 + 1 school day = Thu 11-20 08:00 CST, before now), and no update.
          why: 'one was already sent',
          overrides: {
            ...due('2025-11-19'),
            sent: [sent(FollowUpKind.GUARDIAN_OVERDUE, 1, '2025-11-20T14:00:00.000Z', [father])],
          },
          left: ['SCHOOL_FOLLOW_UP 1 2025-11-20T15:00:00.000Z'],
        },
        {
          // dueAt + 1 ms is 7 days and 1 ms before now. Follow-up: Thu 11-13 + 1 school day
          // = Fri 11-14, long past: now.
          why: 'the deadline passed 7 days and 1 ms ago',
          overrides: { dueOn: '2025-11-13', dueAt: ago(7 * DAY + 2) },
          left: ['SCHOOL_FOLLOW_UP 1 2025-11-20T15:00:00.000Z'],
        },
        {
          // Wed 11-12 ended 2025-11-13T06:00Z, 7 days 9 hours ago. Follow-up: Thu 11-13,
          // long past: now.
          why: 'the deadline passed last week (Wed 11-12)',
          overrides: due('2025-11-12'),
          left: ['SCHOOL_FOLLOW_UP 1 2025-11-20T15:00:00.000Z'],
        },
        { why: 'there is no deadline', overrides: { dueOn: null, dueAt: null }, left: [] },
        { why: 'the item is closed (and not answered)', overrides: { open: false }, left: [] },
      ])('is not planned when $why', ({ overrides, left }) => {
        expect(summary(planFollowUps(input({ overdueGuardians: [father], ...overrides })))).toEqual(
          left,
        );
      });
    });

    describe('the school answered (GUARDIAN_ANSWERED)', () => {
      /**
       * Due Fri 11-14, follow-up 1 sent Mon 11-17, then answered and closed: open, it would
       * owe an overdue notice, an update and escalation 2 (see 'nothing else' below).
       */
      const closed = (overrides: Partial<PlanInput> = {}) =>
        input({
          ...due('2025-11-14'),
          sent: [followUpSent(1, '2025-11-17T14:00:00.000Z')],
          overdueGuardians: [father],
          answeredGuardians: [grandmother],
          open: false,
          ...overrides,
        });

      it.each<{ why: string; overrides: Partial<PlanInput>; expected: string }>([
        {
          // 08:30 CST this morning; now (09:00 CST) is later and in the window.
          why: 'answered this morning: now',
          overrides: { answeredAt: new Date('2025-11-20T14:30:00.000Z') },
          expected: NOW.toISOString(),
        },
        {
          // 17:30 CST yesterday, after the window closed: now is later, in the window.
          why: 'answered last night after the window closed: now',
          overrides: { answeredAt: new Date('2025-11-19T23:30:00.000Z') },
          expected: NOW.toISOString(),
        },
        {
          // Recorded by a clock an hour ahead of the planner's now: not before it.
          why: 'answered after now (another clock): then, 10:00 CST',
          overrides: { answeredAt: new Date('2025-11-20T16:00:00.000Z') },
          expected: '2025-11-20T16:00:00.000Z',
        },
        {
          // Now is 09:00 CST, before today's 10:00 opening = 16:00Z.
          why: 'window 10:00–17:00: today 10:00 CST',
          overrides: {
            answeredAt: new Date('2025-11-20T14:30:00.000Z'),
            policy: rules({ window: sendingWindow('SCHOOL_DAYS 10:00-17:00') }),
          },
          expected: '2025-11-20T16:00:00.000Z',
        },
        {
          // Answered Fri 11-21 14:00 CST, planned at 17:30 CST, the window closed. Sat, Sun,
          // the break, Sat, Sun: Mon 12-01 08:00 CST.
          why: 'planned Fri 11-21 after the window: Mon 12-01 08:00 CST, after the break',
          overrides: {
            answeredAt: new Date('2025-11-21T20:00:00.000Z'),
            now: new Date('2025-11-21T23:30:00.000Z'),
          },
          expected: '2025-12-01T14:00:00.000Z',
        },
        {
          why: 'the same with WEEKDAYS: Mon 11-24 08:00 CST (a break day)',
          overrides: {
            answeredAt: new Date('2025-11-21T20:00:00.000Z'),
            now: new Date('2025-11-21T23:30:00.000Z'),
            policy: rules({ window: sendingWindow('WEEKDAYS 08:00-17:00') }),
          },
          expected: '2025-11-24T14:00:00.000Z',
        },
        {
          why: 'answered 6 days ago (Fri 11-14): now',
          overrides: { answeredAt: new Date('2025-11-14T16:00:00.000Z') },
          expected: NOW.toISOString(),
        },
        {
          why: 'answered exactly 7 days ago: now',
          overrides: { answeredAt: ago(7 * DAY) },
          expected: NOW.toISOString(),
        },
        {
          // The overdue notice went out; the answer is news of its own.
          why: 'an overdue notice was sent before: still planned',
          overrides: {
            answeredAt: new Date('2025-11-20T14:30:00.000Z'),
            sent: [
              followUpSent(1, '2025-11-17T14:00:00.000Z'),
              sent(FollowUpKind.GUARDIAN_OVERDUE, 1, '2025-11-17T14:00:00.000Z', [father]),
            ],
          },
          expected: NOW.toISOString(),
        },
      ])('$why', ({ overrides, expected }) => {
        expect(summary(planFollowUps(closed(overrides)))).toEqual([
          `GUARDIAN_ANSWERED 1 ${expected}`,
        ]);
      });

      it('is all that is planned for a closed item: to the guardians who asked, no approval', () => {
        const plan = planFollowUps(
          closed({
            answeredAt: new Date('2025-11-20T14:30:00.000Z'),
            policy: rules({ requireApproval: true }),
          }),
        );
        expect(plan).toEqual([
          {
            kind: FollowUpKind.GUARDIAN_ANSWERED,
            sequence: 1,
            scheduledAt: NOW,
            recipients: [grandmother],
            cc: [],
            requiresApproval: false,
          },
        ]);
      });

      it('open after a stall (a deferral, a no without PWN): the family hears the answer, the school is still followed up', () => {
        // The school answered at 14:30Z today but did not discharge the request: the answered
        // notice goes now (15:00Z, the window's next opening as in the control below), no
        // "the school has not answered" notice (it has, with a stall); the update for the
        // follow-up sent, now; escalation 2 on Mon 12-01 as if unanswered.
        const plan = planFollowUps(
          closed({ open: true, answeredAt: new Date('2025-11-20T14:30:00.000Z') }),
        );
        expect(summary(plan)).toEqual([
          'GUARDIAN_ANSWERED 1 2025-11-20T15:00:00.000Z',
          'GUARDIAN_UPDATE 1 2025-11-20T15:00:00.000Z',
          'ESCALATION 2 2025-12-01T14:00:00.000Z',
        ]);
      });

      it('the control: open with no answer on file owes the overdue notice, no answered one', () => {
        // Fri 11-14 ended 2025-11-15T06:00Z, 5 days ago: the overdue notice now; the update
        // now; escalation 2 on Mon 12-01 (see 'after a school-facing message was sent').
        const plan = planFollowUps(closed({ open: true, answeredAt: null }));
        expect(summary(plan)).toEqual([
          'GUARDIAN_OVERDUE 1 2025-11-20T15:00:00.000Z',
          'GUARDIAN_UPDATE 1 2025-11-20T15:00:00.000Z',
          'ESCALATION 2 2025-12-01T14:00:00.000Z',
        ]);
      });

      it.each<{ why: string; overrides: Partial<PlanInput> }>([
        { why: 'no answeredAt given', overrides: { answeredAt: undefined } },
        { why: 'answeredAt is null', overrides: { answeredAt: null } },
        {
          why: 'no answeredGuardians given',
          overrides: { answeredAt: ago(DAY), answeredGuardians: undefined },
        },
        {
          why: 'no guardian wants it',
          overrides: { answeredAt: ago(DAY), answeredGuardians: [] },
        },
        {
          why: 'the policy does not notify guardians',
          overrides: { answeredAt: ago(DAY), policy: rules({ notifyGuardians: false }) },
        },
        {
          why: 'one was already sent',
          overrides: {
            answeredAt: ago(DAY),
            sent: [
              followUpSent(1, '2025-11-17T14:00:00.000Z'),
              sent(FollowUpKind.GUARDIAN_ANSWERED, 1, '2025-11-19T15:05:00.000Z', [grandmother]),
            ],
          },
        },
        {
          why: 'it was answered 7 days and 1 ms ago',
          overrides: { answeredAt: ago(7 * DAY + 1) },
        },
        {
          why: 'it was answered last week (Mon 11-10)',
          overrides: { answeredAt: new Date('2025-11-10T15:00:00.000Z') },
        },
      ])('nothing is planned when $why', ({ overrides }) => {
        expect(planFollowUps(closed(overrides))).toEqual([]);
      });
    });

    describe('the update stays with the guardians who asked for it', () => {
      /** Due Fri 11-14, follow-up 1 sent Mon 11-17: the deadline passed 5 days ago. */
      const afterFollowUp = (overrides: Partial<PlanInput>) =>
        planFollowUps(
          input({
            ...due('2025-11-14'),
            sent: [followUpSent(1, '2025-11-17T14:00:00.000Z')],
            ...overrides,
          }),
        );
      const recipientsOf = (plan: PlannedFollowUp[]) =>
        plan.map((p) => `${p.kind} ${p.recipients.map((r) => r.guardianId ?? r.contactId)}`);

      it.each<{ why: string; overrides: Partial<PlanInput>; expected: string[] }>([
        {
          why: 'each list to its own guardians',
          overrides: { overdueGuardians: [father], answeredGuardians: [grandmother] },
          expected: [
            'GUARDIAN_OVERDUE guardian-luis',
            'GUARDIAN_UPDATE guardian-rosa',
            'ESCALATION contact-principal',
          ],
        },
        {
          why: 'no one wants updates: none, though others want notices',
          overrides: {
            guardians: [],
            overdueGuardians: [father, guardian],
            answeredGuardians: [grandmother],
          },
          expected: [
            'GUARDIAN_OVERDUE guardian-luis,guardian-rosa',
            'ESCALATION contact-principal',
          ],
        },
        {
          why: 'updates only: no notice',
          overrides: { overdueGuardians: [], answeredGuardians: [] },
          expected: ['GUARDIAN_UPDATE guardian-rosa', 'ESCALATION contact-principal'],
        },
        {
          why: 'the same guardian on both lists: both',
          overrides: { guardians: [father], overdueGuardians: [father] },
          expected: [
            'GUARDIAN_OVERDUE guardian-luis',
            'GUARDIAN_UPDATE guardian-luis',
            'ESCALATION contact-principal',
          ],
        },
      ])('$why', ({ overrides, expected }) => {
        expect(recipientsOf(afterFollowUp(overrides))).toEqual(expected);
      });
    });
  });

  describe('the request emailed by OnRecord', () => {
    // Sent Thu 2025-11-20 (midnight in the district): owed since then, whatever the window.
    const letter = {
      recipients: [caseManager, teacher],
      cc: [guardian],
      at: new Date('2025-11-20T06:00:00.000Z'),
    };

    it('is owed at once, to its recipients with the guardians copied, with no approval', () => {
      const plan = planFollowUps(input({ letter, policy: rules({ requireApproval: true }) }));
      expect(plan[0]).toEqual({
        kind: FollowUpKind.REQUEST_LETTER,
        sequence: 1,
        scheduledAt: letter.at,
        recipients: [caseManager, teacher],
        cc: [guardian],
        requiresApproval: false,
      });
      // The follow-ups are planned beside it as for any request, and it is not one of them:
      // the first follow-up is still number 1.
      expect(summary(schoolFacing(plan))).toEqual(['SCHOOL_FOLLOW_UP 1 2025-12-04T14:00:00.000Z']);
    });

    it('is not owed again once it went out, and going out plans no update to the family', () => {
      const plan = planFollowUps(
        input({
          letter,
          sent: [sent(FollowUpKind.REQUEST_LETTER, 1, '2025-11-20T15:00:05Z', [caseManager])],
        }),
      );
      expect(ofKind(plan, FollowUpKind.REQUEST_LETTER)).toEqual([]);
      expect(ofKind(plan, FollowUpKind.GUARDIAN_UPDATE)).toEqual([]);
      expect(summary(schoolFacing(plan))).toEqual(['SCHOOL_FOLLOW_UP 1 2025-12-04T14:00:00.000Z']);
    });

    it('is not owed once the request is answered, withdrawn or closed before it went', () => {
      expect(
        ofKind(planFollowUps(input({ letter, open: false })), FollowUpKind.REQUEST_LETTER),
      ).toEqual([]);
    });
  });

  describe('determinism', () => {
    /** Due Fri 10-31; follow-up 1 and escalation 2 sent, listed newest first. */
    const busy = () =>
      input({
        ...due('2025-10-31'),
        sent: [
          escalationSent(2, '2025-11-14T16:00:00.000Z'),
          followUpSent(1, '2025-11-03T14:00:00.000Z'),
        ],
      });

    it('gives the same plan, in the same order, for the same input', () => {
      // An update per sent message, in sequence order, now; then escalation 3 from Fri 11-14
      // = Fri 11-21 08:00 CST. (The reminder comes first when there is one: the first test.)
      const expected = [
        'GUARDIAN_UPDATE 1 2025-11-20T15:00:00.000Z',
        'GUARDIAN_UPDATE 2 2025-11-20T15:00:00.000Z',
        'ESCALATION 3 2025-11-21T14:00:00.000Z',
      ];
      const first = planFollowUps(busy());
      expect(summary(first)).toEqual(expected);
      expect(planFollowUps(busy())).toEqual(first);
    });

    it('does not depend on the order of what was sent', () => {
      const reordered = busy();
      reordered.sent = [...reordered.sent].reverse();
      expect(planFollowUps(reordered)).toEqual(planFollowUps(busy()));
    });

    it('does not change its input (the same input object can be planned again)', () => {
      const frozen = busy();
      for (const list of [frozen.recipients, frozen.chain, frozen.sent, frozen.guardians]) {
        Object.freeze(list);
      }
      Object.freeze(frozen);
      const first = planFollowUps(frozen);
      expect(frozen.chain).toEqual([principal, director]);
      expect(planFollowUps(frozen)).toEqual(first);
    });
  });
});
