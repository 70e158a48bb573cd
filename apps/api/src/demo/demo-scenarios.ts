import { CaseConcern, CaseStatus } from '@onrecord/cases';
import { SchoolContactRole } from '@onrecord/directory';
import { StudentPlan } from '@onrecord/families';
import { MeetingKind } from '@onrecord/requests';

/**
 * The demo organization, drawn from docs/scenarios.md: composite school-refusal cases
 * in twelve states, each district on the fictional 2025-26 calendar of
 * test/fixtures/district-calendar-2025-26.ics. Names are invented.
 */
export const DEMO_PASSWORD = 'paper trail makes schools answer';

/**
 * Guardians invited to the family portal: a Spanish-speaking mother (Navarro, CA) and an
 * English-speaking one (Brennan). They sign in by a link the mail catcher receives.
 */
export const DEMO_PORTAL_GUARDIANS: readonly string[] = [
  'lucia.navarro@example.org',
  'kate.brennan@example.org',
];

export const DEMO_ORGANIZATION = {
  name: 'Open Door Family Advocacy (demo)',
  timeZone: 'America/New_York',
  homeState: 'PA',
};

export const DEMO_MEMBERS = [
  { email: 'dana.admin@demo.onrecord.example', name: 'Dana Whitfield', role: 'ADMIN' },
  { email: 'marcus.advocate@demo.onrecord.example', name: 'Marcus Lee', role: 'ADVOCATE' },
  { email: 'priya.advocate@demo.onrecord.example', name: 'Priya Raman', role: 'ADVOCATE' },
  { email: 'jordan.analyst@demo.onrecord.example', name: 'Jordan Ellis', role: 'ANALYST' },
] as const;

export interface DemoContact {
  name: string;
  role: SchoolContactRole;
  title: string;
  email: string;
  /** District-wide staff have no school. */
  districtWide?: boolean;
}

export interface DemoRequest {
  type: string;
  /** A trigger of the deadline engine; default WRITTEN_REQUEST_RECEIVED. */
  trigger?: string;
  subject: string;
  body: string;
  sentOn: string;
  receivedOn: string;
  channel: 'EMAIL' | 'LETTER' | 'HAND_DELIVERED' | 'PORTAL';
  /** What the school said, if it has answered. */
  response?: {
    receivedOn: string;
    outcome: string;
    reasons: string[];
    summary: string;
    priorWrittenNotice: boolean;
    /** What the school promised, with the three questions answered where it asked for time. */
    commitment?: {
      description: string;
      dueOn: string;
      dataWhat: string;
      dataHow: string;
      meanwhile: string;
    };
  };
}

export interface DemoScenario {
  /** Which scenario of scenarios.md it follows. */
  scenario: string;
  district: { name: string; state: string; timeZone: string };
  school: string;
  contacts: DemoContact[];
  family: string;
  guardians: Array<{
    name: string;
    relationship: string;
    email: string;
    phone: string;
    language: string;
  }>;
  student: {
    name: string;
    dateOfBirth: string;
    grade: string;
    plan: StudentPlan;
    disabilityCategories: string[];
  };
  case: {
    title: string;
    concerns: CaseConcern[];
    status: CaseStatus;
    openedOn: string;
    advocate: 1 | 2;
    notes: Array<{ body: string; shared: boolean }>;
    /**
     * Meetings with the school, held or to come, at a time of day where the district is: of
     * the kinds a funder report counts apart. Each is scheduled through the product (with its
     * two written items), and an item due by the demo's today is done.
     */
    meetings: Array<{ kind: MeetingKind; on: string; time: string; location: string }>;
    /** What the family wrote from the portal (by the first guardian), before its latest news. */
    familyMessages?: Array<{ body: string; sentOn: string }>;
  };
  /** Written requests of the case, as scenarios.md tells them (the school's receipt dates). */
  requests: DemoRequest[];
  attendance: {
    /** Chance of a hard morning (absent, partial or tardy) on Mon..Fri, before support. */
    difficulty: [number, number, number, number, number];
    triggers: string[];
    support?: { name: string; startedOn: string; effect: number };
  };
}

