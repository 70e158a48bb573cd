/**
 * The deadline engine on one core: computations per second for a mix of rules (calendar,
 * business and school days; breaks, summer, carry-over, readings). Pure TypeScript: no
 * services.
 *
 * Run: npm run bench:deadlines [-- --seconds 5]
 */
/* eslint-disable no-console -- a benchmark prints its figures */
import '../setup/register-paths';
import {
  addDays,
  builtInRules,
  computeDeadline,
  resolveRules,
  type DeadlineInput,
  type RequestType,
  type SchoolCalendar,
  type TriggerType,
} from '@onrecord/deadlines';
// The tests' fictional district calendars (2025-26 and 2026-27).
import { CALENDAR_TWO_YEARS } from '@onrecord/deadlines/testing';

const MIX: [jurisdiction: string, requestType: RequestType, trigger: TriggerType, zone: string][] =
  [
    ['CA', 'EVALUATION', 'WRITTEN_REQUEST_RECEIVED', 'America/Los_Angeles'],
    ['CA', 'EVALUATION', 'CONSENT_RECEIVED', 'America/Los_Angeles'],
    ['TX', 'EVALUATION', 'CONSENT_RECEIVED', 'America/Chicago'],
    ['NY', 'EVALUATION', 'CONSENT_RECEIVED', 'America/New_York'],
    ['GA', 'EVALUATION', 'CONSENT_RECEIVED', 'America/New_York'],
    ['VA', 'EVALUATION', 'WRITTEN_REQUEST_RECEIVED', 'America/New_York'],
    ['MA', 'EVALUATION', 'CONSENT_RECEIVED', 'America/New_York'],
    ['IL', 'RECORDS', 'WRITTEN_REQUEST_RECEIVED', 'America/Chicago'],
  ];

function seconds(): number {
  const i = process.argv.indexOf('--seconds');
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : 5;
}

function inputs(calendar: SchoolCalendar): DeadlineInput[] {
  const rules = resolveRules(builtInRules, []);
  const out: DeadlineInput[] = [];
  for (let d = '2025-08-18'; d <= '2026-05-29'; d = addDays(d, 7)) {
    for (const [jurisdiction, requestType, trigger, timeZone] of MIX) {
      out.push({
        rules,
        jurisdiction,
        requestType,
        trigger,
        timeZone,
        calendar,
        triggeredAt: { date: d },
      });
    }
  }
  return out;
}

function main(): void {
  const all = inputs(CALENDAR_TWO_YEARS);
  // Warm up (holiday tables, calendar model, JIT).
  for (const input of all) computeDeadline(input);
  const limit = seconds() * 1000;
  const start = performance.now();
  let n = 0;
  let readings = 0;
  while (performance.now() - start < limit) {
    for (const input of all) {
      readings += computeDeadline(input).readings.length;
      n++;
    }
  }
  const elapsed = (performance.now() - start) / 1000;
  console.log(
    `deadlines: ${Math.round(n / elapsed).toLocaleString('en-US')} computations/s on one core ` +
      `(${n.toLocaleString('en-US')} in ${elapsed.toFixed(1)} s; mix of ${MIX.length} rules × ${all.length / MIX.length} trigger dates; ` +
      `${(readings / n).toFixed(2)} distinct readings per computation)`,
  );
}

main();
