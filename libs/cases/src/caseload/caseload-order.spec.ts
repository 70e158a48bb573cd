import { CaseStatus } from '../case-enums';
import { CaseloadOrder } from './caseload.objects';
import { compare, sortKey, SORT_KEY_SEPARATOR } from './caseload-order';

interface Sample {
  name: string;
  status: CaseStatus;
  openedOn: string;
  overdueCount: number;
  nextDeadline: Date | null;
  school?: string;
}

const day = (iso: string) => new Date(`${iso}T23:59:59Z`);
const samples: Sample[] = [
  {
    name: 'calm',
    status: CaseStatus.ACTIVE,
    openedOn: '2026-09-01',
    overdueCount: 0,
    nextDeadline: day('2026-12-20'),
    school: 'Zavala Elementary',
  },
  {
    name: 'late-twice',
    status: CaseStatus.ON_HOLD,
    openedOn: '2026-08-01',
    overdueCount: 2,
    nextDeadline: day('2026-11-01'),
    school: 'austin High',
  },
  {
    name: 'late-once',
    status: CaseStatus.ACTIVE,
    openedOn: '2026-10-01',
    overdueCount: 1,
    nextDeadline: day('2026-11-20'),
    school: 'Bowie Middle',
  },
  {
    name: 'nothing-due',
    status: CaseStatus.INTAKE,
    openedOn: '2026-11-15',
    overdueCount: 0,
    nextDeadline: null,
  },
  {
    name: 'soon',
    status: CaseStatus.INTAKE,
    openedOn: '2026-07-01',
    overdueCount: 0,
    nextDeadline: day('2026-12-08'),
    school: 'Bowie Middle',
  },
  {
    name: 'newer-active',
    status: CaseStatus.ACTIVE,
    openedOn: '2026-11-01',
    overdueCount: 0,
    nextDeadline: null,
    school: 'Crockett',
  },
];

const ordered = (order: CaseloadOrder): string[] =>
  samples
    .map((s) => ({ name: s.name, key: sortKey(order, s, s, s.school) }))
    .sort((a, b) => compare(a.key, b.key))
    .map((s) => s.name);

describe('the orders of a caseload', () => {
  it('by urgency: the most overdue first, then the nearest deadline, then none', () => {
    expect(ordered(CaseloadOrder.URGENCY)).toEqual([
      'late-twice',
      'late-once',
      'soon',
      'calm',
      'newer-active',
      'nothing-due',
    ]);
  });

  it('by status: active, intake, on hold; newest opened first within each', () => {
    expect(ordered(CaseloadOrder.STATUS)).toEqual([
      'newer-active',
      'late-once',
      'calm',
      'nothing-due',
      'soon',
      'late-twice',
    ]);
  });

  it('by next deadline: nearest first, cases with none last', () => {
    expect(ordered(CaseloadOrder.NEXT_DEADLINE)).toEqual([
      'late-twice',
      'late-once',
      'soon',
      'calm',
      'newer-active',
      'nothing-due',
    ]);
  });

  it('by school: A to Z whatever the capitals, a case without a school last', () => {
    expect(ordered(CaseloadOrder.SCHOOL)).toEqual([
      'late-twice',
      'late-once',
      'soon',
      'newer-active',
      'calm',
      'nothing-due',
    ]);
  });

  it("names its order first, so one order's cursor is never read as another's", () => {
    const sample = samples[0]!;
    expect(sortKey(CaseloadOrder.SCHOOL, sample, sample, sample.school)).toMatch(
      new RegExp(`^SCHOOL${SORT_KEY_SEPARATOR}`),
    );
  });
});
