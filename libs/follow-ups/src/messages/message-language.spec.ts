import { REQUEST_TYPE_LABELS, ResponseOutcome, WrittenRequestType } from '@onrecord/requests';
import {
  channelWords,
  daysWords,
  MESSAGE_LANGUAGES,
  ordinalWord,
  outcomeWords,
  periodWords,
  requestTypeLabel,
  requestTypeOfLabel,
} from './message-language';
import { ES, WORDS } from '@onrecord/words';

describe('words in each language', () => {
  it('says what was asked for every request type, in both languages', () => {
    for (const type of Object.values(WrittenRequestType)) {
      expect(requestTypeLabel(type, 'en')).toBe(REQUEST_TYPE_LABELS[type]);
      expect(ES.requestTypes[type]).toMatch(/\S/);
    }
    expect(requestTypeLabel(WrittenRequestType.EVALUATION, 'es')).toBe(
      'una evaluación individual completa',
    );
    expect(requestTypeLabel(WrittenRequestType.FBA, 'es')).toBe(
      'una evaluación funcional de la conducta',
    );
    expect(requestTypeLabel(WrittenRequestType.RECORDS, 'es')).toBe(
      'copias del expediente escolar',
    );
  });

  it('finds the type of an English label, and no type for other words', () => {
    expect(requestTypeOfLabel('a full individual evaluation')).toBe('EVALUATION');
    expect(requestTypeOfLabel('Prior Written Notice')).toBe('PRIOR_WRITTEN_NOTICE');
    expect(requestTypeOfLabel('Request for a bus pass')).toBeNull();
  });

  it('says every outcome in plain words, in both languages', () => {
    for (const language of MESSAGE_LANGUAGES) {
      for (const outcome of Object.values(ResponseOutcome)) {
        expect(WORDS[language].outcomes[outcome]).toMatch(/^(the school|la escuela) /);
      }
    }
    expect(outcomeWords('DENIED', 'en')).toBe('the school said no');
    expect(outcomeWords('DENIED', 'es')).toBe('la escuela dijo que no');
    expect(outcomeWords('GRANTED', 'es')).toBe('la escuela aceptó lo que pedimos');
    expect(outcomeWords('DEFERRED_NEEDS_DATA', 'es')).toBe(
      'la escuela todavía no ha decidido; dice que primero necesita más información',
    );
    // An outcome added later reads as OTHER until it has words.
    expect(outcomeWords('WITHDRAWN_BY_SCHOOL', 'en')).toBe(
      'the school answered, but not with a clear yes or no',
    );
    expect(outcomeWords('WITHDRAWN_BY_SCHOOL', 'es')).toBe(
      'la escuela respondió, pero sin un sí o un no claro',
    );
  });

  it('counts in words before a masculine noun in Spanish, then in figures', () => {
    expect([1, 2, 3, 4, 7, 10, 11, 21].map((n) => ordinalWord(n, 'es'))).toEqual([
      'primer',
      'segundo',
      'tercer',
      'cuarto',
      'séptimo',
      'décimo',
      '11.º',
      '21.º',
    ]);
    expect([1, 2, 3, 9, 12, 22].map((n) => ordinalWord(n, 'en'))).toEqual([
      'first',
      'second',
      'third',
      '9th',
      '12th',
      '22nd',
    ]);
  });

  it('says how a request was sent', () => {
    expect(channelWords('EMAIL', 'es')).toBe('por correo electrónico');
    expect(channelWords('LETTER', 'es')).toBe('por correo postal');
    expect(channelWords('HAND_DELIVERED', 'es')).toBe('en mano');
    expect(channelWords('HAND_DELIVERED', 'en')).toBe('by hand');
    expect(channelWords('CERTIFIED_MAIL', 'en')).toBe('by certified mail');
    expect(channelWords('FAX', 'es')).toBe('por fax');
  });

  it('counts days', () => {
    expect(daysWords(1, 'es')).toBe('1 día');
    expect(daysWords(5, 'es')).toBe('5 días');
    expect(daysWords(1, 'en')).toBe('1 day');
    expect(daysWords(5, 'en')).toBe('5 days');
  });

  it("puts a deadline's period in Spanish, leaving other words as written", () => {
    expect(periodWords('15 school days', 'es')).toBe('15 días escolares');
    expect(periodWords('10 business days', 'es')).toBe('10 días hábiles');
    expect(periodWords('30 calendar days', 'es')).toBe('30 días calendario');
    expect(periodWords('1 school working days', 'es')).toBe('1 día hábil escolar');
    expect(periodWords('15 days', 'es')).toBe('15 días');
    expect(periodWords('72 hours', 'es')).toBe('72 horas');
    expect(periodWords('two weeks', 'es')).toBe('two weeks');
    expect(periodWords('15 school days', 'en')).toBe('15 school days');
  });
});
