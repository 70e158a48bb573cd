import { useSearchParams } from 'react-router';
import { dayFromToday } from '../../dates';
import type { WrittenRequestType } from '../../gql/graphql';
import { isDay, lastSchoolYear, schoolYearSoFar, type DayRange } from './range';

export type Preset = 'schoolYear' | 'lastSchoolYear' | 'custom';

/** The outcome report's ranges by name; the first is the default. */
const OUTCOME_PRESETS = { schoolYear: schoolYearSoFar, lastSchoolYear };

/**
 * A report's range kept in the address (`range`: a preset's name or `custom` with `from`
 * and `to`), as a report page and the list behind its figures read it. `presets` computes
 * each named range from today; the first is the default (and stands in for a custom range
 * with a day that is not one).
 */
export function useRangeParams<P extends string>(presets: Record<P, (today: string) => DayRange>) {
  const [params, setParams] = useSearchParams();
  const today = dayFromToday(0);
  const names = Object.keys(presets) as P[];
  const fallback = names[0] as P;
  const asked = params.get('range');
  const preset: P | 'custom' =
    asked === 'custom' || names.includes(asked as P) ? (asked as P | 'custom') : fallback;
  const [from, to] = [params.get('from'), params.get('to')];
  const range: DayRange =
    preset !== 'custom'
      ? presets[preset](today)
      : isDay(from) && isDay(to)
        ? { from, to }
        : presets[fallback](today);
  const update = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    change(next);
    setParams(next, { replace: true });
  };
  /** Another preset, keeping the range shown as the custom one's first days. */
  const choose = (value: string) =>
    update((next) => {
      next.set('range', value);
      next.set('from', range.from);
      next.set('to', range.to);
    });
  /** One end of a custom range. */
  const setDay = (end: 'from' | 'to', day: string) => update((next) => next.set(end, day));
  return { params, preset, range, update, choose, setDay };
}

/**
 * The outcome report's range and filters, kept in the address: the dashboard and the list of
 * requests behind a figure read the same ones, so a link from one to the other keeps them and
 * the browser's Back returns to the same report.
 */
export function useReportParams() {
  const { params, preset, range, update, choose, setDay } = useRangeParams(OUTCOME_PRESETS);
  const filter = {
    districtIds: params.getAll('district'),
    schoolIds: params.getAll('school'),
    advocateIds: params.getAll('advocate'),
    requestTypes: params.getAll('type') as WrittenRequestType[],
  };
  const setMany = (name: string, values: string[]) =>
    update((next) => {
      next.delete(name);
      for (const v of values) next.append(name, v);
    });
  return { params, preset: preset as Preset, range, filter, update, choose, setDay, setMany };
}

/**
 * The address of the requests behind a figure: the page's range and filters, one figure
 * (null for all the requests), and a place instead of the filter's when a ranking's row is
 * followed.
 */
export function requestsBehind(
  params: URLSearchParams,
  figure: string | null,
  place?: { kind: 'district' | 'school'; id: string },
): string {
  const next = new URLSearchParams(params);
  next.delete('compare');
  if (figure) next.set('figure', figure);
  else next.delete('figure');
  if (place) {
    next.delete('district');
    next.delete('school');
    next.set(place.kind, place.id);
  }
  return `/outcomes/requests?${next.toString()}`;
}
