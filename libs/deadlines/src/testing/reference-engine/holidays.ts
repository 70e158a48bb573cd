// Frozen reference copy (see ./index.ts): the engine before the day-number rewrite. Do not edit.
import Holidays from 'date-holidays';
import type { Holiday, HolidaySource, IsoDate } from '../../types';

/**
 * Public holidays from the maintained `date-holidays` package. Only type "public" counts
 * (34 CFR 300.11(b): business days exclude federal and state holidays); observances such
 * as Halloween or optional days such as Christmas Eve do not. A holiday is "federal" when the
 * national US calendar has it, otherwise "state".
 */

const cache = new Map<string, ReadonlyMap<IsoDate, Holiday>>();
let states: Set<string> | undefined;

/** True when date-holidays knows the US state (so its holidays can be used). */
export function isUsState(code: string): boolean {
  if (!states) states = new Set(Object.keys(new Holidays().getStates('US') ?? {}));
  return states.has(code);
}

function publicDates(state: string | undefined, year: number): Map<IsoDate, string> {
  const h = state ? new Holidays('US', state) : new Holidays('US');
  const out = new Map<IsoDate, string>();
  for (const holiday of h.getHolidays(year)) {
    if (holiday.type !== 'public') continue;
    const date = holiday.date.slice(0, 10);
    if (!out.has(date)) out.set(date, holiday.name);
  }
  return out;
}

export const dateHolidaysSource: HolidaySource = {
  holidays(jurisdiction: string, year: number): ReadonlyMap<IsoDate, Holiday> {
    const state = jurisdiction !== 'US' && isUsState(jurisdiction) ? jurisdiction : undefined;
    const key = `${state ?? 'US'}:${year}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const federal = publicDates(undefined, year);
    const all = state ? publicDates(state, year) : federal;
    const map = new Map<IsoDate, Holiday>();
    for (const [date, name] of federal) map.set(date, { date, name, scope: 'federal' });
    for (const [date, name] of all) {
      if (!map.has(date)) map.set(date, { date, name, scope: 'state' });
    }
    cache.set(key, map);
    return map;
  },
};

/** The source plus holidays the caller supplies (e.g. a governor's extra day off). */
export function withAdditionalHolidays(
  source: HolidaySource,
  extra: readonly { date: IsoDate; name: string }[],
): HolidaySource {
  if (extra.length === 0) return source;
  const memo = new Map<string, ReadonlyMap<IsoDate, Holiday>>();
  return {
    holidays(jurisdiction, year) {
      const key = `${jurisdiction}:${year}`;
      const hit = memo.get(key);
      if (hit) return hit;
      const base = source.holidays(jurisdiction, year);
      const merged = new Map(base);
      for (const h of extra) {
        if (h.date.startsWith(`${year}-`) && !merged.has(h.date)) {
          merged.set(h.date, { date: h.date, name: h.name, scope: 'state' });
        }
      }
      memo.set(key, merged);
      return merged;
    },
  };
}
