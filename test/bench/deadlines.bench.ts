/**
 * The deadline engine on one core: computations per second for a mix of rules (calendar,
 * business and school days; breaks, summer, carry-over, readings). Pure TypeScript: no
 * services.
 *
 * It runs the engine and the frozen reference engine (the engine before the day-number
 * rewrite) in alternating rounds, so both meet the same machine load, and prints each rate
 * and their ratio. Then it compares the two on every built-in rule × trigger × day of a
 * year (as a day and as instants) × calendar, and prints how many readings were compared and
 * how many differed (exit code 1 if any did).
 *
 * Run: npm run bench:deadlines [-- --seconds 5] [-- --no-compare]
 */
/* eslint-disable no-console -- a benchmark prints its figures */
import '../setup/register-paths';
import {
  addDays,
  builtInRules,
  computeDeadline,
  resolveRules,
  type DeadlineInput,
  type DeadlineResult,
  type RequestType,
  type SchoolCalendar,
  type TriggerType,
} from '@onrecord/deadlines';
// The tests' fictional district calendars (2025-26 and 2026-27), and the reference engine.
import { CALENDAR_TWO_YEARS, compareEngines, referenceEngine } from '@onrecord/deadlines/testing';

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

/** Rounds per engine; each engine runs `seconds / ROUNDS` per round, alternating. */
const ROUNDS = 10;

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

interface Tally {
  n: number;
  readings: number;
  ms: number;
}

/** One timed round: the whole mix over and over for `ms` milliseconds. */
function round(
  engine: (input: DeadlineInput) => DeadlineResult,
  all: readonly DeadlineInput[],
  ms: number,
  tally: Tally,
): void {
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (const input of all) {
      tally.readings += engine(input).readings.length;
      tally.n++;
    }
    now = performance.now();
  }
  tally.ms += now - start;
}

function rate(t: Tally): number {
  return t.n / (t.ms / 1000);
}

function speed(): void {
  const all = inputs(CALENDAR_TWO_YEARS);
  const engines = { reference: referenceEngine.computeDeadline, engine: computeDeadline };
  // Warm up both (holiday tables, calendar tables, JIT).
  for (let i = 0; i < 3; i++) {
    for (const input of all) {
      engines.reference(input);
      engines.engine(input);
    }
  }
  const perRound = (seconds() * 1000) / ROUNDS;
  const reference: Tally = { n: 0, readings: 0, ms: 0 };
  const engine: Tally = { n: 0, readings: 0, ms: 0 };
  for (let r = 0; r < ROUNDS; r++) {
    round(engines.reference, all, perRound, reference);
    round(engines.engine, all, perRound, engine);
  }
  const line = (name: string, t: Tally) =>
    `${name}: ${Math.round(rate(t)).toLocaleString('en-US')} computations/s on one core ` +
    `(${t.n.toLocaleString('en-US')} in ${(t.ms / 1000).toFixed(1)} s; ` +
    `${(t.readings / t.n).toFixed(2)} distinct readings per computation)`;
  console.log(
    `mix of ${MIX.length} rules × ${all.length / MIX.length} trigger dates, ${ROUNDS} alternating rounds each`,
  );
  console.log(line('deadlines (reference engine)', reference));
  console.log(line('deadlines (engine)          ', engine));
  console.log(`ratio: ${(rate(engine) / rate(reference)).toFixed(1)}× the reference engine`);
}

function compare(): boolean {
  const start = performance.now();
  const comparison = compareEngines({
    from: '2025-07-01',
    to: '2026-06-30',
    stride: 1,
    instants: true,
  });
  console.log(
    `same answers (every built-in rule × trigger × day 2025-07-01..2026-06-30 as a day and two instants × 4 calendars; ` +
      `${comparison.computations.toLocaleString('en-US')} computations in ${((performance.now() - start) / 1000).toFixed(0)} s): ` +
      `readings compared: ${comparison.readings.toLocaleString('en-US')}, differences: ${comparison.differences.length}`,
  );
  for (const d of comparison.differences.slice(0, 5)) {
    console.log(`  differs: ${d.input}`);
    console.log(`    reference: ${JSON.stringify(d.reference)}`);
    console.log(`    engine:    ${JSON.stringify(d.actual)}`);
  }
  return comparison.differences.length === 0;
}

speed();
if (!process.argv.includes('--no-compare') && !compare()) process.exitCode = 1;
