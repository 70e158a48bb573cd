import type { SchoolCalendar } from '@onrecord/deadlines';
import { deadlineAt, type DeadlinePlace } from './deadline-place';
import { toRequestDeadline } from './request-deadline.conversions';

/** The fictional 2025-26 district calendar of scenarios.md. */
function range(from: string, to: string, label: string) {
  const days: { date: string; label: string }[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`);) {
    days.push({ date: d.toISOString().slice(0, 10), label });
    d = new Date(d.getTime() + 864e5);
  }
  return days;
}
const CALENDAR: SchoolCalendar = {
  years: [
    {
      firstDay: '2025-08-18',
      lastDay: '2026-06-05',
      nonSchoolDays: [
        { date: '2025-09-01', label: 'Labor Day' },
        { date: '2025-10-13', label: "Indigenous Peoples' Day" },
        { date: '2025-11-11', label: 'Veterans Day' },
        ...range('2025-11-24', '2025-11-28', 'Thanksgiving break'),
        ...range('2025-12-22', '2026-01-02', 'Winter break'),
      ],
    },
  ],
};
const place = (state: string | null, timeZone: string): DeadlinePlace => ({
  district: state ? { id: 'd', name: `${state} district` } : null,
  jurisdiction: state,
  timeZone,
  calendar: state ? CALENDAR : { years: [] },
});

describe('deadlineAt', () => {
  const evaluation = {
    type: 'EVALUATION',
    trigger: 'WRITTEN_REQUEST_RECEIVED',
    receivedOn: '2025-10-06',
  };

  it('counts 15 school days in Texas (19 TAC 89.1011), skipping the district closure', () => {
    const result = deadlineAt(place('TX', 'America/Chicago'), evaluation);
    const deadline = toRequestDeadline(result);
    expect(deadline).toMatchObject({
      dueOn: '2025-10-28',
      ruleId: 'TX-89.1011-FIIE-RESPONSE',
      unit: 'SCHOOL_DAYS',
      period: 15,
      verified: true,
      jurisdiction: { applied: 'TX', fellBackToFederal: false },
    });
    expect(deadline.citation).toContain('89.1011');
    expect(deadline.skippedDays.map((d) => d.date)).toContain('2025-10-13');
    expect(deadline.dueAt?.toISOString()).toBe('2025-10-29T04:59:59.999Z');
  });

  it('gives scenario 1 (CA, received Mon 6 Oct 2025) Tue 21 Oct 2025', () => {
    const result = deadlineAt(place('CA', 'America/Los_Angeles'), evaluation);
    expect(result.dueDate).toBe('2025-10-21');
    expect(result.citation).toContain('56321');
  });

  it('falls back to federal without a district and says so', () => {
    const result = deadlineAt(place(null, 'America/New_York'), evaluation);
    expect(result.jurisdiction.applied).toBe('US');
    expect(result.jurisdiction.fellBackToFederal).toBe(true);
    expect(result.jurisdiction.reason).toContain('no school on record');
  });

  it('shows an override instead of the computed date, keeping the computed one', () => {
    const result = deadlineAt(place('TX', 'America/Chicago'), evaluation);
    const dueAt = new Date('2025-11-01T04:59:59.999Z');
    const deadline = toRequestDeadline(result, {
      dueOn: '2025-10-31',
      reason: 'Agreed in writing',
      byUserId: null,
      dueAt,
    });
    expect(deadline).toMatchObject({
      dueOn: '2025-10-31',
      dueAt,
      computedDueOn: '2025-10-28',
      override: { dueOn: '2025-10-31', reason: 'Agreed in writing' },
    });
  });
});
