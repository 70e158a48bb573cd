import {
  CaseConcern,
  CaseStatus,
  ContactChannel,
  ContactDirection,
  ContactParty,
  NoteVisibility,
} from '@onrecord/cases';
import { startOfDay } from '@onrecord/deadlines';
import { between, pick, random, weighted } from './demo-random';
import { shiftDay } from './demo-today';

/**
 * A year of the demo organization's contact log (issue 24), so a funder report is worth
 * opening: a few hundred calls, emails, texts, meetings in person and letters over the twelve
 * months up to the demo's today — most with guardians, some with students, school staff and
 * other professionals; in English, Spanish and the families' other languages; information
 * and referral calls from parents who never became clients (on no case, named in words), some
 * calling more than once; a family's first calls before its case opened, then its case's
 * contacts week after week. Pure and deterministic: the same today gives the same log.
 *
 * The values are those the api's own checks allow (contact-log.service.ts): nothing after
 * `now`, a guardian only of the case's family and only with the GUARDIAN party, a school
 * contact only with SCHOOL_CONTACT, only a case's contact shared with its family.
 */

/** A demo case as its contacts need it (ids as seeded). */
export interface DemoContactCase {
  caseId: string;
  openedOn: string;
  status: CaseStatus;
  concerns: CaseConcern[];
  advocateUserId: string;
  guardians: Array<{ id: string; name: string; language: string }>;
  schoolContacts: Array<{ id: string }>;
}

/** A row of contact_log_entry, but for the organization and the ids the database gives. */
export interface DemoContactRow {
  caseId: string | null;
  party: ContactParty;
  guardianId: string | null;
  schoolContactId: string | null;
  withWhom: string;
  channel: ContactChannel;
  direction: ContactDirection;
  occurredAt: Date;
  durationMinutes: number | null;
  language: string;
  topics: string[];
  note: string;
  visibility: NoteVisibility;
  loggedByUserId: string;
}

type Next = () => number;

const YEAR_DAYS = 364;

/** How each party is most often reached: the phone first, as a parent center's log shows. */
const CHANNELS: Record<ContactParty, ReadonlyArray<readonly [ContactChannel, number]>> = {
  GUARDIAN: [
    [ContactChannel.PHONE, 50],
    [ContactChannel.TEXT, 16],
    [ContactChannel.EMAIL, 14],
    [ContactChannel.IN_PERSON, 9],
    [ContactChannel.VIDEO, 8],
    [ContactChannel.LETTER, 3],
  ],
  SCHOOL_CONTACT: [
    [ContactChannel.EMAIL, 40],
    [ContactChannel.PHONE, 30],
    [ContactChannel.IN_PERSON, 12],
    [ContactChannel.VIDEO, 8],
    [ContactChannel.LETTER, 10],
  ],
  PROFESSIONAL: [
    [ContactChannel.PHONE, 50],
    [ContactChannel.EMAIL, 28],
    [ContactChannel.VIDEO, 17],
    [ContactChannel.IN_PERSON, 5],
  ],
  STUDENT: [
    [ContactChannel.IN_PERSON, 40],
    [ContactChannel.VIDEO, 25],
    [ContactChannel.PHONE, 20],
    [ContactChannel.TEXT, 15],
  ],
};

/** Minutes a contact of each kind takes; none for most written ones. */
function duration(next: Next, channel: ContactChannel): number | null {
  switch (channel) {
    case ContactChannel.PHONE:
      return between(next, 3, 45);
    case ContactChannel.VIDEO:
      return between(next, 15, 60);
    case ContactChannel.IN_PERSON:
      return between(next, 30, 120);
    default:
      return next() < 0.3 ? between(next, 5, 20) : null;
  }
}

/** What a case's concerns lead its contacts to be about. */
const CONCERN_TOPICS: Record<CaseConcern, string[]> = {
  [CaseConcern.SCHOOL_REFUSAL]: ['ATTENDANCE', 'REINTEGRATION', 'HOME_INSTRUCTION'],
  [CaseConcern.ATTENDANCE_LETTERS]: ['ATTENDANCE', 'RECORDS'],
  [CaseConcern.IEP_NOT_WORKING]: ['IEP', 'DISPUTE_RESOLUTION'],
  [CaseConcern.EVALUATION]: ['EVALUATION', 'RECORDS'],
  [CaseConcern.BEHAVIOR_PLAN_FBA]: ['BEHAVIOR_DISCIPLINE'],
  [CaseConcern.BULLYING_AVOIDANCE]: ['BULLYING', 'SECTION_504'],
  [CaseConcern.ATTENDANCE_VS_FAPE]: ['ATTENDANCE', 'IEP'],
  [CaseConcern.OTHER]: ['OTHER'],
};

