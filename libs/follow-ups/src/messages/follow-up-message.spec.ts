import {
  createMergeEngine,
  LetterTemplateError,
  MergeTemplateError,
  renderTemplate,
  WrittenRequestType,
} from '@onrecord/requests';
import { DEFAULT_FOLLOW_UP_TEMPLATES, defaultFollowUpTemplate } from './default-templates';
import { followUpTemplateProblems } from './merge-fields';
import { followUpValues } from './merge-values';
import { ordinal } from './message-language';
import { renderDigest, type DigestFacts, type DigestItem } from './digest';
import { renderFailureNotice } from './failure-notice';
import { renderFollowUp, renderForLanguages } from './render';
import type { FollowUpFacts, FollowUpTemplateKind } from './message-facts';
import { MESSAGE_LANGUAGES, type MessageLanguage } from './message-language';

/*
 * Week days checked with `date -d <day> +%A`: 2025-10-06 Monday, 2025-10-07 Tuesday,
 * 2025-10-21 Tuesday, 2025-11-03 Monday, 2025-11-14 Friday, 2025-11-19 Wednesday,
 * 2025-11-20 Thursday, 2025-11-21 Friday, 2025-11-26 Wednesday. 2025-11-14 → 2025-11-19 is
 * 5 days (daysOverdue).
 */
const facts: FollowUpFacts = {
  organizationName: 'Bay Area School Access Project',
  advocateName: 'Jordan Ellis',
  studentName: 'Maya R.',
  schoolName: 'Lincoln Middle School',
  districtName: 'Riverside Unified',
  householdName: 'Rivera household',
  recipientNames: ['Ms. Lee', 'Mr. Park'],
  earlierRecipientNames: [],
  sequence: 1,
  request: {
    subject: 'Request for a full individual evaluation: Maya R.',
    typeLabel: 'a full individual evaluation',
    sentOn: '2025-10-06',
    receivedOn: '2025-10-07',
    channel: 'EMAIL',
  },
  commitment: null,
  deadline: {
    dueOn: '2025-11-14',
    citation: 'Cal. Educ. Code § 56321(a)',
    ruleName: "a proposed assessment plan, with a notice of the parent's rights",
    period: '15 days',
    organizationDefault: false,
  },
  daysOverdue: 5,
  respondBy: '2025-11-26',
  today: '2025-11-19',
  response: null,
  followUpPlannedOn: null,
};

const aboutCommitment: FollowUpFacts = {
  ...facts,
  commitment: {
    description: 'Collect attendance and behavior data for four weeks, then meet',
    dueOn: '2025-11-14',
    promisedOn: '2025-10-21',
  },
};

const escalation: FollowUpFacts = {
  ...facts,
  recipientNames: ['Dr. Nguyen'],
  earlierRecipientNames: ['Ms. Lee', 'Mr. Park'],
  sequence: 2,
};

const organizationDefault: FollowUpFacts = {
  ...facts,
  deadline: {
    dueOn: '2025-11-14',
    citation: null,
    ruleName: null,
    period: '10 school days',
    organizationDefault: true,
  },
};

const noDeadline: FollowUpFacts = {
  ...facts,
  deadline: {
    dueOn: null,
    citation: null,
    ruleName: null,
    period: null,
    organizationDefault: false,
  },
};

const KINDS = Object.keys(DEFAULT_FOLLOW_UP_TEMPLATES) as FollowUpTemplateKind[];
/** The messages that ask the school for an answer by a day (respondBy). */
const ASKING_KINDS: FollowUpTemplateKind[] = ['SCHOOL_FOLLOW_UP', 'ESCALATION', 'GUARDIAN_UPDATE'];
const GUARDIAN_KINDS: FollowUpTemplateKind[] = [
  'GUARDIAN_UPDATE',
  'GUARDIAN_OVERDUE',
  'GUARDIAN_ANSWERED',
];

const render = (
  kind: FollowUpTemplateKind,
  with_: FollowUpFacts,
  language: MessageLanguage = 'en',
) => {
  const { template, language: templateLanguage } = defaultFollowUpTemplate(kind, language);
  expect(templateLanguage).toBe(language);
  return renderFollowUp(template, with_, language);
};

/** A school's written answer (Thursday, November 13: a day before the deadline). */
const granted: NonNullable<FollowUpFacts['response']> = {
  receivedOn: '2025-11-13',
  outcome: 'GRANTED',
  summary: null,
  daysLate: 0,
};

/** The facts of a GUARDIAN_ANSWERED: the answer on file, nothing overdue. */
const answered = (with_: FollowUpFacts, response = granted): FollowUpFacts => ({
  ...with_,
  response,
  daysOverdue: 0,
});

