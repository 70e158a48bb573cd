import { beforeAll, describe, expect, it } from '@jest/globals';
import i18next, { type TFunction } from 'i18next';
import en from '../../locales/outcomes.en.json';
import es from '../../locales/outcomes.es.json';
import { freshnessNotice, isBehind, type Freshness } from './freshness';

const languages = {} as Record<'en' | 'es', TFunction>;
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

/** Fri 4 Dec 2026, 2:17 PM in the zone the test runs in (the browser's, on the page). */
const NOW = new Date(2026, 11, 4, 14, 17);
const minutesBefore = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();
const replica = (asOf: string | null, waiting = 0): Freshness => ({
  asOf,
  replica: true,
  requestsAwaitingRecompute: waiting,
});
/** The words, with Intl's narrow spaces ("2:05 PM") as plain ones. */
const say = (freshness: Freshness, lng: 'en' | 'es', now = NOW) => {
  const notice = freshnessNotice(freshness, now, languages[lng], lng);
  return { ...notice, text: notice.text.replace(/[\u202f\u00a0]/g, ' ') };
};

describe("the outcome report's freshness, in words", () => {
  it('says quietly when figures from the primary hold everything (whatever the clocks say)', () => {
    const primary = { asOf: NOW.toISOString(), replica: false, requestsAwaitingRecompute: 0 };
    expect(say(primary, 'en')).toEqual({ behind: false, text: 'Figures as of 2:17 PM.' });
    expect(say(primary, 'es')).toEqual({ behind: false, text: 'Cifras actualizadas a las 14:17.' });
    // The browser's clock five minutes ahead of the server's: still current.
    expect(isBehind(primary, new Date(NOW.getTime() + 5 * 60_000))).toBe(false);
  });

  it('counts a replica caught up (within a minute, nothing waiting) as current', () => {
    const caughtUp = replica(new Date(NOW.getTime() - 40_000).toISOString());
    expect(say(caughtUp, 'en')).toEqual({ behind: false, text: 'Figures as of 2:16 PM.' });
    // A server clock a little ahead of the browser's.
    expect(isBehind(replica(new Date(NOW.getTime() + 30_000).toISOString()), NOW)).toBe(false);
    expect(isBehind(replica(minutesBefore(1.5)), NOW)).toBe(true);
  });

  it('says how old the figures are and how many requests they miss, with plurals', () => {
    expect(say(replica(minutesBefore(12), 3), 'en')).toEqual({
      behind: true,
      text:
        'These figures are as of 2:05 PM (12 minutes ago); 3 recent requests are not counted yet. ' +
        'They update within a few minutes.',
    });
    expect(say(replica(minutesBefore(12), 3), 'es').text).toBe(
      'Estas cifras están actualizadas a las 14:05 (hace 12 minutos); aún no incluyen 3 ' +
        'solicitudes recientes. Se actualizarán en unos minutos.',
    );
    expect(say(replica(minutesBefore(1), 1), 'en').text).toBe(
      'These figures are as of 2:16 PM (1 minute ago); 1 recent request is not counted yet. ' +
        'They update within a few minutes.',
    );
    expect(say(replica(minutesBefore(1), 1), 'es').text).toBe(
      'Estas cifras están actualizadas a las 14:16 (hace 1 minuto); aún no incluyen 1 ' +
        'solicitud reciente. Se actualizarán en unos minutos.',
    );
  });

  it('calls figures behind when requests wait, however recent the instant', () => {
    expect(say(replica(new Date(NOW.getTime() - 20_000).toISOString(), 2), 'en').text).toBe(
      'These figures are as of 2:16 PM (20 seconds ago); 2 recent requests are not counted yet. ' +
        'They update within a few minutes.',
    );
  });

  it('says a lagging replica may miss later changes when no request is waiting', () => {
    expect(say(replica(minutesBefore(3 * 60)), 'en')).toEqual({
      behind: true,
      text:
        'These figures are as of 11:17 AM (3 hours ago); changes made since then may not be ' +
        'counted yet. They update within a few minutes.',
    });
    expect(say(replica(minutesBefore(3 * 60)), 'es').text).toBe(
      'Estas cifras están actualizadas a las 11:17 (hace 3 horas); puede que aún no incluyan ' +
        'los cambios posteriores. Se actualizarán en unos minutos.',
    );
  });

  it('names the day when it is not today, and says "a la 1:05" in Spanish', () => {
    const yesterday = new Date(2026, 11, 3, 13, 5).toISOString();
    expect(say(replica(yesterday, 4), 'en').text).toBe(
      'These figures are as of 1:05 PM on Thu, Dec 3, 2026 (yesterday); 4 recent requests are ' +
        'not counted yet. They update within a few minutes.',
    );
    expect(say(replica(yesterday, 4), 'es').text).toBe(
      'Estas cifras están actualizadas el jue, 3 dic 2026 a las 13:05 (ayer); aún no incluyen 4 ' +
        'solicitudes recientes. Se actualizarán en unos minutos.',
    );
    const oneInTheMorning = new Date(2026, 11, 4, 1, 5).toISOString();
    expect(say(replica(oneInTheMorning), 'es').text).toMatch(
      /^Estas cifras están actualizadas a la 1:05 \(hace 13 horas\);/,
    );
  });

  it('says the figures may be behind when the replica cannot tell how far it is', () => {
    expect(say(replica(null), 'en')).toEqual({
      behind: true,
      text:
        'These figures may be a little behind: the latest changes may not be counted yet. ' +
        'They update within a few minutes.',
    });
    expect(say(replica(null, 1), 'es').text).toBe(
      'Estas cifras pueden estar un poco atrasadas: aún no incluyen 1 solicitud reciente. ' +
        'Se actualizarán en unos minutos.',
    );
  });
});
