import { followUpValues } from './merge-values';
import { ordinal } from './message-language';
import {
  facts,
  aboutCommitment,
  escalation,
  organizationDefault,
  noDeadline,
  granted,
} from './message-fixtures.testing';

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
