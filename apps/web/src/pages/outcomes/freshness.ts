import type { TFunction } from 'i18next';
import { dayFromToday, formatClock, formatDay, timeAgo } from '../../dates';
import type { OutcomeReportQuery } from '../../gql/graphql';

export type Freshness = OutcomeReportQuery['outcomeReport']['freshness'];

/** Figures from the read replica at most this old, with nothing waiting, count as current. */
export const CURRENT_WITHIN_MS = 60_000;

/** What the page says about how fresh its figures are: a quiet line, or a notice when behind. */
export interface FreshnessNotice {
  behind: boolean;
  text: string;
}

/**
 * Behind: read from the replica, and either requests are waiting for the worker, or the
 * instant the figures hold every change up to is unknown or more than a minute before `now`.
 * From the primary the report is always current (it computes its summary first).
 */
export function isBehind(freshness: Freshness, now: Date): boolean {
  if (!freshness.replica) return false;
  if (freshness.requestsAwaitingRecompute > 0 || !freshness.asOf) return true;
  return now.getTime() - new Date(freshness.asOf).getTime() > CURRENT_WITHIN_MS;
}

/**
 * The words for a report's freshness, judged at `now` (when the page received it), in the
 * interface's language: "Figures as of 2:05 PM." when current; when behind, "These figures
 * are as of 2:05 PM (12 minutes ago); 3 recent requests are not counted yet. They update
 * within a few minutes." A day other than today is named ("2:05 PM on Fri, Nov 14, 2025").
 */
export function freshnessNotice(
  freshness: Freshness,
  now: Date,
  t: TFunction,
  language: string,
): FreshnessNotice {
  const waiting = freshness.requestsAwaitingRecompute;
  const { asOf } = freshness;
  if (!asOf)
    return {
      behind: true,
      text: waiting
        ? t('outcomes.freshness.unknown', { count: waiting })
        : t('outcomes.freshness.unknownLagging'),
    };
  const day = dayFromToday(0, new Date(asOf));
  // The hour (as Spanish shows it, 0 to 23) picks "a la 1:05" or "a las 14:05".
  const moment = t(
    day === dayFromToday(0, now) ? 'outcomes.freshness.at' : 'outcomes.freshness.atOnDay',
    {
      time: formatClock(asOf, language),
      day: formatDay(day, language),
      count: new Date(asOf).getHours(),
    },
  );
  if (!isBehind(freshness, now))
    return { behind: false, text: t('outcomes.freshness.current', { moment }) };
  const ago = timeAgo(asOf, language, now);
  return {
    behind: true,
    text: waiting
      ? t('outcomes.freshness.behind', { moment, ago, count: waiting })
      : t('outcomes.freshness.lagging', { moment, ago }),
  };
}
