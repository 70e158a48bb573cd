import type { AttendanceWeek } from './case-record';

/** Weeks per chart at most: a school year (about 36–42 weeks with entries) fits one chart. */
export const WEEKS_PER_CHART = 45;

const WIDTH = 520;
const HEIGHT = 190;
const LEFT = 34;
const BOTTOM = 30;
const TOP = 10;

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The weekly attendance rate as a bar chart (SVG, drawn by pdfmake as vectors): one bar per
 * week with entries, 0–100%, a dashed line at 90% (below it a student is chronically absent
 * by the usual measure), each month named under its first week. Dark fills print on any
 * printer; a week with no school day entered is a gap, never a zero.
 */
export function attendanceChartSvg(weeks: readonly AttendanceWeek[]): string {
  const plotWidth = WIDTH - LEFT - 6;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = plotWidth / Math.max(weeks.length, 12);
  const barWidth = Math.max(2, slot * 0.7);
  const y = (share: number) => TOP + plotHeight * (1 - share);
  const parts: string[] = [];
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<line x1="${LEFT}" y1="${y(share)}" x2="${WIDTH - 6}" y2="${y(share)}" stroke="#cccccc" stroke-width="0.5"/>`,
      `<text x="${LEFT - 4}" y="${y(share) + 3}" font-size="8" text-anchor="end" font-family="Helvetica" fill="#333333">${share * 100}%</text>`,
    );
  }
  let lastMonth = '';
  // Where the last month's name ends: a month starting too close to it goes unnamed.
  let labelEnd = -Infinity;
  weeks.forEach((week, index) => {
    const x = LEFT + index * slot + (slot - barWidth) / 2;
    if (week.rate !== null) {
      const top = y(week.rate);
      const fill = week.rate < 0.5 ? '#8b1a1a' : week.rate < 0.9 ? '#b35900' : '#1f4e79';
      parts.push(
        `<rect x="${x.toFixed(2)}" y="${top.toFixed(2)}" width="${barWidth.toFixed(2)}" height="${Math.max(0.5, y(0) - top).toFixed(2)}" fill="${fill}"/>`,
      );
    }
    const month = week.weekStart.slice(0, 7);
    if (month !== lastMonth) {
      lastMonth = month;
      // The year beside the chart's first month and each January.
      const name = MONTHS[Number(week.weekStart.slice(5, 7)) - 1] ?? '';
      const label = index === 0 || name === 'Jan' ? `${name} ${week.weekStart.slice(0, 4)}` : name;
      parts.push(
        `<line x1="${x.toFixed(2)}" y1="${y(0)}" x2="${x.toFixed(2)}" y2="${y(0) + 4}" stroke="#333333" stroke-width="0.5"/>`,
      );
      if (x >= labelEnd + 4) {
        parts.push(
          `<text x="${x.toFixed(2)}" y="${y(0) + 14}" font-size="7" font-family="Helvetica" fill="#333333">${escape(label)}</text>`,
        );
        // Helvetica at 7 pt: about 3.9 pt a character, on average.
        labelEnd = x + label.length * 3.9;
      }
    }
  });
  parts.push(
    `<line x1="${LEFT}" y1="${y(0.9)}" x2="${WIDTH - 6}" y2="${y(0.9)}" stroke="#000000" stroke-width="0.8" stroke-dasharray="4,3"/>`,
    `<line x1="${LEFT}" y1="${y(0)}" x2="${WIDTH - 6}" y2="${y(0)}" stroke="#333333" stroke-width="0.8"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${parts.join('')}</svg>`;
}

/** The school year a week belongs to, by the year it starts in (August on). */
export const schoolYearOf = (weekStart: string): number =>
  Number(weekStart.slice(0, 4)) - (Number(weekStart.slice(5, 7)) >= 8 ? 0 : 1);

/** The weeks cut into charts: one per school year, and none longer than WEEKS_PER_CHART. */
export function chartChunks<T extends { weekStart: string }>(weeks: readonly T[]): T[][] {
  const years: T[][] = [];
  for (const week of weeks) {
    const current = years.at(-1);
    const first = current?.[0];
    if (current && first && schoolYearOf(first.weekStart) === schoolYearOf(week.weekStart))
      current.push(week);
    else years.push([week]);
  }
  return years.flatMap((year) => {
    const chunks: T[][] = [];
    for (let start = 0; start < year.length; start += WEEKS_PER_CHART)
      chunks.push(year.slice(start, start + WEEKS_PER_CHART));
    return chunks;
  });
}