const contacts = (domain: string, school: string): DemoContact[] => [
  {
    name: 'Renee Alvarez',
    role: SchoolContactRole.CASE_MANAGER,
    title: `Case manager, ${school}`,
    email: `r.alvarez@${domain}`,
  },
  {
    name: 'Tom Becker',
    role: SchoolContactRole.PRINCIPAL,
    title: `Principal, ${school}`,
    email: `t.becker@${domain}`,
  },
  {
    name: 'Dr. Helen Okafor',
    role: SchoolContactRole.SPECIAL_EDUCATION_DIRECTOR,
    title: 'Director of Special Education',
    email: `h.okafor@${domain}`,
    districtWide: true,
  },
];

export const DEMO_SCENARIOS: DemoScenario[] = [
  {
    scenario: '1. CA – evaluation request met with "more data first"',
    district: {
      name: 'Maple Valley Unified School District',
      state: 'CA',
      timeZone: 'America/Los_Angeles',
    },
    school: 'Maple Valley Middle School',
    contacts: contacts('mvusd.example', 'Maple Valley Middle School'),
    family: 'Navarro household',
    guardians: [
      {
        name: 'Lucia Navarro',
        relationship: 'mother',
        email: 'lucia.navarro@example.org',
        phone: '(559) 555-0142',
        language: 'es',
      },
    ],
    student: {
      name: 'Mateo Navarro',
      dateOfBirth: '2013-03-14',
      grade: '7',
      plan: StudentPlan.BEING_EVALUATED,
      disabilityCategories: ['anxiety'],
    },
    case: {
      title: 'Evaluation request deferred for "more data"',
      concerns: [CaseConcern.SCHOOL_REFUSAL, CaseConcern.EVALUATION],
      status: CaseStatus.ACTIVE,
      openedOn: '2025-10-01',
      advocate: 1,
      meetings: [
        {
          kind: MeetingKind.ATTENDANCE_REVIEW,
          on: '2025-11-13',
          time: '15:30',
          location: 'School attendance review team (SART), school office',
        },
        {
          kind: MeetingKind.ELIGIBILITY,
          on: '2026-02-04',
          time: '14:00',
          location: 'Conference room B',
        },
      ],
      notes: [
        {
          body: 'Intake call: 38% absences since August, stomach aches most mornings.',
          shared: false,
        },
        {
          body: 'We sent the written evaluation request today. The school has 15 days to answer.',
          shared: true,
        },
      ],
      familyMessages: [
        {
          body: 'Buenos días, soy Lucia Navarro. Mateo no quiso entrar a la escuela otra vez hoy, le dolía el estómago. La enfermera dice que no tiene nada. ¿Podemos hablar esta semana?',
          sentOn: '2025-10-17',
        },
      ],
    },
    requests: [
      {
        type: 'EVALUATION',
        subject: 'Request for a special-education assessment',
        body: 'I am requesting in writing a full special-education assessment of Mateo in all areas of suspected disability, including an assessment of his anxiety and its effect on his attendance. Please send me a proposed assessment plan within 15 days as EC 56321 requires.',
        sentOn: '2025-10-06',
        receivedOn: '2025-10-06',
        channel: 'EMAIL',
        response: {
          receivedOn: '2025-10-20',
          outcome: 'DEFERRED_NEEDS_DATA',
          reasons: ['LACK_OF_DATA'],
          summary:
            '"We\'d like to run SST interventions for 6 weeks and gather more data before assessing."',
          priorWrittenNotice: false,
          commitment: {
            description: 'Run SST interventions for six weeks, then decide on the assessment',
            dueOn: '2025-12-01',
            dataWhat: 'Attendance, nurse visits and the SST intervention log',
            dataHow: 'The SST coordinator collects them weekly',
            meanwhile: 'Nothing was offered for the meantime; we asked for a check-in plan',
          },
        },
      },
    ],
    attendance: {
      difficulty: [0.7, 0.5, 0.4, 0.4, 0.55],
      triggers: ['Morning transition', 'Health/somatic', 'Academic demand'],
      support: { name: 'Check-in with counselor on arrival', startedOn: '2025-10-27', effect: 0.5 },
    },
  },
  {
    scenario: '3. NY – consent then implementation',
    district: {
      name: 'Hudson Ridge Central School District',
      state: 'NY',
      timeZone: 'America/New_York',
    },
    school: 'Hudson Ridge Middle School',
    contacts: contacts('hrcsd.example', 'Hudson Ridge Middle School'),
    family: 'Osei household',
    guardians: [
      {
        name: 'Ama Osei',
        relationship: 'mother',
        email: 'ama.osei@example.org',
        phone: '(845) 555-0131',
        language: 'en',
      },
    ],
    student: {
      name: 'Kofi Osei',
      dateOfBirth: '2013-01-25',
      grade: '7',
      plan: StudentPlan.BEING_EVALUATED,
      disabilityCategories: ['anxiety'],
    },
    case: {
      title: 'Evaluation clock after consent; meeting notice too late',
      concerns: [CaseConcern.EVALUATION, CaseConcern.SCHOOL_REFUSAL],
      status: CaseStatus.ACTIVE,
      openedOn: '2025-10-10',
      advocate: 1,
      meetings: [
        {
          kind: MeetingKind.ELIGIBILITY,
          on: '2025-11-20',
          time: '10:00',
          location: 'Committee on Special Education, district office',
        },
        { kind: MeetingKind.IEP, on: '2025-12-11', time: '13:30', location: 'School library' },
        {
          kind: MeetingKind.FACILITATED_IEP,
          on: '2026-01-14',
          time: '09:00',
          location: 'District office, with a state-trained facilitator',
        },
      ],
      notes: [
        {
          body: 'Consent signed and received by the CSE on 20 Oct; evaluations due 19 Dec.',
          shared: true,
        },
      ],
    },
    requests: [
      {
        type: 'EVALUATION',
        trigger: 'CONSENT_RECEIVED',
        subject: 'Signed consent to evaluate',
        body: "Enclosed is my signed consent for Kofi's initial evaluation. Please confirm in writing the date the CSE received it and the evaluation schedule.",
        sentOn: '2025-10-20',
        receivedOn: '2025-10-20',
        channel: 'HAND_DELIVERED',
      },
    ],
    attendance: {
      difficulty: [0.55, 0.4, 0.4, 0.35, 0.5],
      triggers: ['Morning transition', 'Academic demand'],
    },
  },
  {
    scenario: '4. PA – oral request to a teacher',
    district: {
      name: 'Schuylkill Heights School District',
      state: 'PA',
      timeZone: 'America/New_York',
    },
    school: 'Schuylkill Heights Intermediate',
    contacts: contacts('shsd.example', 'Schuylkill Heights Intermediate'),
    family: 'Kowalski household',
    guardians: [
      {
        name: 'Anna Kowalski',
        relationship: 'mother',
        email: 'anna.kowalski@example.org',
        phone: '(570) 555-0199',
        language: 'en',
      },
    ],
    student: {
      name: 'Jakub Kowalski',
      dateOfBirth: '2015-07-02',
      grade: '5',
      plan: StudentPlan.NONE,
      disabilityCategories: [],
    },
    case: {
      title: 'Has not entered the building in three weeks',
      concerns: [CaseConcern.SCHOOL_REFUSAL, CaseConcern.EVALUATION],
      status: CaseStatus.ACTIVE,
      openedOn: '2025-10-15',
      advocate: 2,
      meetings: [
        {
          kind: MeetingKind.MANIFESTATION_DETERMINATION,
          on: '2025-11-06',
          time: '11:00',
          location: 'Main office',
        },
        { kind: MeetingKind.ELIGIBILITY, on: '2025-12-16', time: '14:30', location: 'Video call' },
      ],
      notes: [
        {
          body: 'Mother asked the homeroom teacher for an evaluation at pickup on 14 Oct.',
          shared: true,
        },
      ],
    },
    requests: [
      {
        type: 'EVALUATION',
        trigger: 'ORAL_REQUEST_RECEIVED',
        subject: 'Evaluation asked for at pickup (oral request)',
        body: 'Oral request to the homeroom teacher at pickup: Mrs. Kowalski asked for Jakub to be evaluated. The teacher must give her the Permission to Evaluate form within 10 days (22 Pa. Code 14.123(c)).',
        sentOn: '2025-10-14',
        receivedOn: '2025-10-14',
        channel: 'HAND_DELIVERED',
      },
    ],
    attendance: {
      difficulty: [0.9, 0.85, 0.8, 0.8, 0.85],
      triggers: ['Morning transition', 'Peer', 'Sensory'],
      support: { name: 'Safe person at the door', startedOn: '2025-11-03', effect: 0.35 },
    },
  },
  {
    scenario: '6. MA – "she already has a 504"',
    district: {
      name: 'North Shore Regional School District',
      state: 'MA',
      timeZone: 'America/New_York',
    },
    school: 'North Shore Regional High School',
    contacts: contacts('nsrsd.example', 'North Shore Regional High School'),
    family: 'Brennan household',
    guardians: [
      {
        name: 'Kate Brennan',
        relationship: 'mother',
        email: 'kate.brennan@example.org',
        phone: '(978) 555-0117',
        language: 'en',
      },
      {
        name: 'Sean Brennan',
        relationship: 'father',
        email: 'sean.brennan@example.org',
        phone: '(978) 555-0118',
        language: 'en',
      },
    ],
    student: {
      name: 'Maeve Brennan',
      dateOfBirth: '2010-11-20',
      grade: '10',
      plan: StudentPlan.SECTION_504,
      disabilityCategories: ['panic disorder'],
    },
    case: {
      title: 'Evaluation refused because of an existing 504 plan',
      concerns: [CaseConcern.EVALUATION, CaseConcern.IEP_NOT_WORKING],
      status: CaseStatus.INTAKE,
      openedOn: '2026-01-08',
      advocate: 1,
      meetings: [
        {
          kind: MeetingKind.SECTION_504,
          on: '2026-02-03',
          time: '08:15',
          location: 'Guidance office',
        },
      ],
      notes: [
        { body: 'Late arrivals most days; panic attacks in 1st-period chemistry.', shared: false },
      ],
    },
    requests: [
      {
        type: 'EVALUATION',
        subject: 'Referral for a special-education evaluation',
        body: 'I am referring Maeve for an initial special-education evaluation. Her Section 504 plan has not addressed her panic attacks or her late arrivals. Please send the notice and consent form within 5 school days (603 CMR 28.04).',
        sentOn: '2026-01-12',
        receivedOn: '2026-01-12',
        channel: 'EMAIL',
        response: {
          receivedOn: '2026-01-16',
          outcome: 'DENIED',
          reasons: ['NOT_ELIGIBLE'],
          summary: '"An evaluation isn\'t necessary; her 504 covers it."',
          priorWrittenNotice: false,
        },
      },
    ],
    attendance: {
      difficulty: [0.5, 0.35, 0.35, 0.3, 0.4],
      triggers: ['Specific class', 'Morning transition'],
    },
  },
  {
    scenario: '7. OH – referred to the attendance officer instead',
    district: { name: 'Lakeview City Schools', state: 'OH', timeZone: 'America/New_York' },
    school: 'Lakeview Elementary',
    contacts: [
      ...contacts('lakeview.example', 'Lakeview Elementary'),
      {
        name: 'Gary Pruitt',
        role: SchoolContactRole.ATTENDANCE_OFFICER,
        title: 'Attendance officer',
        email: 'g.pruitt@lakeview.example',
        districtWide: true,
      },
    ],
    family: 'Johnson household',
    guardians: [
      {
        name: 'Tasha Johnson',
        relationship: 'grandmother',
        email: 'tasha.johnson@example.org',
        phone: '(216) 555-0150',
        language: 'en',
      },
    ],
    student: {
      name: 'Darius Johnson',
      dateOfBirth: '2016-02-09',
      grade: '4',
      plan: StudentPlan.NONE,
      disabilityCategories: [],
    },
    case: {
      title: 'Attendance letters instead of an evaluation',
      concerns: [
        CaseConcern.ATTENDANCE_LETTERS,
        CaseConcern.ATTENDANCE_VS_FAPE,
        CaseConcern.EVALUATION,
      ],
      status: CaseStatus.ACTIVE,
      openedOn: '2025-11-20',
      advocate: 2,
      meetings: [
        {
          kind: MeetingKind.ATTENDANCE_REVIEW,
          on: '2025-12-09',
          time: '09:30',
          location: 'Attendance intervention team, school office',
        },
        {
          kind: MeetingKind.ATTENDANCE_REVIEW,
          on: '2026-01-29',
          time: '10:00',
          location: 'District attendance review board',
        },
      ],
      notes: [
        { body: 'Received a truancy letter dated 17 Nov; family asked us for help.', shared: true },
      ],
    },
    requests: [
      {
        type: 'EVALUATION',
        subject: 'Request for an initial evaluation',
        body: 'I am requesting in writing an initial evaluation of Darius for a suspected disability. His absences are a symptom, not a parenting matter. Please respond in writing within 30 days (OAC 3301-51-06).',
        sentOn: '2025-12-01',
        receivedOn: '2025-12-01',
        channel: 'EMAIL',
        response: {
          receivedOn: '2025-12-19',
          outcome: 'REFERRED_ELSEWHERE',
          reasons: ['NOT_ELIGIBLE'],
          summary:
            'PWN: "District does not suspect a disability; absences are a parenting/attendance matter; referred to the attendance officer."',
          priorWrittenNotice: true,
        },
      },
    ],
    attendance: {
      difficulty: [0.6, 0.45, 0.45, 0.5, 0.6],
      triggers: ['Staff member', 'Change in routine'],
    },
  },
  {
    scenario: '8. FL – 504 accommodations with a precedent objection',
    district: { name: 'Escambia Bay County Schools', state: 'FL', timeZone: 'America/Chicago' },
    school: 'Bayview Middle School',
    contacts: [
      ...contacts('ebcs.example', 'Bayview Middle School'),
      {
        name: 'Carla Nguyen',
        role: SchoolContactRole.ASSISTANT_PRINCIPAL,
        title: 'Assistant principal',
        email: 'c.nguyen@ebcs.example',
      },
    ],
    family: 'Reyes household',
    guardians: [
      {
        name: 'Marisol Reyes',
        relationship: 'mother',
        email: 'marisol.reyes@example.org',
        phone: '(850) 555-0163',
        language: 'es',
      },
    ],
    student: {
      name: 'Sofia Reyes',
      dateOfBirth: '2012-05-30',
      grade: '8',
      plan: StudentPlan.SECTION_504,
      disabilityCategories: ['generalized anxiety'],
    },
    case: {
      title: 'Partial-day reentry plan refused as a "precedent"',
      concerns: [CaseConcern.SCHOOL_REFUSAL, CaseConcern.BULLYING_AVOIDANCE],
      status: CaseStatus.ON_HOLD,
      openedOn: '2025-09-22',
      advocate: 1,
      meetings: [
        {
          kind: MeetingKind.SECTION_504,
          on: '2025-10-09',
          time: '15:00',
          location: 'School conference room',
        },
        {
          kind: MeetingKind.MEDIATION,
          on: '2025-11-18',
          time: '10:00',
          location: 'District office, with a state mediator',
        },
      ],
      notes: [
        { body: 'On hold while the family waits for the psychiatrist’s letter.', shared: true },
      ],
    },
    requests: [
      {
        type: 'ACCOMMODATIONS',
        subject: 'Request for a 504 meeting: partial-day reentry plan',
        body: 'I am requesting a Section 504 meeting to consider a late-start, partial-day reentry plan, a safe person, a pass to a calm space and graded tasks for returning. Please give me your decision in writing with a notice of procedural rights (34 CFR 104.36).',
        sentOn: '2025-09-29',
        receivedOn: '2025-09-29',
        channel: 'EMAIL',
        response: {
          receivedOn: '2025-10-03',
          outcome: 'DENIED',
          reasons: ['PRECEDENT_OR_POLICY'],
          summary: '"We can\'t do shortened days — it would set a precedent for other students."',
          priorWrittenNotice: false,
        },
      },
    ],
    attendance: {
      difficulty: [0.65, 0.55, 0.5, 0.5, 0.6],
      triggers: ['Peer', 'Comparison with peers', 'Loud noise'],
      support: { name: 'Pass to a calm space', startedOn: '2025-10-14', effect: 0.6 },
    },
  },
  {
    scenario: '10. NJ – identification meeting due on a weekend',
    district: {
      name: 'Passaic Valley Regional School District',
      state: 'NJ',
      timeZone: 'America/New_York',
    },
    school: 'Passaic Valley Elementary',
    contacts: contacts('pvrsd.example', 'Passaic Valley Elementary'),
    family: 'Shah household',
    guardians: [
      {
        name: 'Neha Shah',
        relationship: 'mother',
        email: 'neha.shah@example.org',
        phone: '(973) 555-0184',
        language: 'gu',
      },
    ],
    student: {
      name: 'Arjun Shah',
      dateOfBirth: '2016-06-18',
      grade: '4',
      plan: StudentPlan.NONE,
      disabilityCategories: [],
    },
    case: {
      title: 'Child Study Team meeting scheduled past the 20-day limit',
      concerns: [CaseConcern.EVALUATION, CaseConcern.SCHOOL_REFUSAL],
      status: CaseStatus.ACTIVE,
      openedOn: '2025-09-10',
      advocate: 2,
      meetings: [
        {
          kind: MeetingKind.ELIGIBILITY,
          on: '2025-10-07',
          time: '13:00',
          location: 'Child Study Team office',
        },
        {
          kind: MeetingKind.IEP,
          on: '2025-11-25',
          time: '09:30',
          location: 'Child Study Team office',
        },
      ],
      notes: [{ body: 'Written request to the CST delivered 15 Sep.', shared: true }],
    },
    requests: [
      {
        type: 'EVALUATION',
        subject: 'Written request for an evaluation (Child Study Team)',
        body: 'I am requesting in writing that the Child Study Team evaluate Arjun. Please hold the identification meeting within 20 calendar days (N.J.A.C. 6A:14-3.3(e)).',
        sentOn: '2025-09-15',
        receivedOn: '2025-09-15',
        channel: 'LETTER',
      },
    ],
    attendance: {
      difficulty: [0.6, 0.5, 0.45, 0.45, 0.55],
      triggers: ['Transition between classes', 'Peer'],
      support: {
        name: 'Morning check-in with the counselor',
        startedOn: '2025-10-20',
        effect: 0.55,
      },
    },
  },
  {
    scenario: '11. VA – homebound and reintegration plan, "not available"',
    district: {
      name: 'Blue Ridge County Public Schools',
      state: 'VA',
      timeZone: 'America/New_York',
    },
    school: 'Blue Ridge High School',
    contacts: contacts('brcps.example', 'Blue Ridge High School'),
    family: 'Carter household',
    guardians: [
      {
        name: 'Denise Carter',
        relationship: 'mother',
        email: 'denise.carter@example.org',
        phone: '(540) 555-0177',
        language: 'en',
      },
    ],
    student: {
      name: 'Eli Carter',
      dateOfBirth: '2009-09-12',
      grade: '11',
      plan: StudentPlan.IEP,
      disabilityCategories: ['Other health impairment', 'depression'],
    },
    case: {
      title: 'Homebound with a graduated return: "we don’t do that here"',
      concerns: [CaseConcern.SCHOOL_REFUSAL, CaseConcern.IEP_NOT_WORKING],
      status: CaseStatus.ACTIVE,
      openedOn: '2025-09-15',
      advocate: 2,
      meetings: [
        {
          kind: MeetingKind.REINTEGRATION_PLANNING,
          on: '2025-11-19',
          time: '14:00',
          location: 'Video call',
        },
        {
          kind: MeetingKind.IEP,
          on: '2025-12-03',
          time: '15:30',
          location: 'School conference room',
        },
      ],
      notes: [
        {
          body: 'Psychiatrist recommends 6 weeks homebound, then 1 period → half day → full day.',
          shared: true,
        },
      ],
    },
    requests: [
      {
        type: 'IEP_MEETING',
        subject: 'Request for an IEP meeting: homebound with a graduated return',
        body: "I am requesting an IEP meeting to consider six weeks of homebound instruction followed by a graduated return (one period, then half days, then full days), as Eli's psychiatrist recommends. Please respond in writing.",
        sentOn: '2025-11-03',
        receivedOn: '2025-11-03',
        channel: 'EMAIL',
        response: {
          receivedOn: '2025-11-07',
          outcome: 'NOT_AVAILABLE',
          reasons: ['PRECEDENT_OR_POLICY'],
          summary:
            '"Homebound is only for medical conditions; we don\'t do partial homebound with reentry."',
          priorWrittenNotice: false,
        },
      },
    ],
    attendance: {
      difficulty: [0.85, 0.75, 0.7, 0.7, 0.8],
      triggers: ['Academic demand', 'Health/somatic', 'Morning transition'],
      support: {
        name: 'Modified schedule: 1st period only',
        startedOn: '2025-11-10',
        effect: 0.45,
      },
    },
  },
  {
    scenario: 'TX – written FIIE request to the principal',
    district: {
      name: 'Brazos Bend Independent School District',
      state: 'TX',
      timeZone: 'America/Chicago',
    },
    school: 'Brazos Bend Middle School',
    contacts: contacts('bbisd.example', 'Brazos Bend Middle School'),
    family: 'Martinez household',
    guardians: [
      {
        name: 'Rosa Martinez',
        relationship: 'mother',
        email: 'rosa.martinez@example.org',
        phone: '(979) 555-0112',
        language: 'es',
      },
    ],
    student: {
      name: 'Diego Martinez',
      dateOfBirth: '2013-08-09',
      grade: '7',
      plan: StudentPlan.NONE,
      disabilityCategories: ['anxiety'],
    },
    case: {
      title: 'Refusing school since September; no evaluation offered',
      concerns: [CaseConcern.SCHOOL_REFUSAL, CaseConcern.EVALUATION],
      status: CaseStatus.ACTIVE,
      openedOn: '2025-10-01',
      advocate: 1,
      meetings: [
        {
          kind: MeetingKind.ELIGIBILITY,
          on: '2025-12-17',
          time: '10:30',
          location: 'ARD committee, school office',
        },
        {
          kind: MeetingKind.RESOLUTION_SESSION,
          on: '2026-01-13',
          time: '13:00',
          location: 'District office',
        },
        {
          kind: MeetingKind.DUE_PROCESS_HEARING,
          on: '2026-02-10',
          time: '09:00',
          location: 'State hearing office, by video',
        },
      ],
      notes: [{ body: 'Letter delivered to the principal by email on 6 Oct.', shared: true }],
    },
    requests: [
      {
        type: 'EVALUATION',
        subject: 'Written request for a Full Individual and Initial Evaluation',
        body: 'I am requesting in writing a Full Individual and Initial Evaluation of Diego. Under 19 TAC 89.1011 the district must respond by the 15th school day, and it cannot require interventions first.',
        sentOn: '2025-10-06',
        receivedOn: '2025-10-06',
        channel: 'EMAIL',
      },
    ],
    attendance: {
      difficulty: [0.6, 0.5, 0.45, 0.45, 0.55],
      triggers: ['Morning transition', 'Peer'],
    },
  },
  {
    scenario: 'IL – request for the records before an evaluation',
    district: {
      name: 'Prairie Grove Community Unit School District',
      state: 'IL',
      timeZone: 'America/Chicago',
    },
    school: 'Prairie Grove Junior High',
    contacts: contacts('pgcusd.example', 'Prairie Grove Junior High'),
    family: 'Novak household',
    guardians: [
      {
        name: 'Eva Novak',
        relationship: 'mother',
        email: 'eva.novak@example.org',
        phone: '(815) 555-0166',
        language: 'en',
      },
    ],
    student: {
      name: 'Lena Novak',
      dateOfBirth: '2012-04-03',
      grade: '8',
      plan: StudentPlan.SECTION_504,
      disabilityCategories: ['migraine', 'anxiety'],
    },
    case: {
      title: '504 plan not working; asking for the records, then an evaluation',
      concerns: [CaseConcern.EVALUATION, CaseConcern.IEP_NOT_WORKING],
      status: CaseStatus.ACTIVE,
      openedOn: '2025-10-20',
      advocate: 2,
      meetings: [
        {
          kind: MeetingKind.OTHER,
          on: '2025-11-05',
          time: '16:00',
          location: 'Records review at the school office',
        },
        {
          kind: MeetingKind.ELIGIBILITY,
          on: '2026-01-08',
          time: '11:00',
          location: 'School conference room',
        },
      ],
      notes: [{ body: 'Records requested first to see the 504 data.', shared: true }],
    },
    requests: [
      {
        type: 'RECORDS',
        subject: 'Request to inspect and copy the school records of Lena Novak',
        body: 'I am requesting to inspect and receive copies of all education records of Lena, including attendance, nurse and discipline logs. Under 105 ILCS 10/5(c) please provide them within 10 business days.',
        sentOn: '2025-10-27',
        receivedOn: '2025-10-27',
        channel: 'EMAIL',
      },
    ],
    attendance: {
      difficulty: [0.5, 0.4, 0.35, 0.35, 0.45],
      triggers: ['Health/somatic', 'Loud noise'],
    },
  },
  {
    scenario: 'WA – referral for evaluation',
    district: {
      name: 'Cascade Foothills School District',
      state: 'WA',
      timeZone: 'America/Los_Angeles',
    },
    school: 'Cascade Foothills Elementary',
    contacts: contacts('cfsd.example', 'Cascade Foothills Elementary'),
    family: 'Nguyen household',
    guardians: [
      {
        name: 'Linh Nguyen',
        relationship: 'mother',
        email: 'linh.nguyen@example.org',
        phone: '(425) 555-0190',
        language: 'vi',
      },
    ],
    student: {
      name: 'Minh Nguyen',
      dateOfBirth: '2016-11-30',
      grade: '4',
      plan: StudentPlan.NONE,
      disabilityCategories: [],
    },
    case: {
      title: 'Stomach aches every morning; no decision on an evaluation yet',
      concerns: [CaseConcern.SCHOOL_REFUSAL, CaseConcern.EVALUATION],
      status: CaseStatus.INTAKE,
      openedOn: '2025-11-03',
      advocate: 1,
      meetings: [
        {
          kind: MeetingKind.ELIGIBILITY,
          on: '2026-02-02',
          time: '14:00',
          location: 'School conference room',
        },
      ],
      notes: [{ body: 'Referral sent in writing on 3 Nov.', shared: true }],
    },
    requests: [
      {
        type: 'EVALUATION',
        subject: 'Written referral for a special-education evaluation',
        body: 'I am referring Minh in writing for a special-education evaluation. Under WAC 392-172A-03005 the district has 25 school days to decide and to send me prior written notice.',
        sentOn: '2025-11-03',
        receivedOn: '2025-11-03',
        channel: 'EMAIL',
      },
    ],
    attendance: {
      difficulty: [0.55, 0.45, 0.4, 0.4, 0.5],
      triggers: ['Health/somatic', 'Morning transition'],
    },
  },
  {
    scenario: 'GA – evaluation consent and the 60-day clock',
    district: {
      name: 'Chattahoochee Ridge County Schools',
      state: 'GA',
      timeZone: 'America/New_York',
    },
    school: 'Chattahoochee Ridge Middle School',
    contacts: contacts('crcs.example', 'Chattahoochee Ridge Middle School'),
    family: 'Williams household',
    guardians: [
      {
        name: 'Tonya Williams',
        relationship: 'mother',
        email: 'tonya.williams@example.org',
        phone: '(770) 555-0158',
        language: 'en',
      },
    ],
    student: {
      name: 'Jaylen Williams',
      dateOfBirth: '2012-12-12',
      grade: '8',
      plan: StudentPlan.BEING_EVALUATED,
      disabilityCategories: ['anxiety'],
    },
    case: {
      title: 'Consent signed; the evaluation clock runs across winter break',
      concerns: [CaseConcern.EVALUATION, CaseConcern.ATTENDANCE_LETTERS],
      status: CaseStatus.ACTIVE,
      openedOn: '2025-11-05',
      advocate: 2,
      meetings: [
        {
          kind: MeetingKind.ELIGIBILITY,
          on: '2026-01-27',
          time: '10:00',
          location: 'School conference room',
        },
      ],
      notes: [{ body: 'Consent to evaluate delivered 10 Nov.', shared: true }],
    },
    requests: [
      {
        type: 'EVALUATION',
        trigger: 'CONSENT_RECEIVED',
        subject: 'Signed consent to evaluate',
        body: 'Enclosed is my signed consent for the initial evaluation of Jaylen. Please confirm the date received: the 60-day timeline of Ga. Comp. R. and Regs. 160-4-7-.04 runs from it.',
        sentOn: '2025-11-10',
        receivedOn: '2025-11-10',
        channel: 'EMAIL',
      },
    ],
    attendance: {
      difficulty: [0.5, 0.45, 0.4, 0.4, 0.5],
      triggers: ['Peer', 'Academic demand'],
    },
  },
];