/** What the information and referral calls ask about, beside the referral itself. */
const ASKED_ABOUT: ReadonlyArray<readonly [string, number]> = [
  ['EVALUATION', 25],
  ['ATTENDANCE', 22],
  ['IEP', 18],
  ['SECTION_504', 12],
  ['BEHAVIOR_DISCIPLINE', 10],
  ['BULLYING', 7],
  ['RECORDS', 4],
  ['HOME_INSTRUCTION', 2],
];

/** The languages callers who are not clients speak: mostly English and Spanish. */
const CALLER_LANGUAGES: ReadonlyArray<readonly [string, number]> = [
  ['en', 55],
  ['es', 28],
  ['vi', 5],
  ['ko', 4],
  ['zh', 4],
  ['ar', 2],
  ['ht', 2],
];

const FIRST_NAMES: Record<string, string[]> = {
  en: ['Jennifer', 'Michael', 'Ashley', 'Keisha', 'Brian', 'Amanda', 'Tanya', 'Robert', 'Megan'],
  es: ['María', 'José', 'Guadalupe', 'Rosa', 'Carlos', 'Ana', 'Luis', 'Verónica', 'Juana'],
  vi: ['Thu', 'Minh', 'Lan', 'Hoa'],
  ko: ['Ji-woo', 'Min-jun', 'Seo-yeon'],
  zh: ['Mei', 'Wei', 'Xiu'],
  ar: ['Amira', 'Omar'],
  ht: ['Jocelyne', 'Wilner'],
};
const LAST_NAMES: Record<string, string[]> = {
  en: ['Johnson', 'Williams', 'Carter', 'Brooks', 'Murphy', 'Sullivan', 'Hayes', 'Price'],
  es: ['García', 'Hernández', 'López', 'Morales', 'Ramírez', 'Torres', 'Flores', 'Castillo'],
  vi: ['Nguyen', 'Tran', 'Pham'],
  ko: ['Kim', 'Park', 'Choi'],
  zh: ['Chen', 'Wang', 'Liu'],
  ar: ['Haddad', 'Nasser'],
  ht: ['Jean-Baptiste', 'Pierre'],
};

/** Professionals around a family, named in words (they are in no directory). */
const PROFESSIONALS = [
  "Dr. Anita Patel, the student's pediatrician",
  'Ms. Carla Greene, private therapist',
  'Mr. Daniel Ruiz, county caseworker',
  'Dr. Samuel Osei, psychiatrist',
  'Ms. Hannah Brooks, school-based clinician',
  'Mr. Victor Lam, juvenile probation officer',
];

/** Who refers a parent to the organization, when it is not the parent who calls. */
const REFERRERS = [
  'Ms. Jones, school counselor',
  'Pediatric clinic social worker',
  'Family resource center staff',
  'Head Start family advocate',
];

/** What an information and referral call ended with, by what it was about. */
const REFERRAL_NOTES: Record<string, string> = {
  EVALUATION: 'Explained how to request an evaluation in writing; sent our template letter.',
  ATTENDANCE: 'Asked about attendance letters; explained the rights and sent the fact sheet.',
  IEP: 'Walked through what an IEP meeting is and how to prepare; offered intake if no answer.',
  SECTION_504: 'Sent the guide to 504 plans and our workshop dates.',
  BEHAVIOR_DISCIPLINE: 'Suspension hearing next week: referred to the legal aid clinic.',
  BULLYING: 'Explained the bullying complaint process and how to document incidents.',
  RECORDS: 'Explained how to request the student records and how long the school has.',
  HOME_INSTRUCTION: 'Explained home instruction and the medical form the district asks for.',
};
const referralNote = (topic: string) =>
  REFERRAL_NOTES[topic] ?? 'Listened, explained our services and sent the intake form.';

/** Short notes, of the kind advocates write in seconds, by who the contact was with. */
const NOTES: Record<string, string[]> = {
  GUARDIAN: [
    'Checked in on the week: two partial days, mornings still hard.',
    'Reviewed the draft letter together; parent agreed to send it.',
    'Parent reported the school called about absences again.',
    'Prepared for the meeting: concerns list and what to ask for.',
    'Explained the prior written notice the school sent.',
    'Parent asked for help reading the evaluation report.',
    'Talked through the reentry plan and the safe person at school.',
  ],
  SCHOOL_CONTACT: [
    'Asked for the meeting date in writing.',
    'Followed up on the overdue answer to our request.',
    'Case manager confirmed the accommodations start Monday.',
    'Requested attendance records for the term.',
    'Discussed the graduated return schedule.',
  ],
  PROFESSIONAL: [
    'Therapist will write a letter supporting the reduced schedule.',
    'Asked for the medical documentation for home instruction.',
    'Coordinated the reentry plan with the clinician.',
    'Shared the evaluation timeline with the caseworker.',
  ],
  STUDENT: [
    'Student described what makes mornings hard.',
    'Student agreed to try first period with the pass to the calm room.',
    'Checked in after the first full day back.',
  ],
};

