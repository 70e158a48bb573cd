import { SchoolContactRole } from '@onrecord/directory';
import { ResponseOutcome } from '@onrecord/requests';
import { DEMO_SCENARIOS } from './demo-scenarios';

/**
 * What the schools sent back to the demo's requests (README "Mail in"): one message in each
 * state an advocate meets, written as school offices write. Each comes to the reply address of
 * a request the demo emailed from OnRecord (demo-sent-mail.ts puts the letter on record),
 * through the one ingestion, and is then classified as its advocate would (demo-mail-in.ts,
 * demo-mail-arrivals.ts). The senders are the scenarios' own school contacts.
 */

/**
 * What the advocate did with the reply once it came in: recorded it as the school's answer,
 * marked it not an answer (each perhaps shared with the family), or nothing yet — it stays as
 * ingestion left it (waiting to be classified, an automatic reply, in triage).
 */
export type DemoReplyDecision =
  | { kind: 'answer'; outcome: ResponseOutcome; priorWrittenNotice: boolean; share?: boolean }
  | { kind: 'not-an-answer'; share?: boolean }
  | { kind: 'as-it-came' };

export interface DemoReply {
  /** The scenario's household and the subject of its request the reply is about. */
  family: string;
  request: string;
  /** Sent to the reply address of a request of the case the advocate archived: triage. */
  toArchivedRequest?: string;
  from: SchoolContactRole;
  subject: string;
  text: string;
  /** File names (a PDF each); their content is a placeholder. */
  attachments?: string[];
  /** Extra headers: an out-of-office says it is automatic. */
  headers?: Record<string, string>;
  /** How long before the seeding its Date header says it was written. */
  minutesAgo: number;
  decision: DemoReplyDecision;
}

/** A scenario's school contact of a role: the sender of a reply, the recipient of a bounce. */
export function demoContact(family: string, role: SchoolContactRole) {
  const contact = DEMO_SCENARIOS.find((s) => s.family === family)?.contacts.find(
    (c) => c.role === role,
  );
  if (!contact) throw new Error(`the demo has no ${role} for the ${family}`);
  return contact;
}

/**
 * A request the advocate emailed a second time, corrected, and archived: the school answered
 * the first one, whose reply address now names no open request (WA, the triage reply).
 */
export const ARCHIVED_DUPLICATE = {
  family: 'Nguyen household',
  of: 'Written referral for a special-education evaluation',
  subject: 'Referral for a special-education evaluation – Minh Nguyen',
};

