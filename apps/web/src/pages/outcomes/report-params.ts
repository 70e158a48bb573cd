import { useSearchParams } from 'react-router';
import { dayFromToday } from '../../dates';
import type { WrittenRequestType } from '../../gql/graphql';
import { isDay, lastSchoolYear, schoolYearSoFar, type DayRange } from './range';

export type Preset = 'schoolYear' | 'lastSchoolYear' | 'custom';

/**
 * The outcome report's range and filters, kept in the address: the dashboard and the list of
 * requests behind a figure read the same ones, so a link from one to the other keeps them and
 * the browser's Back returns to the same report.
 */
export function useReportParams() {
  const [params, setParams] = useSearchParams();
  const today = dayFromToday(0);
  const preset = (params.get('range') as Preset | null) ?? 'schoolYear';
  const [from, to] = [params.get('from'), params.get('to')];
  const range: DayRange =
    preset === 'lastSchoolYear'
      ? lastSchoolYear(today)
      : preset === 'custom' && isDay(from) && isDay(to)
        ? { from, to }
        : schoolYearSoFar(today);
  const filter = {
    districtIds: params.getAll('district'),
    schoolIds: params.getAll('school'),
    advocateIds: params.getAll('advocate'),
    requestTypes: params.getAll('type') as WrittenRequestType[],
  };
  const update = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    change(next);
    setParams(next, { replace: true });
  };
  const setMany = (name: string, values: string[]) =>
    update((next) => {
      next.delete(name);
      for (const v of values) next.append(name, v);
    });
  return { params, preset, range, filter, update, setMany };
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