/** Nothing left to fill: no tag, no "[placeholder]". */
const expectComplete = (message: { subject: string; text: string; missingFields: string[] }) => {
  expect(message.missingFields).toEqual([]);
  for (const part of [message.subject, message.text]) expect(part).not.toMatch(/\{\{|\}\}|\[/);
};

describe('follow-up messages', () => {
  it('has the five kinds in English, the three to the family in Spanish too, each valid', () => {
    expect([...KINDS].sort()).toEqual([
      'ESCALATION',
      'GUARDIAN_ANSWERED',
      'GUARDIAN_OVERDUE',
      'GUARDIAN_UPDATE',
      'SCHOOL_FOLLOW_UP',
    ]);
    for (const kind of KINDS) {
      const languages = Object.keys(DEFAULT_FOLLOW_UP_TEMPLATES[kind]).sort();
      expect(languages).toEqual(GUARDIAN_KINDS.includes(kind) ? ['en', 'es'] : ['en']);
      for (const template of Object.values(DEFAULT_FOLLOW_UP_TEMPLATES[kind])) {
        expect(followUpTemplateProblems(template.subject)).toEqual([]);
        expect(followUpTemplateProblems(template.body)).toEqual([]);
      }
    }
  });

  it('falls back to the English template where there is none in the language', () => {
    expect(defaultFollowUpTemplate('SCHOOL_FOLLOW_UP', 'es')).toEqual({
      template: DEFAULT_FOLLOW_UP_TEMPLATES.SCHOOL_FOLLOW_UP.en,
      language: 'en',
    });
    expect(defaultFollowUpTemplate('ESCALATION', 'es').language).toBe('en');
    expect(defaultFollowUpTemplate('GUARDIAN_OVERDUE', 'es')).toEqual({
      template: DEFAULT_FOLLOW_UP_TEMPLATES.GUARDIAN_OVERDUE.es,
      language: 'es',
    });
    expect(defaultFollowUpTemplate('GUARDIAN_OVERDUE', 'en').template).toBe(
      DEFAULT_FOLLOW_UP_TEMPLATES.GUARDIAN_OVERDUE.en,
    );
  });

  const kindsAndLanguages = KINDS.flatMap((kind) =>
    MESSAGE_LANGUAGES.filter((language) => DEFAULT_FOLLOW_UP_TEMPLATES[kind][language]).map(
      (language) => [kind, language] as const,
    ),
  );

  it.each(kindsAndLanguages)(
    '%s (%s) renders completely for a request and for a commitment',
    (kind, language) => {
      const withEarlier = answered({ ...facts, earlierRecipientNames: ['Ms. Lee'] });
      expectComplete(render(kind, withEarlier, language));
      expectComplete(
        render(
          kind,
          answered({ ...aboutCommitment, earlierRecipientNames: ['Ms. Lee'] }),
          language,
        ),
      );
      const planned = { ...withEarlier, followUpPlannedOn: '2025-11-21' };
      expectComplete(render(kind, answered(planned), language));
    },
  );

  it('follows up on a request: the request, its date, the rule, no answer, a day to answer', () => {
    const message = render('SCHOOL_FOLLOW_UP', facts);
    expect(message.subject).toBe(
      'Follow-up: request for a full individual evaluation for Maya R. — answer was due Friday, November 14, 2025',
    );
    expect(message.text).toBe(
      [
        'Dear Ms. Lee and Mr. Park:',
        'I am writing to follow up on my written request of Monday, October 6, 2025, sent by email, for a full individual evaluation for Maya R. ("Request for a full individual evaluation: Maya R."). The school received it on Tuesday, October 7, 2025. Under Cal. Educ. Code § 56321(a), a response was due by Friday, November 14, 2025 (15 days): a proposed assessment plan, with a notice of the parent\'s rights. As of today, 5 days past the due date, I have no written answer on file.',
        'Please send me your written answer by Wednesday, November 26, 2025. A phone call or a conversation at school does not give us a record: please put your answer in writing. If you have already answered, please send me a copy so that our records match.',
        'Thank you for your attention to this.',
        'Sincerely,',
        'Jordan Ellis\nBay Area School Access Project',
      ].join('\n\n'),
    );
  });

  it('says what the rule requires in words written for the school, never the research note', () => {
    // Before: the TX rule's note, "PWN proposing the FIIE (with safeguards, TEA Overview,
    // consent form) or PWN refusing", was the only name a template could give the duty. The
    // service now passes the rule's plain words (readerDuty, libs/deadlines).
    const plain =
      "a Prior Written Notice proposing the full individual and initial evaluation, with the notice of procedural safeguards, the Texas Education Agency's Overview of Special Education for Parents and a consent form, or a Prior Written Notice refusing the evaluation, with the notice of procedural safeguards";
    const tx: FollowUpFacts = {
      ...facts,
      deadline: {
        ...facts.deadline,
        citation: '19 TAC 89.1011(a)–(b)',
        ruleName: plain,
        period: '15 school days',
      },
    };
    for (const kind of ['SCHOOL_FOLLOW_UP', 'ESCALATION'] as const) {
      const text = render(kind, { ...tx, sequence: kind === 'ESCALATION' ? 2 : 1 }).text;
      expect(text).toContain(
        `Under 19 TAC 89.1011(a)–(b), a response was due by Friday, November 14, 2025 (15 school days): ${plain}.`,
      );
      expect(text).not.toMatch(/FIIE|PWN|TEA/);
    }
  });

  it("follows up on a commitment instead: what the school committed to, when, and what's meanwhile", () => {
    const message = render('SCHOOL_FOLLOW_UP', aboutCommitment);
    expect(message.subject).toBe(
      "Follow-up: school's commitment on the request for a full individual evaluation for Maya R. — was due Friday, November 14, 2025",
    );
    expect(message.text).toContain(
      'The school committed on Tuesday, October 21, 2025 to the following, to be done by Friday, November 14, 2025: "Collect attendance and behavior data for four weeks, then meet". As of today, 5 days past the due date, I have nothing in writing to show that it has been done.',
    );
    expect(message.text).toContain(
      'Please tell me in writing by Wednesday, November 26, 2025 whether it has been done and, if not, when it will be and what will be done for Maya R. in the meantime.',
    );
    // The request's own deadline is not the point any more.
    expect(message.text).not.toContain('56321');
    expect(message.text).not.toContain('no written answer on file');
  });

  it('leaves out when the commitment was made if that is not known', () => {
    const message = render('SCHOOL_FOLLOW_UP', {
      ...aboutCommitment,
      commitment: { ...aboutCommitment.commitment!, promisedOn: null },
    });
    expect(message.text).toContain(
      'The school committed to the following, to be done by Friday, November 14, 2025:',
    );
    expect(message.missingFields).toEqual([]);
  });

  it("calls the organization's default a default, never a statutory deadline", () => {
    const school = render('SCHOOL_FOLLOW_UP', organizationDefault).text;
    expect(school).toContain(
      "I asked for a response by Friday, November 14, 2025, within 10 school days; that is the organization's default response time, not a statutory deadline.",
    );
    expect(school).not.toContain('Under ');
    expect(
      render('ESCALATION', { ...escalation, deadline: organizationDefault.deadline }).text,
    ).toContain("the organization's default response time, not a statutory deadline");
    const family = render('GUARDIAN_UPDATE', organizationDefault).text;
    expect(family).toContain('We asked the school to answer by Friday, November 14, 2025.');
    expect(family).not.toContain('had until');
  });

  it.each(KINDS)('%s says nothing of a deadline when there is no due day', (kind) => {
    const message = render(
      kind,
      answered({ ...noDeadline, earlierRecipientNames: ['Ms. Lee'], daysOverdue: 0 }),
    );
    expectComplete(message);
    expect(message.subject).not.toContain('due');
    for (const words of [
      'due by',
      'was due',
      'had until',
      'past the due date',
      'answer by Fri',
      'deadline',
      'on time',
      'date passed',
    ]) {
      expect(message.text).not.toContain(words);
    }
    if (ASKING_KINDS.includes(kind)) {
      expect(message.text).toContain('Wednesday, November 26, 2025'); // still asks for a day
    }
  });

  it.each(GUARDIAN_KINDS)('%s in Spanish says nothing of a deadline without a due day', (kind) => {
    const message = render(kind, answered({ ...noDeadline, daysOverdue: 0 }), 'es');
    expectComplete(message);
    for (const words of ['plazo', 'fecha límite', 'tenía hasta', 'a tiempo', 'fecha pasó']) {
      expect(message.subject).not.toContain(words);
      expect(message.text).not.toContain(words);
    }
  });

  it('escalates to the next contact: who was asked before, since when, and asks them to ensure an answer', () => {
    const message = render('ESCALATION', escalation);
    expect(message.subject).toBe(
      'Escalation (second follow-up): request for a full individual evaluation for Maya R. — answer was due Friday, November 14, 2025',
    );
    expect(message.text).toMatch(/^Dear Dr\. Nguyen:/);
    expect(message.text).toContain('This is my second follow-up in writing.');
    expect(message.text).toContain(
      'Since Monday, October 6, 2025, I have asked Ms. Lee and Mr. Park in writing for an answer, most recently in a written follow-up.',
    );
    expect(message.text).toContain(
      'As the next person responsible, please ensure that a written answer is sent to me by Wednesday, November 26, 2025.',
    );
    const commitment = render('ESCALATION', {
      ...escalation,
      commitment: aboutCommitment.commitment,
    });
    expect(commitment.text).toContain(
      'Since Friday, November 14, 2025, I have asked Ms. Lee and Mr. Park in writing whether it has been done.',
    );
  });

  it('tells the family in plain words what was followed up and what happens next', () => {
    const message = render('GUARDIAN_UPDATE', { ...facts, recipientNames: ['Ana Rivera'] });
    expect(message.subject).toBe(
      'Update on Maya R.: I followed up with the school about the request for a full individual evaluation',
    );
    expect(message.text).toMatch(/^Dear Ana Rivera,/);
    expect(message.text).toContain(
      'The school had until Friday, November 14, 2025 to answer (the rule is Cal. Educ. Code § 56321(a)). The school has not answered in writing.',
    );
    expect(message.text).toContain('What happens next:');
    for (const jargon of ['statutory', 'escalat', 'Assessment plan to the parent', 'on file']) {
      expect(message.text).not.toContain(jargon);
    }
    expect(render('GUARDIAN_UPDATE', aboutCommitment).text).toContain(
      'I also asked what will be done for Maya R. in the meantime.',
    );
  });

  it('signs every message with the advocate and the organization, and shows a missing name', () => {
    for (const kind of KINDS) {
      expect(render(kind, facts).text).toMatch(/\n\nJordan Ellis\nBay Area School Access Project$/);
    }
    const unsigned = render('SCHOOL_FOLLOW_UP', { ...facts, advocateName: null });
    expect(unsigned.text).toContain("[advocate's name]\nBay Area School Access Project");
    expect(unsigned.missingFields).toEqual(['advocate.name']);
  });

  it('keeps values as text in the HTML', () => {
    const message = render('SCHOOL_FOLLOW_UP', {
      ...facts,
      studentName: '<b>Maya</b>',
      organizationName: 'Parents & Kids',
    });
    expect(message.text).toContain('for <b>Maya</b> (');
    expect(message.html).toContain('for &lt;b&gt;Maya&lt;/b&gt; (');
    expect(message.html).toContain('Parents &amp; Kids');
    expect(message.html).not.toContain('<b>');
  });

  it('keeps the subject on one line', () => {
    const message = render('SCHOOL_FOLLOW_UP', {
      ...facts,
      request: { ...facts.request, typeLabel: 'an evaluation\nBcc: someone@example.com' },
    });
    expect(message.subject).toBe(
      'Follow-up: request for an evaluation Bcc: someone@example.com for Maya R. — answer was due Friday, November 14, 2025',
    );
  });

  it('reports unknown fields and refuses to render them', () => {
    expect(
      followUpTemplateProblems('Dear {{recipients}}: {{student.grade}} {{guardian.name}}'),
    ).toEqual([
      'uses unknown merge fields {{student.grade}}, {{guardian.name}} (followUpMergeFields lists the fields)',
    ]);
    expect(followUpTemplateProblems('{{#daysOverdue}}late')).toEqual([
      'has a section not opened and closed with the same field: {{#daysOverdue}}',
    ]);
    let error: unknown;
    try {
      renderFollowUp({ subject: 'x', body: '{{request.reason}}' }, facts);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(MergeTemplateError);
    expect(error).not.toBeInstanceOf(LetterTemplateError);
    expect((error as Error).message).toBe(
      'The follow-up template uses unknown merge field {{request.reason}} (followUpMergeFields lists the fields).',
    );
  });

  describe('to the family, in English and Spanish', () => {
    const family: FollowUpFacts = { ...facts, recipientNames: ['Ana Rivera'] };
    const familyCommitment: FollowUpFacts = { ...aboutCommitment, recipientNames: ['Ana Rivera'] };
    const familyDefault: FollowUpFacts = { ...organizationDefault, recipientNames: ['Ana Rivera'] };
    const signedEn = 'Jordan Ellis\nBay Area School Access Project';
    const nothingToDoEn =
      'You do not need to do anything now. If someone from the school calls you or talks to you about this, please tell me, and ask them to send it in writing.';
    const nothingToDoEs =
      'Por ahora no hay nada que hacer de su parte. Si alguien de la escuela se comunica con su familia sobre esto, por teléfono o en persona, me gustaría saberlo; lo mejor es pedirle a esa persona que lo envíe por escrito.';
    const quote = '"Collect attendance and behavior data for four weeks, then meet"';

    describe('overdue (GUARDIAN_OVERDUE)', () => {
      const overdue: FollowUpFacts = { ...family, followUpPlannedOn: '2025-11-21' };

      it('says what was asked, when it was due under which rule, and when I follow up', () => {
        const message = render('GUARDIAN_OVERDUE', overdue);
        expect(message.subject).toBe(
          'Update on Maya R.: the school has not answered the request for a full individual evaluation, due Friday, November 14, 2025',
        );
        expect(message.text).toBe(
          [
            'Dear Ana Rivera,',
            "On Monday, October 6, 2025, we asked Maya R.'s school in writing for a full individual evaluation. The school had until Friday, November 14, 2025 to answer (the rule is Cal. Educ. Code § 56321(a)). That date passed 5 days ago. The school has not answered in writing.",
            `What happens next: I will follow up with the school in writing on Friday, November 21, 2025 and ask for a written answer. If the school answers, I will tell you what it says and we will decide together on the next step. ${nothingToDoEn}`,
            'Best regards,',
            signedEn,
          ].join('\n\n'),
        );
        expect(message.missingFields).toEqual([]);
      });

      it('says the same in Spanish', () => {
        const message = render('GUARDIAN_OVERDUE', overdue, 'es');
        expect(message.subject).toBe(
          'Novedades sobre Maya R.: la escuela no ha respondido a la solicitud de una evaluación individual completa; el plazo venció el viernes, 14 de noviembre de 2025',
        );
        expect(message.text).toBe(
          [
            'Hola, Ana Rivera:',
            'El lunes, 6 de octubre de 2025, le pedimos por escrito a la escuela de Maya R. una evaluación individual completa. La escuela tenía hasta el viernes, 14 de noviembre de 2025 para responder (la norma es Cal. Educ. Code § 56321(a)). Esa fecha pasó hace 5 días. La escuela no ha respondido por escrito.',
            `Lo que sigue: el viernes, 21 de noviembre de 2025, le escribiré a la escuela para darle seguimiento y pedirle una respuesta por escrito. Si la escuela responde, compartiré con su familia lo que diga y decidiremos juntos el siguiente paso. ${nothingToDoEs}`,
            'Saludos cordiales,',
            signedEn,
          ].join('\n\n'),
        );
        expect(message.missingFields).toEqual([]);
      });

      it("gives the organization's default as the day we asked for, with no rule", () => {
        const en = render('GUARDIAN_OVERDUE', familyDefault);
        expect(en.text.split('\n\n')[1]).toBe(
          "On Monday, October 6, 2025, we asked Maya R.'s school in writing for a full individual evaluation. We asked the school to answer by Friday, November 14, 2025. That date passed 5 days ago. The school has not answered in writing.",
        );
        expect(en.text).toContain(
          'What happens next: the next step is a written follow-up to the school asking for a written answer.',
        );
        const es = render('GUARDIAN_OVERDUE', familyDefault, 'es');
        expect(es.text.split('\n\n')[1]).toBe(
          'El lunes, 6 de octubre de 2025, le pedimos por escrito a la escuela de Maya R. una evaluación individual completa. Le pedimos a la escuela que respondiera a más tardar el viernes, 14 de noviembre de 2025. Esa fecha pasó hace 5 días. La escuela no ha respondido por escrito.',
        );
        expect(es.text).toContain(
          'Lo que sigue: el siguiente paso es escribirle a la escuela para darle seguimiento y pedirle una respuesta por escrito.',
        );
        for (const message of [en, es]) {
          for (const words of ['rule', 'norma', 'statutory', 'ley', 'default', 'defecto']) {
            expect(message.text).not.toContain(words);
          }
        }
      });

      it('for a commitment: what the school promised, by when, and what to ask meanwhile', () => {
        const en = render('GUARDIAN_OVERDUE', familyCommitment);
        expect(en.subject).toBe(
          'Update on Maya R.: the school has not confirmed in writing that it did what it promised',
        );
        expect(en.text).toBe(
          [
            'Dear Ana Rivera,',
            `After we asked the school in writing for a full individual evaluation for Maya R., the school promised on Tuesday, October 21, 2025 to do this by Friday, November 14, 2025: ${quote}. That date passed 5 days ago. We have nothing in writing to show that it was done.`,
            `What happens next: the next step is a written follow-up to the school asking for a written answer saying whether it was done and, if not, what will be done for Maya R. in the meantime. If the school answers, I will tell you what it says and we will decide together on the next step. ${nothingToDoEn}`,
            'Best regards,',
            signedEn,
          ].join('\n\n'),
        );
        const es = render('GUARDIAN_OVERDUE', familyCommitment, 'es');
        expect(es.subject).toBe(
          'Novedades sobre Maya R.: la escuela no ha confirmado por escrito que hizo lo que prometió',
        );
        expect(es.text).toBe(
          [
            'Hola, Ana Rivera:',
            `Después de que le pedimos a la escuela por escrito una evaluación individual completa para Maya R., la escuela prometió, el martes, 21 de octubre de 2025, hacer lo siguiente a más tardar el viernes, 14 de noviembre de 2025: ${quote}. Esa fecha pasó hace 5 días. No tenemos nada por escrito que muestre que se hizo.`,
            `Lo que sigue: el siguiente paso es escribirle a la escuela para darle seguimiento y pedirle una respuesta por escrito que diga si se hizo y, si no, qué se hará para apoyar a Maya R. mientras tanto. Si la escuela responde, compartiré con su familia lo que diga y decidiremos juntos el siguiente paso. ${nothingToDoEs}`,
            'Saludos cordiales,',
            signedEn,
          ].join('\n\n'),
        );
        // The request's own deadline is not the point any more.
        for (const message of [en, es]) expect(message.text).not.toContain('56321');
      });
    });

    describe('answered (GUARDIAN_ANSWERED)', () => {
      const whatNextEn =
        'What happens next: I will go over the answer and be in touch with you about the next step. You do not need to do anything now. If you have questions before then, just reply to this email.';
      const whatNextEs =
        'Lo que sigue: voy a revisar la respuesta y me pondré en contacto con su familia para hablar del siguiente paso. Por ahora no hay nada que hacer de su parte. Para cualquier pregunta, basta con responder a este correo.';

      it('a yes on time: when it came, that it was on time, what it said', () => {
        const en = render('GUARDIAN_ANSWERED', answered(family));
        expect(en.subject).toBe(
          'Update on Maya R.: the school answered the request for a full individual evaluation',
        );
        expect(en.text).toBe(
          [
            'Dear Ana Rivera,',
            'The school has answered the request for a full individual evaluation for Maya R. that we sent on Monday, October 6, 2025. Its written answer arrived on Thursday, November 13, 2025, on time (the deadline was Friday, November 14, 2025).',
            'In short: the school agreed to what we asked for.',
            whatNextEn,
            'Best regards,',
            signedEn,
          ].join('\n\n'),
        );
        const es = render('GUARDIAN_ANSWERED', answered(family), 'es');
        expect(es.subject).toBe(
          'Novedades sobre Maya R.: la escuela respondió a la solicitud de una evaluación individual completa',
        );
        expect(es.text).toBe(
          [
            'Hola, Ana Rivera:',
            'La escuela respondió a la solicitud de una evaluación individual completa para Maya R. que enviamos el lunes, 6 de octubre de 2025. Su respuesta por escrito llegó el jueves, 13 de noviembre de 2025, a tiempo (la fecha límite era el viernes, 14 de noviembre de 2025).',
            'En pocas palabras: la escuela aceptó lo que pedimos.',
            whatNextEs,
            'Saludos cordiales,',
            signedEn,
          ].join('\n\n'),
        );
        for (const message of [en, es]) expect(message.missingFields).toEqual([]);
      });

      it('a no, late, with the summary on file', () => {
        const denied = answered(family, {
          receivedOn: '2025-11-17',
          outcome: 'DENIED',
          summary:
            'The team does not suspect a disability at this time and will look again in the spring.',
          daysLate: 3,
        });
        expect(render('GUARDIAN_ANSWERED', denied).text).toBe(
          [
            'Dear Ana Rivera,',
            'The school has answered the request for a full individual evaluation for Maya R. that we sent on Monday, October 6, 2025. Its written answer arrived on Monday, November 17, 2025, 3 days after the deadline (Friday, November 14, 2025).',
            'In short: the school said no.',
            'Summary of the answer: The team does not suspect a disability at this time and will look again in the spring.',
            whatNextEn,
            'Best regards,',
            signedEn,
          ].join('\n\n'),
        );
        expect(render('GUARDIAN_ANSWERED', denied, 'es').text).toBe(
          [
            'Hola, Ana Rivera:',
            'La escuela respondió a la solicitud de una evaluación individual completa para Maya R. que enviamos el lunes, 6 de octubre de 2025. Su respuesta por escrito llegó el lunes, 17 de noviembre de 2025, 3 días después de la fecha límite (el viernes, 14 de noviembre de 2025).',
            'En pocas palabras: la escuela dijo que no.',
            'Resumen de la respuesta: The team does not suspect a disability at this time and will look again in the spring.',
            whatNextEs,
            'Saludos cordiales,',
            signedEn,
          ].join('\n\n'),
        );
      });

      it('a commitment met: what was promised, and that the school says it is done', () => {
        const met = answered(familyCommitment, {
          ...granted,
          summary: 'Data collected for four weeks; meeting set for December 2.',
        });
        const en = render('GUARDIAN_ANSWERED', met);
        expect(en.subject).toBe('Update on Maya R.: the school says it did what it promised');
        expect(en.text).toBe(
          [
            'Dear Ana Rivera,',
            `After we asked the school in writing for a full individual evaluation for Maya R., the school promised on Tuesday, October 21, 2025 to do this by Friday, November 14, 2025: ${quote}. On Thursday, November 13, 2025, the school told us in writing that it has done this, within the time it promised.`,
            'Summary of the answer: Data collected for four weeks; meeting set for December 2.',
            whatNextEn,
            'Best regards,',
            signedEn,
          ].join('\n\n'),
        );
        const es = render('GUARDIAN_ANSWERED', met, 'es');
        expect(es.subject).toBe(
          'Novedades sobre Maya R.: la escuela dice que hizo lo que prometió',
        );
        expect(es.text).toBe(
          [
            'Hola, Ana Rivera:',
            `Después de que le pedimos a la escuela por escrito una evaluación individual completa para Maya R., la escuela prometió, el martes, 21 de octubre de 2025, hacer lo siguiente a más tardar el viernes, 14 de noviembre de 2025: ${quote}. El jueves, 13 de noviembre de 2025, la escuela nos confirmó por escrito que ya lo hizo, dentro del plazo que prometió.`,
            'Resumen de la respuesta: Data collected for four weeks; meeting set for December 2.',
            whatNextEs,
            'Saludos cordiales,',
            signedEn,
          ].join('\n\n'),
        );
        // Whether the request itself was granted is not the point: the commitment was met.
        for (const message of [en, es]) {
          expect(message.text).not.toMatch(/In short|En pocas palabras/);
        }
        const late = answered(familyCommitment, {
          ...granted,
          receivedOn: '2025-11-17',
          daysLate: 3,
        });
        expect(render('GUARDIAN_ANSWERED', late).text).toContain(
          'On Monday, November 17, 2025, the school told us in writing that it has done this. Its answer came 3 days after the deadline.',
        );
        expect(render('GUARDIAN_ANSWERED', late, 'es').text).toContain(
          'El lunes, 17 de noviembre de 2025, la escuela nos confirmó por escrito que ya lo hizo. Su respuesta llegó 3 días después de la fecha límite.',
        );
      });

      it('shows the answer as missing rather than inventing one', () => {
        const message = render('GUARDIAN_ANSWERED', family);
        expect(message.missingFields.sort()).toEqual(['response.outcome', 'response.receivedOn']);
        expect(message.text).toContain('[what the school answered]');
      });
    });

    describe('update (GUARDIAN_UPDATE) in Spanish', () => {
      it('says a follow-up went to the school, what was asked, and what happens next', () => {
        const message = render('GUARDIAN_UPDATE', family, 'es');
        expect(message.subject).toBe(
          'Novedades sobre Maya R.: escribí de nuevo a la escuela sobre la solicitud de una evaluación individual completa',
        );
        expect(message.text).toBe(
          [
            'Hola, Ana Rivera:',
            'Hoy le envié a la escuela mi primer mensaje de seguimiento por escrito sobre Maya R. y la solicitud de una evaluación individual completa. Hicimos esa solicitud por escrito el lunes, 6 de octubre de 2025. La escuela tenía hasta el viernes, 14 de noviembre de 2025 para responder (la norma es Cal. Educ. Code § 56321(a)). La escuela no ha respondido por escrito.',
            'Le pedí a la escuela que respondiera por escrito a más tardar el miércoles, 26 de noviembre de 2025.',
            `Lo que sigue: si la escuela responde, compartiré con su familia lo que diga y decidiremos juntos el siguiente paso. Si no responde, volveré a escribirle y, si hace falta, escribiré a alguien con más autoridad en la escuela o en el distrito. ${nothingToDoEs}`,
            'Saludos cordiales,',
            signedEn,
          ].join('\n\n'),
        );
      });

      it('for a commitment and an escalation: the promise, the number, the meantime', () => {
        const message = render(
          'GUARDIAN_UPDATE',
          { ...familyCommitment, sequence: 3, recipientNames: ['Ana Rivera', 'Isabel Rivera'] },
          'es',
        );
        expect(message.subject).toBe(
          'Novedades sobre Maya R.: escribí de nuevo a la escuela sobre lo que prometió hacer',
        );
        expect(message.text).toMatch(/^Hola, Ana Rivera e Isabel Rivera:\n\n/);
        expect(message.text).toContain(
          `Hoy le envié a la escuela mi tercer mensaje de seguimiento por escrito sobre Maya R. y lo que la escuela prometió hacer. Después de que pedimos por escrito una evaluación individual completa, la escuela prometió hacer lo siguiente a más tardar el viernes, 14 de noviembre de 2025: ${quote}. No tenemos nada por escrito que muestre que se hizo.`,
        );
        expect(message.text).toContain(
          'También pregunté qué se hará para apoyar a Maya R. mientras tanto.',
        );
        expect(render('GUARDIAN_UPDATE', familyDefault, 'es').text).toContain(
          'Le pedimos a la escuela que respondiera a más tardar el viernes, 14 de noviembre de 2025. La escuela no ha respondido por escrito.',
        );
      });
    });

    it.each(GUARDIAN_KINDS)('%s has no jargon, in either language', (kind) => {
      for (const language of MESSAGE_LANGUAGES) {
        for (const with_ of [answered(family), answered(familyCommitment)]) {
          const { subject, text } = render(kind, with_, language);
          for (const jargon of [
            'statutory',
            'escalat',
            'Assessment plan to the parent',
            'on file',
            'estatut',
            'escalar',
            'FAPE',
          ]) {
            expect(`${subject}\n${text}`).not.toContain(jargon);
          }
        }
      }
    });

    it('says what was asked in Spanish from the type, and keeps words of no type as written', () => {
      const records = {
        ...family,
        request: { ...family.request, typeLabel: 'copies of education records', type: null },
      };
      expect(followUpValues(records, 'es')['request.type']).toBe('copias del expediente escolar');
      const typed = {
        ...family,
        request: { ...family.request, typeLabel: 'an FBA', type: WrittenRequestType.FBA },
      };
      expect(followUpValues(typed, 'es')['request.type']).toBe(
        'una evaluación funcional de la conducta',
      );
      expect(followUpValues(typed, 'en')['request.type']).toBe('an FBA');
      const other = {
        ...family,
        request: {
          ...family.request,
          typeLabel: 'Bus pass for Maya R.',
          type: WrittenRequestType.OTHER,
        },
      };
      expect(followUpValues(other, 'es')['request.type']).toBe('Bus pass for Maya R.');
    });

    describe('for guardians who prefer different languages', () => {
      const both: FollowUpFacts = { ...family, recipientNames: ['Ana Rivera', 'Ben Rivera'] };
      const parts = (kind: FollowUpTemplateKind, languages: MessageLanguage[]) =>
        languages.map((language) => defaultFollowUpTemplate(kind, language));

      it('puts each language in one message, in the order given, with a line between', () => {
        const es = render('GUARDIAN_UPDATE', both, 'es');
        const en = render('GUARDIAN_UPDATE', both, 'en');
        const message = renderForLanguages(parts('GUARDIAN_UPDATE', ['es', 'en']), both);
        expect(message.subject).toBe(`${es.subject} / ${en.subject}`);
        expect(message.text).toBe(
          `— English below —\n\n${es.text}\n\n————————————————————\n\n${en.text}`,
        );
        expect(message.text).toMatch(/^— English below —\n\nHola, Ana Rivera y Ben Rivera:\n\n/);
        expect(message.text).toContain('\n\nDear Ana Rivera and Ben Rivera,\n\n');
        expect(message.missingFields).toEqual([]);
        expect(message.html).toContain('<p>— English below —</p>');

        const englishFirst = renderForLanguages(parts('GUARDIAN_UPDATE', ['en', 'es']), both);
        expect(englishFirst.text).toMatch(/^— Español abajo —\n\nDear Ana Rivera and Ben Rivera,/);
        expect(englishFirst.subject).toBe(`${en.subject} / ${es.subject}`);
      });

      it('with one language (or the same twice) is just that message', () => {
        const one = renderForLanguages(parts('GUARDIAN_OVERDUE', ['es']), both);
        expect(one).toEqual(render('GUARDIAN_OVERDUE', both, 'es'));
        expect(renderForLanguages(parts('GUARDIAN_OVERDUE', ['en', 'en']), both)).toEqual(
          render('GUARDIAN_OVERDUE', both),
        );
        expect(() => renderForLanguages([], both)).toThrow('at least one language');
      });

      it('names every missing field once, and escapes the HTML', () => {
        const message = renderForLanguages(parts('GUARDIAN_ANSWERED', ['es', 'en']), {
          ...both,
          advocateName: null,
          studentName: '<b>Maya</b>',
        });
        expect(message.missingFields.sort()).toEqual([
          'advocate.name',
          'response.outcome',
          'response.receivedOn',
        ]);
        expect(message.html).toContain('&lt;b&gt;Maya&lt;/b&gt;');
        expect(message.html).not.toContain('<b>');
      });
    });
  });

  describe('values', () => {
    it('writes dates long, names joined, the follow-up as a word, days in words', () => {
      const values = followUpValues({ ...escalation, commitment: aboutCommitment.commitment });
      expect(values['request.sentOn']).toBe('Monday, October 6, 2025');
      expect(values['commitment.promisedOn']).toBe('Tuesday, October 21, 2025');
      expect(values.today).toBe('Wednesday, November 19, 2025');
      expect(values.earlierRecipients).toBe('Ms. Lee and Mr. Park');
      expect(values['followUp.number']).toBe('second');
      expect(values.daysOverdue).toBe('5 days');
      expect(values['request.channel']).toBe('by email');
      expect(values['deadline.organizationDefault']).toBeNull();
      expect(followUpValues({ ...facts, daysOverdue: 1 }).daysOverdue).toBe('1 day');
      expect(followUpValues({ ...facts, daysOverdue: 0 }).daysOverdue).toBeNull();
      expect(followUpValues(noDeadline)['deadline.dueOn']).toBeNull();
      const byHand = { ...facts, request: { ...facts.request, channel: 'HAND_DELIVERED' } };
      expect(followUpValues(byHand)['request.channel']).toBe('by hand');
    });

    it('writes them in Spanish for a Spanish message', () => {
      const values = followUpValues(
        {
          ...escalation,
          commitment: aboutCommitment.commitment,
          deadline: organizationDefault.deadline,
          followUpPlannedOn: '2025-11-21',
          response: { receivedOn: '2025-11-17', outcome: 'DENIED', summary: null, daysLate: 1 },
        },
        'es',
      );
      expect(values['request.sentOn']).toBe('lunes, 6 de octubre de 2025');
      expect(values['commitment.promisedOn']).toBe('martes, 21 de octubre de 2025');
      expect(values.today).toBe('miércoles, 19 de noviembre de 2025');
      expect(values.respondBy).toBe('miércoles, 26 de noviembre de 2025');
      expect(values['followUp.plannedOn']).toBe('viernes, 21 de noviembre de 2025');
      expect(values['response.receivedOn']).toBe('lunes, 17 de noviembre de 2025');
      expect(values.earlierRecipients).toBe('Ms. Lee y Mr. Park');
      expect(values['followUp.number']).toBe('segundo');
      expect(values.daysOverdue).toBe('5 días');
      expect(values['request.channel']).toBe('por correo electrónico');
      expect(values['request.type']).toBe('una evaluación individual completa');
      expect(values['deadline.period']).toBe('10 días escolares');
      expect(values['deadline.organizationDefault']).toBe(
        'el plazo de respuesta que nuestra organización usa por defecto, no un plazo fijado por la ley',
      );
      expect(values['response.outcome']).toBe('la escuela dijo que no');
      expect(values['response.late']).toBe('1 día después de la fecha límite');
      expect(values['response.summary']).toBeNull();
    });

    it('gives the answer and the next follow-up in English, and nothing when not known', () => {
      const values = followUpValues({
        ...facts,
        followUpPlannedOn: '2025-11-21',
        response: {
          receivedOn: '2025-11-17',
          outcome: 'MEETING_SCHEDULED',
          summary: 'Meeting on December 2',
          daysLate: 3,
        },
      });
      expect(values['followUp.plannedOn']).toBe('Friday, November 21, 2025');
      expect(values['response.receivedOn']).toBe('Monday, November 17, 2025');
      expect(values['response.outcome']).toBe('the school set up a meeting to talk about it');
      expect(values['response.summary']).toBe('Meeting on December 2');
      expect(values['response.late']).toBe('3 days after the deadline');
      const onTime = followUpValues({ ...facts, response: granted });
      expect(onTime['response.late']).toBeNull();
      const none = followUpValues(facts);
      for (const field of [
        'followUp.plannedOn',
        'response.receivedOn',
        'response.outcome',
        'response.summary',
        'response.late',
      ] as const) {
        expect(none[field]).toBeNull();
      }
    });

    it('counts follow-ups in words, then in figures', () => {
      expect([1, 3, 8, 9, 11, 12, 13, 21, 22, 23, 112].map(ordinal)).toEqual([
        'first',
        'third',
        'eighth',
        '9th',
        '11th',
        '12th',
        '13th',
        '21st',
        '22nd',
        '23rd',
        '112th',
      ]);
    });
  });

  describe('the generalized merge engine', () => {
    it('serves other fields, with their own placeholders and name', () => {
      const engine = createMergeEngine(
        [{ name: 'meeting.day', description: 'The day.', placeholder: '[meeting day]' }],
        'meeting template',
      );
      const missing = new Set<string>();
      expect(
        engine.render('On {{meeting.day}}{{#meeting.day}}!{{/meeting.day}}', {}, missing),
      ).toBe('On [meeting day]');
      expect([...missing]).toEqual(['meeting.day']);
      expect(() => engine.render('{{student.name}}', {})).toThrow(
        'The meeting template uses unknown merge field {{student.name}} (mergeFields lists the fields).',
      );
    });

    it('leaves letters as they were: their fields only, their error', () => {
      const rendering = () => renderTemplate('{{followUp.number}}', {});
      expect(rendering).toThrow(LetterTemplateError);
      expect(rendering).toThrow(
        'The letter template uses unknown merge field {{followUp.number}} (mergeFields lists the fields).',
      );
    });
  });
});

describe('the daily digest', () => {
  const item = (studentName: string, dueOn: string, daysOverdue: number): DigestItem => ({
    caseTitle: `${studentName} — school refusal`,
    studentName,
    what: 'Request for an evaluation',
    dueOn,
    daysOverdue,
  });
  const today = '2025-11-19';
  const digest: DigestFacts = {
    advocateName: 'Jordan Ellis',
    organizationName: 'Bay Area School Access Project',
    today,
    // Given out of order: 11-14 is 5 days before today, 11-03 is 16.
    overdue: [item('Maya R.', '2025-11-14', 5), item('Leo K.', '2025-11-03', 16)],
    dueSoon: [
      item('Ada O.', '2025-11-21', 0),
      item('Ben B.', today, 0),
      item('Cy D.', '2025-11-20', 0),
    ],
    draftsToApprove: [
      { ...item('Maya R.', '2025-11-14', 5), what: 'Commitment: collect data for four weeks' },
    ],
    failed: [{ ...item('Eve F.', '2025-11-10', 9), error: '550 5.1.1 mailbox unavailable' }],
  };

  it('lists overdue first (most overdue first), then due soon (soonest first), drafts, failures', () => {
    const { subject, text } = renderDigest(digest);
    expect(subject).toBe(
      'OnRecord for Wednesday, November 19, 2025: 2 overdue, 3 due soon, 1 draft to approve, 1 not sent',
    );
    expect(text).toBe(
      [
        'Hello Jordan Ellis,',
        'Here is what needs your attention today in Bay Area School Access Project.',
        [
          'Overdue (2), most overdue first:',
          '- Leo K. — Request for an evaluation (Leo K. — school refusal): due Monday, November 3, 2025 — 16 days overdue',
          '- Maya R. — Request for an evaluation (Maya R. — school refusal): due Friday, November 14, 2025 — 5 days overdue',
        ].join('\n'),
        [
          'Due soon (3):',
          '- Ben B. — Request for an evaluation (Ben B. — school refusal): due today',
          '- Cy D. — Request for an evaluation (Cy D. — school refusal): due tomorrow, Thursday, November 20, 2025',
          '- Ada O. — Request for an evaluation (Ada O. — school refusal): due Friday, November 21, 2025',
        ].join('\n'),
        [
          'Follow-up drafts waiting for your approval (1):',
          '- Maya R. — Commitment: collect data for four weeks (Maya R. — school refusal): due Friday, November 14, 2025 — 5 days overdue',
        ].join('\n'),
        [
          "Follow-ups that could not be sent (1) — check the recipients' email addresses:",
          '- Eve F. — Request for an evaluation (Eve F. — school refusal): 550 5.1.1 mailbox unavailable',
        ].join('\n'),
        'Open OnRecord to record answers, approve drafts and see each case.',
      ].join('\n\n'),
    );
  });

  it('does not reorder what it was given', () => {
    const before = digest.overdue.map((i) => i.studentName);
    renderDigest(digest);
    expect(digest.overdue.map((i) => i.studentName)).toEqual(before);
  });

  it('leaves out the sections with nothing in them', () => {
    const { subject, text } = renderDigest({
      ...digest,
      overdue: [],
      draftsToApprove: [],
      failed: [],
    });
    expect(subject).toBe('OnRecord for Wednesday, November 19, 2025: 3 due soon');
    expect(text).toContain('Due soon (3):');
    for (const gone of ['Overdue', 'drafts waiting', 'could not be sent']) {
      expect(text).not.toContain(gone);
    }
    const empty = renderDigest({
      ...digest,
      overdue: [],
      dueSoon: [],
      draftsToApprove: [],
      failed: [],
    });
    expect(empty.subject).toBe('OnRecord for Wednesday, November 19, 2025: nothing due');
    expect(empty.text).toContain('Nothing is overdue, due soon or waiting for your approval');
  });

  describe('messages from families', () => {
    const message = (guardianName: string, body: string) => ({
      guardianName,
      caseTitle: 'Mateo — school refusal',
      body,
    });

    it('lists them after what is due, one line each, and counts them in the subject', () => {
      const { subject, text } = renderDigest({
        ...digest,
        familyMessages: [
          message('Maria R.', 'He would not get out of the car.\n\nCan we talk tomorrow?'),
          message('Luis R.', 'The school called again.'),
        ],
      });
      expect(subject).toBe(
        'OnRecord for Wednesday, November 19, 2025: 2 overdue, 3 due soon, 2 messages from families, 1 draft to approve, 1 not sent',
      );
      expect(text).toContain(
        [
          '- Ada O. — Request for an evaluation (Ada O. — school refusal): due Friday, November 21, 2025',
          '',
          'Messages from families since your last digest (2):',
          '- Maria R. wrote on Mateo — school refusal: He would not get out of the car. Can we talk tomorrow?',
          '- Luis R. wrote on Mateo — school refusal: The school called again.',
          '',
          'Follow-up drafts waiting for your approval (1):',
        ].join('\n'),
      );
    });

    it('quotes the first 200 characters of a long one', () => {
      const long = `${'a'.repeat(195)} bcdefghij ${'z'.repeat(100)}`;
      const { text } = renderDigest({ ...digest, familyMessages: [message('Maria R.', long)] });
      expect(text).toContain(
        `- Maria R. wrote on Mateo — school refusal: ${'a'.repeat(195)} bcde…\n`,
      );
      expect(text).not.toContain('fghij');
    });

    it('is a digest of its own when families wrote and nothing else is due', () => {
      const { subject, text } = renderDigest({
        ...digest,
        overdue: [],
        dueSoon: [],
        draftsToApprove: [],
        failed: [],
        familyMessages: [message('Maria R.', '<b>Hola</b>, ¿podemos hablar?')],
      });
      expect(subject).toBe('OnRecord for Wednesday, November 19, 2025: 1 message from a family');
      expect(text).toContain('Here is what needs your attention today');
      expect(text).toContain(
        '- Maria R. wrote on Mateo — school refusal: <b>Hola</b>, ¿podemos hablar?',
      );
    });
  });

  it('escapes the HTML', () => {
    const html = renderDigest({ ...digest, overdue: [item('<i>Leo</i>', '2025-11-03', 16)] }).html;
    expect(html).toContain('&lt;i&gt;Leo&lt;/i&gt;');
    expect(html).not.toContain('<i>');
  });
});

describe('the failure notice', () => {
  const failure = {
    advocateName: 'Jordan Ellis',
    what: 'Follow-up to the school: request for an evaluation',
    caseTitle: 'Maya R. — school refusal',
    recipients: ['Ms. Lee', 'Mr. Park'],
    error: '550 5.1.1 <lee@example.org>: mailbox unavailable',
  };

  it('says what was not sent, to whom, why, and what to do', () => {
    const { subject, text, html } = renderFailureNotice(failure);
    expect(subject).toBe(
      'Follow-up not sent: Follow-up to the school: request for an evaluation (Maya R. — school refusal)',
    );
    expect(text).toContain(
      [
        'What: Follow-up to the school: request for an evaluation',
        'Case: Maya R. — school refusal',
        'To: Ms. Lee and Mr. Park',
        'Error: 550 5.1.1 <lee@example.org>: mailbox unavailable',
      ].join('\n'),
    );
    expect(text).toContain("check the recipients' email addresses");
    expect(text).toContain('listed as FAILED in OnRecord');
    expect(html).toContain('&lt;lee@example.org&gt;');
  });

  it('greets without a name and says when there was nobody to send to', () => {
    const { text } = renderFailureNotice({ ...failure, advocateName: null, recipients: [] });
    expect(text).toMatch(/^Hello,\n\n/);
    expect(text).toContain('To: (no recipients)');
  });
});
