import { beforeAll, describe, expect, it } from '@jest/globals';
import i18next, { type TFunction } from 'i18next';
import en from '../locales/en.json';
import es from '../locales/es.json';
import { patternCaptions } from './pattern-captions';
import type { DayCounts, PatternSummary, Weekday } from './pattern-operations';
import { mondays, mondayOf, patternRange } from './pattern-range';

const counts = (enteredDays: number, missedDays: number, partialDays = 0): DayCounts => ({
  enteredDays,
  missedDays,
  partialDays,
  rate: null,
});
const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];

/**
 * Eight weeks to Wed 2 Dec 2026 (from Mon 12 Oct): 9 Mondays logged, 6 missed; the last two
 * weeks 1 of 7 days missed, the six before 8 of 27.
 */
const SUMMARY: PatternSummary = {
  from: '2026-10-12',
  to: '2026-12-02',
  overall: counts(34, 9, 3),
  weeks: [
    { weekStart: '2026-10-12', ...counts(5, 2) },
    { weekStart: '2026-10-19', ...counts(5, 2, 1) },
    { weekStart: '2026-10-26', ...counts(4, 1) },
    { weekStart: '2026-11-02', ...counts(5, 1, 1) },
    { weekStart: '2026-11-09', ...counts(4, 1) },
    { weekStart: '2026-11-16', ...counts(4, 1) },
    { weekStart: '2026-11-23', ...counts(4, 1, 1) },
    { weekStart: '2026-11-30', ...counts(3, 0) },
  ],
  weekdays: [
    { weekday: 'MONDAY', ...counts(9, 6) },
    { weekday: 'TUESDAY', ...counts(7, 1, 2) },
    { weekday: 'WEDNESDAY', ...counts(7, 1) },
    { weekday: 'THURSDAY', ...counts(6, 1, 1) },
    { weekday: 'FRIDAY', ...counts(5, 0) },
  ],
  topTriggers: [
    { label: 'Morning transition', days: 5 },
    { label: 'Loud noise', days: 2 },
  ],
};

const languages: Record<'en' | 'es', TFunction> = {} as Record<'en' | 'es', TFunction>;
beforeAll(async () => {
  for (const lng of ['en', 'es'] as const) {
    const instance = i18next.createInstance();
    await instance.init({
      lng,
      resources: { en: { translation: en }, es: { translation: es } },
      interpolation: { escapeValue: false },
    });
    languages[lng] = instance.getFixedT(lng);
  }
});

/** The captions in a language, built-in triggers in the portal's words. */
function captions(summary: PatternSummary, lng: 'en' | 'es') {
  const t = languages[lng];
  return patternCaptions(summary, t, (label) => t(`trigger.${label}`, label), lng);
}

const withWeekdays = (rows: Array<[number, number, number?]>): PatternSummary['weekdays'] =>
  rows.map(([entered, missed, partly], i) => ({
    weekday: WEEKDAYS[i]!,
    ...counts(entered, missed, partly ?? 0),
  }));

