import '@mantine/charts/styles.css';
import { useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { Alert, List, Loader, SimpleGrid, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../dates';
import { graphql } from '../../gql';
import type { AttendancePageQuery, Weekday } from '../../gql/graphql';
import { addDays } from './week';
import { ChartCard, FiguresTable } from '../../charts/ChartCard';

const SUMMARY = graphql(`
  query AttendanceSummary($studentId: ID!) {
    attendanceSummary(studentId: $studentId) {
      from
      to
      periodsPerDay
      nonSchoolDayEntries
      overall {
        rate
        enteredDays
      }
      totals {
        status
        days
      }
      weeks {
        weekStart
        rate
        schoolDaysEntered
      }
      weekdays {
        weekday
        rate
        enteredDays
      }
      periodsMissed {
        period
        missed
      }
      topTriggers {
        label
        count
      }
      supports {
        support {
          id
          name
          startedOn
          endedOn
        }
        before {
          rate
          enteredDays
        }
        after {
          rate
          enteredDays
        }
        change
      }
    }
  }
`);

type Tag = AttendancePageQuery['observationTags'][number];

const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
/** 2024-01-01 was a Monday: the weekday names come from Intl, in the interface's language. */
const weekdayName = (index: number, language: string, width: 'short' | 'long') =>
  new Intl.DateTimeFormat(language, { weekday: width, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1 + index)),
  );
const shortDay = (day: string, language: string) =>
  new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

/** A rate from 0 to 1 as a whole percentage for the charts (null stays a gap). */
const percent = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? null : Math.round(rate * 100);

/** The pattern in a student's entered school days, as charts a school team can read. */
export function AttendanceCharts({ studentId, tags }: { studentId: string; tags: readonly Tag[] }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(SUMMARY, {
    variables: { studentId },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Loader role="status" aria-label={t('common.loading')} />;
  if (error || !data)
    return (
      <Alert color="red" role="alert">
        {t('common.loadFailed')}
      </Alert>
    );
  const s = data.attendanceSummary;
  if (s.overall.enteredDays === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('attendance.pattern.none')}
      </Text>
    );

  const language = i18n.language;
  const pct = (rate: number | null | undefined) =>
    rate === null || rate === undefined
      ? t('attendance.pattern.noDays')
      : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(
          rate,
        );
  const rateAxis = t('attendance.pattern.rateAxis');
  const rateFormat = (value: number) => `${value}%`;
  const rateChart = {
    h: 240,
    // Room above a full bar for its "100%".
    barChartProps: { margin: { top: 20, bottom: 30, left: 10, right: 5 } },
    maxBarWidth: 64,
    yAxisProps: { domain: [0, 100] },
    valueFormatter: rateFormat,
    withBarValueLabel: true,
    tickLine: 'y' as const,
  };
  const triggerLabel = (label: string) =>
    tags
      .find((tag) => tag.label === label)
      ?.translations.find((tr) => tr.language === language.slice(0, 2))?.label ?? label;

  // Every week from the first to the last entered, so a stretch with nothing entered shows as
  // a gap in time rather than disappearing.
  const weeks: Array<{ week: string; rate: number | null }> = [];
  const first = s.weeks[0]?.weekStart;
  const last = s.weeks[s.weeks.length - 1]?.weekStart;
  for (let monday = first; monday && last && monday <= last; monday = addDays(monday, 7)) {
    const found = s.weeks.find((w) => w.weekStart === monday);
    weeks.push({ week: shortDay(monday, language), rate: percent(found?.rate) });
  }
  const weekdays = WEEKDAYS.map((weekday, index) => {
    const found = s.weekdays.find((w) => w.weekday === weekday);
    return {
      weekday: weekdayName(index, language, 'short'),
      long: weekdayName(index, language, 'long'),
      rate: percent(found?.rate),
      raw: found?.rate,
      days: found?.enteredDays ?? 0,
    };
  });
  // The axis says "Period"; each bar is its number (a phone has no room for more).
  const periods = s.periodsMissed.map((p) => ({ period: String(p.period), missed: p.missed }));
  const triggers = s.topTriggers.map((tr) => ({ trigger: triggerLabel(tr.label), days: tr.count }));
  const supports = s.supports.map((c) => ({
    name: c.support.name,
    // Keys in the order the legend sorts them: before, then after.
    aBefore: percent(c.before.rate),
    bAfter: percent(c.after.rate),
  }));
  const range =
    s.from && s.to
      ? t('attendance.pattern.range', {
          from: formatDay(s.from, language),
          to: formatDay(s.to, language),
        })
      : null;

  return (
    <Stack>
      <Text size="sm">
        {t('attendance.pattern.overall', {
          rate: pct(s.overall.rate),
          count: s.overall.enteredDays,
        })}{' '}
        {range}
      </Text>
      <List size="sm" listStyleType="none" spacing={2}>
        {s.totals
          .filter((total) => total.days > 0)
          .map((total) => (
            <List.Item key={total.status}>
              {t(`attendance.statuses.${total.status}`)}:{' '}
              {t('attendance.pattern.days', { count: total.days })}
            </List.Item>
          ))}
      </List>
      <Text size="xs" c="dimmed">
        {t('attendance.pattern.rateExplained', { periods: s.periodsPerDay })}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ChartCard
          title={t('attendance.pattern.byWeek')}
          empty={weeks.length ? null : t('attendance.pattern.none')}
          chart={
            <BarChart
              accessibilityLayer={false}
              {...rateChart}
              data={weeks}
              dataKey="week"
              xAxisLabel={t('attendance.pattern.weekAxis')}
              yAxisLabel={rateAxis}
              withBarValueLabel={weeks.length <= 8}
              series={[{ name: 'rate', label: rateAxis, color: 'blue.8' }]}
            />
          }
          table={
            <VisuallyHidden>
              <FiguresTable
                caption={t('attendance.pattern.byWeek')}
                head={[
                  t('attendance.pattern.weekAxis'),
                  rateAxis,
                  t('attendance.pattern.daysEntered'),
                ]}
                rows={s.weeks.map((w) => [
                  formatDay(w.weekStart, language),
                  pct(w.rate),
                  w.schoolDaysEntered,
                ])}
              />
            </VisuallyHidden>
          }
        />
        <ChartCard
          title={t('attendance.pattern.byWeekday')}
          empty={null}
          chart={
            <BarChart
              accessibilityLayer={false}
              {...rateChart}
              data={weekdays}
              dataKey="weekday"
              xAxisLabel={t('attendance.pattern.weekdayAxis')}
              yAxisLabel={rateAxis}
              series={[{ name: 'rate', label: rateAxis, color: 'teal.8' }]}
            />
          }
          table={
            <VisuallyHidden>
              <FiguresTable
                caption={t('attendance.pattern.byWeekday')}
                head={[
                  t('attendance.pattern.weekdayAxis'),
                  rateAxis,
                  t('attendance.pattern.daysEntered'),
                ]}
                rows={weekdays.map((w) => [w.long, pct(w.raw), w.days])}
              />
            </VisuallyHidden>
          }
        />
        <ChartCard
          title={t('attendance.pattern.byPeriod')}
          empty={periods.length ? null : t('attendance.pattern.noPeriods')}
          chart={
            <BarChart
              accessibilityLayer={false}
              h={240}
              data={periods}
              dataKey="period"
              xAxisLabel={t('attendance.pattern.periodAxis')}
              yAxisLabel={t('attendance.pattern.missedAxis')}
              yAxisProps={{ allowDecimals: false }}
              withBarValueLabel
              tickLine="y"
              series={[
                { name: 'missed', label: t('attendance.pattern.missedAxis'), color: 'orange.8' },
              ]}
            />
          }
          table={
            <VisuallyHidden>
              <FiguresTable
                caption={t('attendance.pattern.byPeriod')}
                head={[t('attendance.pattern.periodAxis'), t('attendance.pattern.missedAxis')]}
                rows={s.periodsMissed.map((p) => [
                  t('attendance.period', { period: p.period }),
                  p.missed,
                ])}
              />
            </VisuallyHidden>
          }
        />
        <ChartCard
          title={t('attendance.pattern.byTrigger')}
          description={t('attendance.pattern.triggerNote')}
          empty={triggers.length ? null : t('attendance.pattern.noTriggers')}
          chart={
            <BarChart
              accessibilityLayer={false}
              h={Math.max(160, 36 * triggers.length + 60)}
              data={triggers}
              dataKey="trigger"
              orientation="vertical"
              xAxisLabel={t('attendance.pattern.triggerDays')}
              yAxisProps={{ width: 130 }}
              xAxisProps={{ allowDecimals: false }}
              withBarValueLabel
              tickLine="x"
              series={[
                { name: 'days', label: t('attendance.pattern.triggerDays'), color: 'grape.8' },
              ]}
            />
          }
          table={
            <VisuallyHidden>
              <FiguresTable
                caption={t('attendance.pattern.byTrigger')}
                head={[t('attendance.pattern.triggerAxis'), t('attendance.pattern.triggerDays')]}
                rows={triggers.map((tr) => [tr.trigger, tr.days])}
              />
            </VisuallyHidden>
          }
        />
      </SimpleGrid>
      <ChartCard
        title={t('attendance.pattern.bySupport')}
        description={t('attendance.pattern.supportNote')}
        empty={supports.length ? null : t('attendance.pattern.noSupports')}
        chart={
          <Stack gap="xs">
            <BarChart
              accessibilityLayer={false}
              {...rateChart}
              data={supports}
              dataKey="name"
              yAxisLabel={rateAxis}
              withLegend
              series={[
                { name: 'aBefore', label: t('attendance.pattern.before'), color: 'gray.6' },
                { name: 'bAfter', label: t('attendance.pattern.after'), color: 'teal.8' },
              ]}
            />
          </Stack>
        }
        table={
          <VisuallyHidden>
            <FiguresTable
              caption={t('attendance.pattern.bySupport')}
              head={[
                t('attendance.pattern.supportAxis'),
                t('attendance.pattern.before'),
                t('attendance.pattern.after'),
                t('attendance.pattern.change'),
              ]}
              rows={s.supports.map((c) => [
                c.support.name,
                t('attendance.pattern.rateOfDays', {
                  rate: pct(c.before.rate),
                  count: c.before.enteredDays,
                }),
                t('attendance.pattern.rateOfDays', {
                  rate: pct(c.after.rate),
                  count: c.after.enteredDays,
                }),
                c.change === null || c.change === undefined
                  ? '—'
                  : t('attendance.pattern.points', { count: Math.round(c.change * 100) }),
              ])}
            />
          </VisuallyHidden>
        }
      />
      {s.supports.length > 0 && (
        <List size="sm" spacing={4}>
          {s.supports.map((c) => (
            <List.Item key={c.support.id}>
              {t('attendance.pattern.supportLine', {
                name: c.support.name,
                since: formatDay(c.support.startedOn, language),
                before: pct(c.before.rate),
                after: pct(c.after.rate),
              })}
            </List.Item>
          ))}
        </List>
      )}
      {s.nonSchoolDayEntries > 0 && (
        <Text size="xs" c="dimmed">
          {t('attendance.pattern.nonSchoolDays', { count: s.nonSchoolDayEntries })}
        </Text>
      )}
    </Stack>
  );
}
