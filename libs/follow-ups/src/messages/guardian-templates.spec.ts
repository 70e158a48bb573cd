import { WrittenRequestType } from '@onrecord/requests';
import { defaultFollowUpTemplate } from './default-templates';
import { followUpValues } from './merge-values';
import type { FollowUpFacts, FollowUpTemplateKind } from './message-facts';
import { MESSAGE_LANGUAGES, type MessageLanguage } from './message-language';
import { renderForLanguages } from './render';
import {
  facts,
  aboutCommitment,
  organizationDefault,
  GUARDIAN_KINDS,
  render,
  granted,
  answered,
} from './message-fixtures.testing';

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
      expect(es.subject).toBe('Novedades sobre Maya R.: la escuela dice que hizo lo que prometió');
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
      expect(message.html).toContain('>— English below —</p>');

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
