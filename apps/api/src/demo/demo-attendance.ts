import { AttendanceStatus } from '@onrecord/attendance';
import { random } from './demo-random';
import type { DemoScenario } from './demo-scenarios';

export interface DemoAttendanceDay {
  date: string;
  status: AttendanceStatus;
  periodsMissed: number[];
  arrivalTime: string | null;
  triggers: string[];
  withSupport: boolean;
}

const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * The student's school days from six weeks before the case opened to ten weeks after, with
 * a pattern an advocate would recognise: worst on Mondays and in the mornings, better once
 * the support starts (its `effect` scales the difficulty down).
 */
export function demoAttendance(
  scenario: DemoScenario,
  calendar: { firstDay: string; lastDay: string; nonSchoolDays: ReadonlySet<string> },
): DemoAttendanceDay[] {
  const next = random(scenario.student.name);
  const { difficulty, triggers, support } = scenario.attendance;
  const later = (a: string, b: string) => (a > b ? a : b);
  const earlier = (a: string, b: string) => (a < b ? a : b);
  const from = later(addDays(scenario.case.openedOn, -42), calendar.firstDay);
  const to = earlier(addDays(scenario.case.openedOn, 70), calendar.lastDay);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const days: DemoAttendanceDay[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6 || calendar.nonSchoolDays.has(date)) continue;
    const effect = support && date >= support.startedOn ? support.effect : undefined;
    const withSupport = effect !== undefined;
    const chance = (difficulty[weekday - 1] ?? 0) * (effect ?? 1);
    const roll = next();
    let day: Omit<DemoAttendanceDay, 'date' | 'withSupport'>;
    if (roll >= chance) {
      day = { status: AttendanceStatus.FULL, periodsMissed: [], arrivalTime: null, triggers: [] };
    } else {
      const trigger = pick(triggers);
      const kind = next();
      if (kind < 0.45) {
        day = {
          status: AttendanceStatus.ABSENT,
          periodsMissed: [],
          arrivalTime: null,
          triggers: [trigger],
        };
      } else if (kind < 0.8) {
        const missed = 1 + Math.floor(next() * 3);
        day = {
          status: AttendanceStatus.PARTIAL,
          periodsMissed: Array.from({ length: missed }, (_, i) => i + 1),
          arrivalTime: `${String(8 + missed).padStart(2, '0')}:${next() < 0.5 ? '15' : '40'}`,
          triggers: [trigger],
        };
      } else if (kind < 0.92) {
        day = {
          status: AttendanceStatus.TARDY,
          periodsMissed: [],
          arrivalTime: '08:25',
          triggers: [trigger],
        };
      } else {
        day = {
          status: AttendanceStatus.IN_BUILDING_NOT_IN_CLASS,
          periodsMissed: [1, 2],
          arrivalTime: null,
          triggers: [trigger],
        };
      }
    }
    days.push({ date, withSupport, ...day });
  }
  return days;
}