/** More calls when school starts and in spring, fewer in summer and over the holidays. */
const MONTH_WEIGHT = [1.0, 1.1, 1.2, 1.1, 1.0, 0.6, 0.4, 1.2, 1.5, 1.4, 1.1, 0.7];

/**
 * An instant on `day` between `fromMinute` and `toMinute` after midnight where the
 * organization is; never after `now`, null when that leaves nothing.
 */
function at(
  next: Next,
  day: string,
  timeZone: string,
  now: Date,
  fromMinute = 8 * 60 + 30,
  toMinute = 17 * 60 + 30,
): Date | null {
  const instant = new Date(
    startOfDay(day, timeZone).getTime() + between(next, fromMinute, toMinute) * 60_000,
  );
  return instant.getTime() <= now.getTime() ? instant : null;
}

const isWeekend = (day: string) => [0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay());

/**
 * The log for `cases` over the 52 weeks up to `today` (YYYY-MM-DD where the organization is),
 * none after `now`; `loggers` log the calls that are on no case (the organization's members
 * who take the phone).
 */
export function demoContactLog(
  cases: readonly DemoContactCase[],
  today: string,
  timeZone: string,
  loggers: readonly string[],
  now = new Date(),
): DemoContactRow[] {
  const next = random(`contacts ${today}`);
  const first = shiftDay(today, -YEAR_DAYS);
  const rows: DemoContactRow[] = [];
  const push = (row: Omit<DemoContactRow, 'occurredAt'>, day: string) => {
    if (day < first || day > today) return;
    const occurredAt = at(next, day, timeZone, now);
    if (occurredAt) rows.push({ ...row, occurredAt });
  };

  rows.push(...informationCalls(next, first, today, timeZone, loggers, now));
  for (const demoCase of cases) {
    const [main] = demoCase.guardians;
    if (!main) continue;
    // The family's first calls, before it was a case: the same guardian, on no case.
    const before = between(next, 1, 2);
    const asked = pick(next, caseTopics(demoCase));
    for (let index = 0; index < before; index++)
      push(
        {
          caseId: null,
          party: ContactParty.GUARDIAN,
          guardianId: main.id,
          schoolContactId: null,
          withWhom: '',
          channel: ContactChannel.PHONE,
          direction: ContactDirection.INCOMING,
          durationMinutes: between(next, 10, 40),
          language: main.language,
          topics: ['INFORMATION_REFERRAL', asked],
          note: referralNote(asked),
          visibility: NoteVisibility.INTERNAL,
          loggedByUserId: demoCase.advocateUserId,
        },
        shiftDay(demoCase.openedOn, -between(next, 5, 30)),
      );
    // Then the case's contacts, about as often as its status says, week after week.
    const perWeek =
      demoCase.status === CaseStatus.ACTIVE
        ? 1.6
        : demoCase.status === CaseStatus.INTAKE
          ? 1.0
          : 0.5;
    for (let day = demoCase.openedOn; day <= today; day = shiftDay(day, 1)) {
      if (isWeekend(day) || next() >= perWeek / 5) continue;
      push(caseContact(next, demoCase, day === demoCase.openedOn), day);
    }
  }
  return rows.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
}

function caseTopics(demoCase: DemoContactCase): string[] {
  const topics = demoCase.concerns.flatMap((concern) => CONCERN_TOPICS[concern]);
  return topics.length ? topics : ['OTHER'];
}