describe('the captions of the pattern page', () => {
  it('names the hardest weekday, the trend and the top trigger, in English and Spanish', () => {
    expect(captions(SUMMARY, 'en')).toEqual({
      none: null,
      overall: 'In the last 8 weeks: 34 school days logged; 9 missed, 3 only part of the day.',
      weekday: 'Mondays are the hardest: 6 of 9 missed.',
      trend: 'Better lately: 1 of 7 days missed in the last 2 weeks, against 8 of 27 before.',
      trigger: 'What came up most: Getting ready in the morning, on 5 days.',
    });
    expect(captions(SUMMARY, 'es')).toEqual({
      none: null,
      overall:
        'En las últimas 8 semanas: 34 días de escuela anotados; faltó 9 y fue solo parte del día en 3.',
      weekday: 'Los lunes son los más difíciles: faltó 6 de 9.',
      trend:
        'Mejor últimamente: faltó 1 de 7 días en las últimas 2 semanas, frente a 8 de 27 antes.',
      trigger: 'Lo que más se repitió: Prepararse en la mañana, en 5 días.',
    });
  });

  it('says so when nothing was logged', () => {
    const empty: PatternSummary = {
      ...SUMMARY,
      overall: counts(0, 0),
      weeks: [],
      weekdays: withWeekdays([
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
      ]),
      topTriggers: [],
    };
    const en = captions(empty, 'en');
    expect(en.none).toBe('No days logged yet in these weeks.');
    expect(captions(empty, 'es').none).toBe('Todavía no hay días anotados en estas semanas.');
    expect(en.weekday).toBe('No school day missed in these weeks.');
    expect(en.trend).toBe('Nothing logged in the last 2 weeks.');
    expect(en.trigger).toBe('Nothing was noted about what made it hard in these weeks.');
  });

  it('goes by the share of days missed, then of days in part; a tie names no weekday', () => {
    // Friday 2 of 2 beats Monday 6 of 9.
    const friday = {
      ...SUMMARY,
      weekdays: withWeekdays([
        [9, 6],
        [7, 1],
        [7, 1],
        [6, 1],
        [2, 2],
      ]),
    };
    expect(captions(friday, 'en').weekday).toBe('Fridays are the hardest: 2 of 2 missed.');
    const partly = {
      ...SUMMARY,
      weekdays: withWeekdays([
        [4, 0],
        [4, 0, 3],
        [4, 0, 1],
        [0, 0],
        [0, 0],
      ]),
    };
    expect(captions(partly, 'en').weekday).toBe(
      'Tuesdays are the hardest: only part of the day on 3 of 4.',
    );
    expect(captions(partly, 'es').weekday).toBe(
      'Los martes son los más difíciles: fue solo parte del día en 3 de 4.',
    );
    const even = {
      ...SUMMARY,
      weekdays: withWeekdays([
        [4, 2],
        [4, 2],
        [2, 1],
        [0, 0],
        [0, 0],
      ]),
    };
    expect(captions(even, 'en').weekday).toBe(
      'No day of the week is harder than the others: 9 of 34 days missed.',
    );
    const allThere = {
      ...SUMMARY,
      weekdays: withWeekdays([
        [4, 0],
        [4, 0],
        [0, 0],
        [0, 0],
        [0, 0],
      ]),
    };
    expect(captions(allThere, 'es').weekday).toBe(
      'No faltó ningún día de escuela en estas semanas.',
    );
  });

  it('says harder, about the same, or only the recent weeks', () => {
    const weeks = (recent: DayCounts, before: DayCounts) => ({
      ...SUMMARY,
      weeks: [
        { weekStart: '2026-10-12', ...before },
        { weekStart: '2026-11-23', ...recent },
      ],
    });
    expect(captions(weeks(counts(8, 5), counts(5, 1)), 'en').trend).toBe(
      'Harder lately: 5 of 8 days missed in the last 2 weeks, against 1 of 5 before.',
    );
    expect(captions(weeks(counts(8, 5), counts(5, 1)), 'es').trend).toBe(
      'Más difícil últimamente: faltó 5 de 8 días en las últimas 2 semanas, frente a 1 de 5 antes.',
    );
    // 2/8 = 25% against 1/5 = 20%: under 10 points apart.
    expect(captions(weeks(counts(8, 2), counts(5, 1)), 'en').trend).toBe(
      'About the same lately: 2 of 8 days missed in the last 2 weeks, and 1 of 5 before.',
    );
    expect(captions(weeks(counts(1, 1), counts(0, 0)), 'en').trend).toBe(
      'In the last 2 weeks: 1 of 1 day missed.',
    );
    const old = { ...SUMMARY, weeks: [{ weekStart: '2026-10-12', ...counts(5, 1) }] };
    expect(captions(old, 'es').trend).toBe('No hay días anotados en las últimas 2 semanas.');
  });

  it('names triggers tied for the most days together, and an organization’s own as written', () => {
    const tied = {
      ...SUMMARY,
      topTriggers: [
        { label: 'Loud noise', days: 3 },
        { label: 'Morning transition', days: 3 },
        { label: 'Fire drills', days: 1 },
      ],
    };
    expect(captions(tied, 'en').trigger).toBe(
      'What came up most: A loud noise and Getting ready in the morning, on 3 days each.',
    );
    expect(captions(tied, 'es').trigger).toBe(
      'Lo que más se repitió: Un ruido fuerte y Prepararse en la mañana, en 3 días cada uno.',
    );
    const own = { ...SUMMARY, topTriggers: [{ label: 'Fire drills', days: 1 }] };
    expect(captions(own, 'en').trigger).toBe('What came up most: Fire drills, on 1 day.');
  });
});

describe('the weeks of the pattern page', () => {
  it('are the last n calendar weeks to today, every Monday listed', () => {
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // a Sunday: the week before
    expect(patternRange('2026-12-02', 8)).toEqual({ from: '2026-10-12', to: '2026-12-02' });
    expect(mondays('2026-10-12', '2026-12-02')).toHaveLength(8);
    expect(mondays('2026-12-28', '2027-01-04')).toEqual(['2026-12-28', '2027-01-04']);
  });
});
