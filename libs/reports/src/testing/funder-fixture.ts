import { superuserQuery } from '@onrecord/platform/database/testing';

/**
 * A year of a parent center's work, small enough to count by hand (October 2025 to
 * September 2026, in Chicago's time), and the figures counted by hand beside it. The
 * comments on each record say what it adds to which figure.
 */
export const FUNDER_RANGE = { from: '2025-10-01', to: '2026-09-30' };

export interface FunderFixture {
  /** The in-person training in the range. */
  workshop: string;
  guardians: { lucia: string; jorge: string; minji: string; pat: string };
  cases: { a1: string; b1: string; b2: string; c1: string; c2: string };
  /** The contacts that count: with parents by phone. */
  parentPhoneContacts: string[];
  iepMeeting: string;
}

export async function seedFunderFixture(
  adminUrl: string,
  organizationId: string,
): Promise<FunderFixture> {
  const one = async (text: string, params: unknown[]) =>
    (
      await superuserQuery<{ id: string }>(adminUrl, `${text} RETURNING id`, [
        organizationId,
        ...params,
      ])
    )[0]!.id;
  await superuserQuery(
    adminUrl,
    `UPDATE organization SET time_zone = 'America/Chicago' WHERE id = $1`,
    [organizationId],
  );
  const family = (name: string) =>
    one(`INSERT INTO family (organization_id, household_name) VALUES ($1, $2)`, [name]);
  const guardian = (familyId: string, name: string, language: string | null, declined = false) =>
    one(
      `INSERT INTO guardian (organization_id, family_id, name, relationship, primary_language, primary_language_declined)
       VALUES ($1, $2, $3, 'parent', $4, $5)`,
      [familyId, name, language, declined],
    );
  const student = (
    familyId: string,
    name: string,
    race: string | null,
    disability: string | null,
  ) =>
    one(
      `INSERT INTO student (organization_id, family_id, name, race_ethnicity, primary_disability)
       VALUES ($1, $2, $3, $4, $5)`,
      [familyId, name, race, disability],
    );
  const caseOf = (
    familyId: string,
    studentId: string,
    openedOn: string,
    end?: { status: string; on: string; outcome: string; reason: string | null },
  ) =>
    one(
      `INSERT INTO case_record (organization_id, family_id, student_id, title, concerns, status,
                                opened_on, closed_on, outcome, closing_reason)
       VALUES ($1, $2, $3, 'Case', '{SCHOOL_REFUSAL}', $4, $5, $6, $7, $8)`,
      [
        familyId,
        studentId,
        end?.status ?? 'ACTIVE',
        openedOn,
        end?.on ?? null,
        end?.outcome ?? null,
        end?.reason ?? null,
      ],
    );
  const contact = (c: {
    caseId?: string;
    party: string;
    guardianId?: string;
    withWhom?: string;
    channel: string;
    at: string;
    minutes?: number;
    language: string;
    topics?: string[];
    archived?: boolean;
  }) =>
    one(
      `INSERT INTO contact_log_entry (organization_id, case_id, party, guardian_id, with_whom, channel,
                                      direction, occurred_at, duration_minutes, language, topics, archived_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'OUTGOING', $7, $8, $9, $10, $11)`,
      [
        c.caseId ?? null,
        c.party,
        c.guardianId ?? null,
        c.withWhom ?? '',
        c.channel,
        c.at,
        c.minutes ?? null,
        c.language,
        c.topics ?? [],
        c.archived ? new Date() : null,
      ],
    );
  const meeting = (caseId: string, kind: string, at: string, archived = false) =>
    one(
      `INSERT INTO meeting (organization_id, case_id, kind, starts_at, archived_at) VALUES ($1, $2, $3, $4, $5)`,
      [caseId, kind, at, archived ? new Date() : null],
    );

  // The Navarros: Lucia (primary language Spanish, recorded), Jorge (none recorded); Mateo.
  const navarro = await family('Navarro household');
  const lucia = await guardian(navarro, 'Lucia Navarro', 'es');
  const jorge = await guardian(navarro, 'Jorge Navarro', null);
  const mateo = await student(navarro, 'Mateo Navarro', 'HISPANIC_OR_LATINO', 'AUTISM');
  // Ended in the range: 257 days open, settled without a complaint.
  const a1 = await caseOf(navarro, mateo, '2025-10-01', {
    status: 'RESOLVED',
    on: '2026-06-15',
    outcome: 'RETURNED_FULL_TIME',
    reason: 'NEGOTIATED_WITHOUT_LITIGATION',
  });
  // The Kims: Min-ji (declined to say her language), served on two cases: Joon's and Seo's.
  const kim = await family('Kim household');
  const minji = await guardian(kim, 'Min-ji Kim', null, true);
  const joon = await student(kim, 'Joon Kim', 'ASIAN', 'SPECIFIC_LEARNING_DISABILITY');
  const seo = await student(kim, 'Seo Kim', null, null);
  const b1 = await caseOf(kim, joon, '2025-12-01'); // open at the range's end
  // Ended in the range: 150 days open, decided by a hearing officer.
  const b2 = await caseOf(kim, seo, '2026-02-01', {
    status: 'CLOSED',
    on: '2026-07-01',
    outcome: 'SERVICES_GRANTED',
    reason: 'AGENCY_DECISION',
  });
  // The Smiths: served only before the range; a second case ended in it (59 days, no reason).
  const smith = await family('Smith household');
  const pat = await guardian(smith, 'Pat Smith', 'en');
  const alex = await student(smith, 'Alex Smith', 'DECLINED_TO_STATE', 'OTHER_HEALTH_IMPAIRMENT');
  const c1 = await caseOf(smith, alex, '2025-08-01', {
    status: 'CLOSED',
    on: '2025-09-15',
    outcome: 'OTHER',
    reason: 'LIMITED_ACTION',
  });
  const c2 = await caseOf(smith, alex, '2026-01-05', {
    status: 'CLOSED',
    on: '2026-03-05',
    outcome: 'FAMILY_WITHDREW',
    reason: null,
  });

  const parentPhoneContacts = [
    // 1. Parent, phone, Spanish, 30 minutes.
    await contact({
      caseId: a1,
      party: 'GUARDIAN',
      guardianId: lucia,
      channel: 'PHONE',
      at: '2025-10-15T15:00:00Z',
      minutes: 30,
      language: 'es',
      topics: ['EVALUATION'],
    }),
  ];
  // 2. Parent, text (an electronic contact), Spanish.
  await contact({
    caseId: a1,
    party: 'GUARDIAN',
    guardianId: lucia,
    channel: 'TEXT',
    at: '2025-11-01T15:00:00Z',
    language: 'es',
    topics: ['EVALUATION'],
  });
  // 3. Professional (the principal), email.
  await contact({
    caseId: a1,
    party: 'SCHOOL_CONTACT',
    withWhom: 'Principal',
    channel: 'EMAIL',
    at: '2025-11-02T15:00:00Z',
    minutes: 10,
    language: 'en',
    topics: ['IEP'],
  });
  // 4. and 5. Min-ji in person and by video, on two cases: one parent served.
  await contact({
    caseId: b1,
    party: 'GUARDIAN',
    guardianId: minji,
    channel: 'IN_PERSON',
    at: '2026-01-10T15:00:00Z',
    minutes: 60,
    language: 'ko',
    topics: ['IEP', 'RECORDS'],
  });
  await contact({
    caseId: b2,
    party: 'GUARDIAN',
    guardianId: minji,
    channel: 'VIDEO',
    at: '2026-02-10T15:00:00Z',
    minutes: 45,
    language: 'ko',
    topics: ['SECTION_504'],
  });
  // 6. A student, by phone.
  await contact({
    caseId: b1,
    party: 'STUDENT',
    withWhom: 'Joon',
    channel: 'PHONE',
    at: '2026-03-01T15:00:00Z',
    minutes: 15,
    language: 'en',
    topics: ['ATTENDANCE'],
  });
  // 7. and 8. A parent not on file, twice, her name written two ways: one parent.
  parentPhoneContacts.push(
    await contact({
      party: 'GUARDIAN',
      withWhom: 'Rosa Díaz',
      channel: 'PHONE',
      at: '2026-04-01T15:00:00Z',
      minutes: 20,
      language: 'es',
      topics: ['INFORMATION_REFERRAL'],
    }),
  );
  await contact({
    party: 'GUARDIAN',
    withWhom: ' rosa díaz ',
    channel: 'LETTER',
    at: '2026-04-05T15:00:00Z',
    language: 'es',
    topics: ['INFORMATION_REFERRAL'],
  });
  // 9. A parent who gave no name, in Vietnamese: a parent of their own.
  parentPhoneContacts.push(
    await contact({
      party: 'GUARDIAN',
      channel: 'PHONE',
      at: '2026-05-01T15:00:00Z',
      minutes: 5,
      language: 'vi',
      topics: ['INFORMATION_REFERRAL'],
    }),
  );
  // 10. A professional (a doctor) on no case, by phone.
  await contact({
    party: 'PROFESSIONAL',
    withWhom: 'Dr. Lee',
    channel: 'PHONE',
    at: '2026-06-01T15:00:00Z',
    minutes: 20,
    language: 'en',
    topics: ['OTHER'],
  });
  // 11. Jorge by email at 22:00 on September 30 in Chicago (October 1 in UTC): in the range.
  await contact({
    caseId: a1,
    party: 'GUARDIAN',
    guardianId: jorge,
    channel: 'EMAIL',
    at: '2026-10-01T03:00:00Z',
    minutes: 5,
    language: 'en',
  });
  // Not counted: Pat at 07:00 on September 30, 2025 in Chicago (before the range); an archived call.
  await contact({
    caseId: c1,
    party: 'GUARDIAN',
    guardianId: pat,
    channel: 'PHONE',
    at: '2025-09-30T12:00:00Z',
    language: 'en',
  });
  await contact({
    caseId: a1,
    party: 'GUARDIAN',
    guardianId: lucia,
    channel: 'PHONE',
    at: '2026-01-01T15:00:00Z',
    language: 'es',
    archived: true,
  });

  // Meetings held: an IEP meeting (serves Lucia and Jorge), a facilitated IEP meeting and a
  // due process hearing (Min-ji again). Not counted: an archived 504 meeting; Pat's, before.
  const iepMeeting = await meeting(a1, 'IEP', '2025-12-01T16:00:00Z');
  await meeting(b1, 'FACILITATED_IEP', '2026-02-01T16:00:00Z');
  await meeting(b2, 'DUE_PROCESS_HEARING', '2026-05-20T16:00:00Z');
  await meeting(a1, 'SECTION_504', '2026-03-01T16:00:00Z', true);
  await meeting(c1, 'IEP', '2025-09-01T16:00:00Z');

  // The program measures survey: two statements; four invitations, three sent in the range
  // (Lucia in Spanish, Jorge and Min-ji in English), two of them answered. Pat's, sent
  // before the range and answered, is not counted.
  const question = (position: number, en: string, es: string) =>
    one(
      `INSERT INTO parent_survey_question (organization_id, position, text_en, text_es) VALUES ($1, $2, $3, $4)`,
      [position, en, es],
    );
  const rights = await question(
    1,
    'I know more about my child’s rights.',
    'Conozco mejor los derechos de mi hijo.',
  );
  const recommend = await question(
    2,
    'I would recommend this organization.',
    'Recomendaría esta organización.',
  );
  const invitation = async (
    caseId: string,
    guardianId: string,
    language: string,
    sentAt: string,
    ratings?: Array<[string, number | null]>,
  ) => {
    const id = await one(
      `INSERT INTO parent_survey_invitation (organization_id, case_id, guardian_id, email, language, reason,
                                             token_hash, sent_at, expires_at, answered_at)
       VALUES ($1, $2, $3, 'parent@example.org', $4, 'CASE_ENDED', md5(random()::text), $5,
               $5::timestamptz + interval '60 days', $6)`,
      [caseId, guardianId, language, sentAt, ratings ? sentAt : null],
    );
    for (const [questionId, rating] of ratings ?? [])
      await one(
        `INSERT INTO parent_survey_answer (organization_id, invitation_id, question_id, rating) VALUES ($1, $2, $3, $4)`,
        [id, questionId, rating],
      );
  };
  await invitation(a1, lucia, 'es', '2026-06-16T15:00:00Z', [
    [rights, 5],
    [recommend, 4],
  ]);
  await invitation(a1, jorge, 'en', '2026-06-16T15:00:00Z', [
    [rights, 3],
    [recommend, null],
  ]);
  await invitation(b2, minji, 'en', '2026-07-02T15:00:00Z');
  await invitation(c1, pat, 'en', '2025-09-16T15:00:00Z', [
    [rights, 1],
    [recommend, 1],
  ]);

  // Trainings and outreach: two trainings (in person, online) and a resource fair in the
  // range. Not counted: an archived training, one before the range.
  const outreach = (
    kind: string,
    title: string,
    on: string,
    format: string,
    people: number[],
    archived = false,
  ) =>
    one(
      `INSERT INTO outreach_activity (organization_id, kind, title, held_on, format, parents, professionals, students, archived_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [kind, title, on, format, ...people, archived ? new Date() : null],
    );
  const workshop = await outreach(
    'TRAINING',
    'Your rights at an IEP meeting',
    '2026-03-10',
    'IN_PERSON',
    [12, 3, 0],
  );
  await outreach(
    'TRAINING',
    'Evaluations, explained (webinar)',
    '2026-04-10',
    'VIRTUAL',
    [20, 5, 0],
  );
  await outreach(
    'OUTREACH',
    'Back-to-school resource fair',
    '2026-05-01',
    'IN_PERSON',
    [40, 2, 10],
  );
  await outreach('TRAINING', 'Cancelled workshop', '2026-05-15', 'IN_PERSON', [9, 9, 9], true);
  await outreach('TRAINING', 'Last year’s workshop', '2025-09-20', 'IN_PERSON', [30, 0, 0]);

  return {
    workshop,
    guardians: { lucia, jorge, minji, pat },
    cases: { a1, b1, b2, c1, c2 },
    parentPhoneContacts,
    iepMeeting,
  };
}

/** The parent-center report of the fixture, counted by hand. */
export const EXPECTED_PARENT_CENTER = {
  range: FUNDER_RANGE,
  // Lucia, Jorge, Min-ji, "Rosa Díaz", the caller with no name.
  parentsServed: 5,
  // Mateo, Joon, Seo.
  childrenServed: 3,
  contacts: 11,
  // 7, 8, 9, 10.
  informationAndReferral: 4,
  // 30 + 10 + 60 + 45 + 15 + 20 + 5 + 20 + 5.
  contactMinutes: 210,
  contactsByAudience: [
    { audience: 'PARENTS', phone: 3, letters: 1, emailsAndTexts: 2, meetings: 2, total: 8 },
    { audience: 'PROFESSIONALS', phone: 1, letters: 0, emailsAndTexts: 1, meetings: 0, total: 2 },
    { audience: 'STUDENTS', phone: 1, letters: 0, emailsAndTexts: 0, meetings: 0, total: 1 },
  ],
  contactsByPartyAndChannel: [
    { party: 'GUARDIAN', channel: 'PHONE', count: 3 },
    { party: 'GUARDIAN', channel: 'EMAIL', count: 1 },
    { party: 'GUARDIAN', channel: 'IN_PERSON', count: 1 },
    { party: 'GUARDIAN', channel: 'LETTER', count: 1 },
    { party: 'GUARDIAN', channel: 'TEXT', count: 1 },
    { party: 'GUARDIAN', channel: 'VIDEO', count: 1 },
    { party: 'PROFESSIONAL', channel: 'PHONE', count: 1 },
    { party: 'SCHOOL_CONTACT', channel: 'EMAIL', count: 1 },
    { party: 'STUDENT', channel: 'PHONE', count: 1 },
  ],
  contactsByLanguage: [
    { key: 'en', count: 4 },
    { key: 'es', count: 4 },
    { key: 'ko', count: 2 },
    { key: 'vi', count: 1 },
  ],
  contactsByTopic: [
    { key: 'INFORMATION_REFERRAL', count: 3 },
    { key: 'EVALUATION', count: 2 },
    { key: 'IEP', count: 2 },
    { key: 'ATTENDANCE', count: 1 },
    { key: 'OTHER', count: 1 },
    { key: 'RECORDS', count: 1 },
    { key: 'SECTION_504', count: 1 },
  ],
  // Lucia and "Rosa Díaz" (her first call's language); Jorge (his email's); Min-ji declined;
  // the caller with no name (Vietnamese).
  parentsByPrimaryLanguage: [
    { key: 'es', count: 2 },
    { key: 'DECLINED_TO_STATE', count: 1 },
    { key: 'en', count: 1 },
    { key: 'vi', count: 1 },
  ],
  childrenByDisability: [
    { key: 'AUTISM', count: 1 },
    { key: 'NOT_RECORDED', count: 1 },
    { key: 'SPECIFIC_LEARNING_DISABILITY', count: 1 },
  ],
  childrenByRaceEthnicity: [
    { key: 'ASIAN', count: 1 },
    { key: 'HISPANIC_OR_LATINO', count: 1 },
    { key: 'NOT_RECORDED', count: 1 },
  ],
};

/** The survey's figures of the fixture, counted by hand (the questions' ids aside). */
export const EXPECTED_SURVEY = {
  sent: 3,
  answered: 2,
  byLanguage: [
    { language: 'en', sent: 2, answered: 1 },
    { language: 'es', sent: 1, answered: 1 },
  ],
  questions: [
    {
      position: 1,
      textEn: 'I know more about my child’s rights.',
      ratings: [0, 0, 1, 0, 1].map((count, i) => ({ rating: i + 1, count })),
      notApplicable: 0,
      agreeing: 1,
    },
    {
      position: 2,
      textEn: 'I would recommend this organization.',
      ratings: [0, 0, 0, 1, 0].map((count, i) => ({ rating: i + 1, count })),
      notApplicable: 1,
      agreeing: 1,
    },
  ],
};

/** Trainings and outreach held in the range, by kind and format. */
export const EXPECTED_OUTREACH = [
  { kind: 'TRAINING', format: 'IN_PERSON', events: 1, parents: 12, professionals: 3, students: 0 },
  { kind: 'TRAINING', format: 'VIRTUAL', events: 1, parents: 20, professionals: 5, students: 0 },
  { kind: 'OUTREACH', format: 'IN_PERSON', events: 1, parents: 40, professionals: 2, students: 10 },
  { kind: 'OUTREACH', format: 'VIRTUAL', events: 0, parents: 0, professionals: 0, students: 0 },
];

/** Meetings held in the range by kind (every other kind: 0). */
export const EXPECTED_MEETINGS = { IEP: 1, FACILITATED_IEP: 1, DUE_PROCESS_HEARING: 1 };

/** The case service report of the fixture, counted by hand. */
export const EXPECTED_CASE_SERVICE = {
  range: FUNDER_RANGE,
  // The Navarros' case, Seo's case, Alex's second case.
  casesClosed: 3,
  // Joon's case.
  openAtEnd: 1,
  // 59, 150, 257 days.
  medianDaysOpen: 150,
  byClosingReason: [
    { key: 'AGENCY_DECISION', count: 1 },
    { key: 'NEGOTIATED_WITHOUT_LITIGATION', count: 1 },
    { key: 'NOT_RECORDED', count: 1 },
  ],
  closings: [
    { closingReason: 'AGENCY_DECISION', outcome: 'SERVICES_GRANTED', cases: 1 },
    { closingReason: 'NEGOTIATED_WITHOUT_LITIGATION', outcome: 'RETURNED_FULL_TIME', cases: 1 },
    { closingReason: 'NOT_RECORDED', outcome: 'FAMILY_WITHDREW', cases: 1 },
  ],
};
