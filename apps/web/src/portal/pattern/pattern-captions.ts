import type { TFunction } from 'i18next';
import { addDays, mondayOf, mondays } from './pattern-range';
import type { DayCounts, PatternSummary } from './pattern-operations';

/** One sentence per chart, in the family's language, computed from the counts alone. */
export interface PatternCaptions {
  /** Said instead of everything else when no school day was logged in the weeks. */
  none: string | null;
  overall: string;
  weekday: string;
  trend: string;
  trigger: string;
}

/** Weeks counted as "lately": this week and the one before. */
export const RECENT_WEEKS = 2;
/** A change in the share of days missed smaller than this is "about the same". */
export const TREND_THRESHOLD = 0.1;

const missedShare = (c: DayCounts) => (c.enteredDays ? c.missedDays / c.enteredDays : 0);
const partialShare = (c: DayCounts) => (c.enteredDays ? c.partialDays / c.enteredDays : 0);

function sum(rows: readonly DayCounts[]): DayCounts {
  return rows.reduce(
    (total, r) => ({
      enteredDays: total.enteredDays + r.enteredDays,
      missedDays: total.missedDays + r.missedDays,
      partialDays: total.partialDays + r.partialDays,
      rate: null,
    }),
    { enteredDays: 0, missedDays: 0, partialDays: 0, rate: null } as DayCounts,
  );
}

/**
 * The captions of the pattern page. `triggerWords` says a stored trigger label in the page's
 * language; `language` joins a list ("A and B" / "A y B").
 */
export function patternCaptions(
  s: PatternSummary,
  t: TFunction,
  triggerWords: (label: string) => string,
  language: string,
): PatternCaptions {
  const weeks = mondays(s.from, s.to).length;
  const { enteredDays, missedDays, partialDays } = s.overall;
  const none = enteredDays === 0 ? t('pattern.none') : null;
  return {
    none,
    overall: t('pattern.overall', {
      weeks,
      count: enteredDays,
      missed: missedDays,
      partly: partialDays,
    }),
    weekday: weekdayCaption(s, t),
    trend: trendCaption(s, t),
    trigger: triggerCaption(s, t, triggerWords, language),
  };
}

/** The weekday with the largest share of days missed (then of days in part), if one stands out. */
function weekdayCaption(s: PatternSummary, t: TFunction): string {
  const logged = s.weekdays.filter((w) => w.enteredDays > 0);
  const ranked = [...logged].sort(
    (a, b) => missedShare(b) - missedShare(a) || partialShare(b) - partialShare(a),
  );
  const [top, next] = ranked;
  if (!top || (top.missedDays === 0 && top.partialDays === 0)) return t('pattern.weekday.noMiss');
  const same = (a: DayCounts, b: DayCounts) =>
    a.missedDays * b.enteredDays === b.missedDays * a.enteredDays &&
    a.partialDays * b.enteredDays === b.partialDays * a.enteredDays;
  if (next && same(top, next))
    return t('pattern.weekday.even', {
      missed: s.overall.missedDays,
      count: s.overall.enteredDays,
    });
  const weekdays = t(`pattern.weekdays.${top.weekday}`);
  return top.missedDays > 0
    ? t('pattern.weekday.hardest', { weekdays, missed: top.missedDays, days: top.enteredDays })
    : t('pattern.weekday.hardestPartly', {
        weekdays,
        partly: top.partialDays,
        days: top.enteredDays,
      });
}

/** The last RECENT_WEEKS weeks against the weeks before them, by the share of days missed. */
function trendCaption(s: PatternSummary, t: TFunction): string {
  const recentFrom = addDays(mondayOf(s.to), -7 * (RECENT_WEEKS - 1));
  const recent = sum(s.weeks.filter((w) => w.weekStart >= recentFrom));
  const before = sum(s.weeks.filter((w) => w.weekStart < recentFrom));
  if (recent.enteredDays === 0) return t('pattern.trend.nothingRecent', { weeks: RECENT_WEEKS });
  const values = {
    weeks: RECENT_WEEKS,
    missed: recent.missedDays,
    count: recent.enteredDays,
    missedBefore: before.missedDays,
    daysBefore: before.enteredDays,
  };
  if (before.enteredDays === 0) return t('pattern.trend.onlyRecent', values);
  const change = missedShare(recent) - missedShare(before);
  if (change <= -TREND_THRESHOLD) return t('pattern.trend.better', values);
  if (change >= TREND_THRESHOLD) return t('pattern.trend.harder', values);
  return t('pattern.trend.same', values);
}

/** The trigger noted on the most days (or those tied for it). */
function triggerCaption(
  s: PatternSummary,
  t: TFunction,
  triggerWords: (label: string) => string,
  language: string,
): string {
  const [top] = s.topTriggers;
  if (!top) return t('pattern.trigger.none');
  const tied = s.topTriggers.filter((x) => x.days === top.days);
  if (tied.length === 1)
    return t('pattern.trigger.top', { what: triggerWords(top.label), count: top.days });
  const list = new Intl.ListFormat(language, { type: 'conjunction' }).format(
    tied.slice(0, 3).map((x) => triggerWords(x.label)),
  );
  return t('pattern.trigger.tied', { list, count: top.days });
}