/** One contact on a case: with its family mostly, its school, a professional, the student. */
function caseContact(
  next: Next,
  demoCase: DemoContactCase,
  intake: boolean,
): Omit<DemoContactRow, 'occurredAt'> {
  const party: ContactParty = intake
    ? ContactParty.GUARDIAN
    : weighted(next, [
        [ContactParty.GUARDIAN, 58],
        [ContactParty.SCHOOL_CONTACT, 20],
        [ContactParty.PROFESSIONAL, 12],
        [ContactParty.STUDENT, 10],
      ] as const);
  const channel: ContactChannel = intake ? ContactChannel.PHONE : weighted(next, CHANNELS[party]);
  const topics = [...new Set([pick(next, caseTopics(demoCase)), pick(next, caseTopics(demoCase))])];
  // The first guardian most often: the one who called first.
  const guardian =
    demoCase.guardians.length > 1 && next() < 0.3
      ? pick(next, demoCase.guardians.slice(1))
      : demoCase.guardians[0];
  const schoolContact = demoCase.schoolContacts.length
    ? pick(next, demoCase.schoolContacts)
    : undefined;
  const base = {
    caseId: demoCase.caseId,
    party,
    guardianId: null,
    schoolContactId: null,
    withWhom: '',
    channel,
    direction: next() < 0.5 ? ContactDirection.INCOMING : ContactDirection.OUTGOING,
    durationMinutes: duration(next, channel),
    language: 'en',
    topics,
    note: pick(next, NOTES[party] ?? []),
    visibility: NoteVisibility.INTERNAL,
    loggedByUserId: demoCase.advocateUserId,
  };
  switch (party) {
    case ContactParty.GUARDIAN:
      return {
        ...base,
        guardianId: guardian?.id ?? null,
        direction: intake ? ContactDirection.INCOMING : base.direction,
        language: guardian?.language ?? 'en',
        // Some of what was said is for the family to read in the portal too.
        visibility: next() < 0.15 ? NoteVisibility.SHARED_WITH_FAMILY : NoteVisibility.INTERNAL,
      };
    case ContactParty.SCHOOL_CONTACT:
      return schoolContact
        ? {
            ...base,
            schoolContactId: schoolContact.id,
            direction: next() < 0.7 ? ContactDirection.OUTGOING : ContactDirection.INCOMING,
          }
        : { ...base, withWhom: 'School front office' };
    case ContactParty.PROFESSIONAL:
      return { ...base, withWhom: pick(next, PROFESSIONALS) };
    case ContactParty.STUDENT:
      // A student speaks English at school; some talk with the advocate at home, in the
      // family's language.
      return { ...base, language: next() < 0.3 ? (guardian?.language ?? 'en') : 'en' };
  }
}

/**
 * Calls from parents who are not clients (information and referral), on no case: each
 * caller named in words, some calling again within weeks (so parents served are fewer than
 * contacts); a few referred by a professional.
 */
function informationCalls(
  next: Next,
  first: string,
  today: string,
  timeZone: string,
  loggers: readonly string[],
  now: Date,
): DemoContactRow[] {
  const rows: DemoContactRow[] = [];
  for (let day = first; day <= today; day = shiftDay(day, 1)) {
    const month = Number(day.slice(5, 7)) - 1;
    // About four first calls a week, more in the busy months.
    if (isWeekend(day) || next() >= 0.8 * (MONTH_WEIGHT[month] ?? 1)) continue;
    const language = weighted(next, CALLER_LANGUAGES);
    const caller = `${pick(next, FIRST_NAMES[language] ?? [])} ${pick(next, LAST_NAMES[language] ?? [])}`;
    const asked = weighted(next, ASKED_ABOUT);
    const logger = pick(next, loggers);
    const referred = next() < 0.1;
    const calls = referred
      ? 1
      : weighted(next, [
          [1, 70],
          [2, 18],
          [3, 8],
          [4, 4],
        ] as const);
    let callDay = day;
    for (let call = 0; call < calls && callDay <= today; call++) {
      const channel: ContactChannel =
        call === 0
          ? weighted(next, [
              [ContactChannel.PHONE, 80],
              [ContactChannel.EMAIL, 12],
              [ContactChannel.IN_PERSON, 8],
            ] as const)
          : weighted(next, [
              [ContactChannel.PHONE, 60],
              [ContactChannel.EMAIL, 25],
              [ContactChannel.TEXT, 15],
            ] as const);
      const occurredAt = isWeekend(callDay) ? null : at(next, callDay, timeZone, now);
      if (occurredAt)
        rows.push({
          caseId: null,
          party: referred ? ContactParty.PROFESSIONAL : ContactParty.GUARDIAN,
          guardianId: null,
          schoolContactId: null,
          withWhom: referred ? `${pick(next, REFERRERS)}, about ${caller}'s child` : caller,
          channel,
          direction:
            call === 0 || next() < 0.5 ? ContactDirection.INCOMING : ContactDirection.OUTGOING,
          occurredAt,
          durationMinutes: duration(next, channel),
          language: referred ? 'en' : language,
          topics: ['INFORMATION_REFERRAL', asked],
          note: referralNote(asked),
          visibility: NoteVisibility.INTERNAL,
          loggedByUserId: logger,
        });
      callDay = shiftDay(callDay, between(next, 2, 21));
    }
  }
  return rows;
}