export const DEMO_REPLIES: readonly DemoReply[] = [
  {
    // IL: the records, attached — recorded as the school's answer, quoting it.
    family: 'Novak household',
    request: 'Request to inspect and copy the school records of Lena Novak',
    from: SchoolContactRole.CASE_MANAGER,
    subject: 'Re: Request to inspect and copy the school records of Lena Novak',
    text: [
      'Good morning Ms. Raman,',
      '',
      "Attached are copies of Lena's education records as requested: her cumulative file, her attendance for this school year and last, the nurse's visit log, and her Section 504 plan with the two most recent reviews. Lena has no discipline records on file.",
      '',
      'If Ms. Novak would like to inspect the originals, she is welcome to come to the main office any weekday between 8:00 and 3:30.',
      '',
      'Renee Alvarez',
      'Case Manager, Prairie Grove Junior High',
    ].join('\n'),
    attachments: [
      'Novak_Lena_cumulative_file.pdf',
      'Novak_Lena_attendance.pdf',
      'Novak_Lena_nurse_log.pdf',
      'Novak_Lena_504_plan_and_reviews.pdf',
    ],
    minutesAgo: 340,
    decision: { kind: 'answer', outcome: ResponseOutcome.GRANTED, priorWrittenNotice: false },
  },
  {
    // MA: the district changes its mind, with the written notice — the answer, shared with
    // the family, who must sign the consent.
    family: 'Brennan household',
    request: 'Referral for a special-education evaluation',
    from: SchoolContactRole.SPECIAL_EDUCATION_DIRECTOR,
    subject: 'Re: Referral for a special-education evaluation',
    text: [
      'Dear Mr. Lee and Ms. Brennan,',
      '',
      "I have reviewed Maeve's referral and the building's January response with the team. A Section 504 plan does not take the place of an evaluation when a student may need special education, and I apologize for the earlier answer.",
      '',
      'The district proposes an initial evaluation of Maeve in all areas of suspected disability. Attached are the Notice of Proposed School District Action (N1) and the consent form. Once we receive Ms. Brennan’s signed consent, the evaluation will be completed within 30 school days.',
      '',
      'Helen Okafor, Ed.D.',
      'Director of Special Education',
      'North Shore Regional School District',
    ].join('\n'),
    attachments: ['N1 Notice of Proposed School District Action.pdf', 'Consent to Evaluate.pdf'],
    minutesAgo: 260,
    decision: {
      kind: 'answer',
      outcome: ResponseOutcome.GRANTED,
      priorWrittenNotice: true,
      share: true,
    },
  },
  {
    // CA: news, in Spanish for the mother, but not the assessment plan asked for — not an
    // answer (the request stays open and followed up), shared with the family.
    family: 'Navarro household',
    request: 'Request for a special-education assessment',
    from: SchoolContactRole.CASE_MANAGER,
    subject: 'Re: Request for a special-education assessment',
    text: [
      'Buenas tardes, Sr. Lee:',
      '',
      'Le escribo en español para que pueda compartirlo con la Sra. Navarro.',
      '',
      'El equipo SST se reunió el martes. Mateo ya tiene su cita diaria con la consejera al llegar a la escuela, y desde esta semana anotamos cada visita a la enfermería. Le adjunto el registro de intervenciones de las últimas tres semanas.',
      '',
      'Todavía no tenemos fecha para el plan de evaluación. Se lo enviaremos en cuanto el psicólogo escolar lo termine.',
      '',
      'Atentamente,',
      'Renee Alvarez',
      'Coordinadora de casos, Maple Valley Middle School',
    ].join('\n'),
    attachments: ['Registro de intervenciones SST - Mateo N.pdf'],
    minutesAgo: 190,
    decision: { kind: 'not-an-answer', share: true },
  },
  {
    // TX: the principal passed it on — for the advocate to read: it holds the next follow-up.
    family: 'Martinez household',
    request: 'Written request for a Full Individual and Initial Evaluation',
    from: SchoolContactRole.PRINCIPAL,
    subject: 'Re: Written request for a Full Individual and Initial Evaluation',
    text: [
      'Mr. Lee,',
      '',
      "Thank you for your letter about Diego. I have forwarded it to our campus diagnostician and to the district's Special Education office, which handles FIIE requests, and asked them to contact Ms. Martinez directly. Our front office has a Spanish-speaking secretary if that helps the family.",
      '',
      "I am at the principals' meeting Thursday and Friday but can be reached by email.",
      '',
      'Tom Becker',
      'Principal, Brazos Bend Middle School',
    ].join('\n'),
    minutesAgo: 95,
    decision: { kind: 'as-it-came' },
  },
  {
    // GA: an out-of-office — an automatic reply, never an answer.
    family: 'Williams household',
    request: 'Signed consent to evaluate',
    from: SchoolContactRole.CASE_MANAGER,
    subject: 'Automatic reply: Signed consent to evaluate',
    text: [
      'Thank you for your message. I am out of the office at a district training through Friday and will have limited access to email. I will reply when I return on Monday.',
      '',
      'For anything urgent about a student, please call the Chattahoochee Ridge Middle School front office at (770) 555-0100.',
      '',
      'Renee Alvarez',
      'Case Manager, Chattahoochee Ridge Middle School',
    ].join('\n'),
    headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' },
    minutesAgo: 60,
    decision: { kind: 'as-it-came' },
  },
  {
    // WA: an answer to the duplicate the advocate archived — in triage, the sender's open
    // request suggested.
    family: ARCHIVED_DUPLICATE.family,
    request: ARCHIVED_DUPLICATE.of,
    toArchivedRequest: ARCHIVED_DUPLICATE.subject,
    from: SchoolContactRole.CASE_MANAGER,
    subject: `Re: ${ARCHIVED_DUPLICATE.subject}`,
    text: [
      'Good afternoon Mr. Lee,',
      '',
      "We received the referral for Minh. Our evaluation team (the school psychologist, our speech-language pathologist and I) will review it at Thursday's student support meeting, and Ms. Nguyen will receive prior written notice of our decision either way.",
      '',
      "The district's Vietnamese interpreter can join a call with Ms. Nguyen if that would help. Please let me know which days work for her.",
      '',
      'Renee Alvarez',
      'Case Manager, Cascade Foothills Elementary',
    ].join('\n'),
    minutesAgo: 35,
    decision: { kind: 'as-it-came' },
  },
];

/**
 * NJ: the school's mail server returned the demo's first follow-up: the case manager's
 * mailbox is closed. The report names the follow-up's Message-ID, so it fails on Today.
 */
export const DEMO_BOUNCE = {
  family: 'Shah household',
  request: 'Written request for an evaluation (Child Study Team)',
  failedFor: SchoolContactRole.CASE_MANAGER,
  mailServer: 'mx1.pvrsd.example',
  diagnostic: 'Recipient address rejected: User unknown in virtual mailbox table',
  /** The follow-up went out this morning; the report came back a minute later. */
  sentMinutesAgo: 25,
  minutesAgo: 24,
};
