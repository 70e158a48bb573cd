import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Anchor, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OutcomeReportQuery } from '../../gql/graphql';
import { TOO_FEW } from './report';
import { ChartCard, FiguresTable } from '../../charts/ChartCard';

type Report = OutcomeReportQuery['outcomeReport'];
type Place = Report['districts'][number];

/** How many districts or schools the ranking charts draw (the tables list them all). */
const RANKED = 8;

/** A horizontal bar per label: long names read well on a phone too. */
function Bars(props: {
  data: Array<Record<string, string | number>>;
  series: Array<{ name: string; label: string; color: string }>;
  stacked?: boolean;
}) {
  return (
    <BarChart
      accessibilityLayer={false}
      // Room for a name on two or three lines beside each bar (or group of bars).
      h={Math.max(
        140,
        (props.stacked ? 44 : 22 + 22 * props.series.length) * props.data.length + 60,
      )}
      data={props.data}
      dataKey="label"
      orientation="vertical"
      type={props.stacked ? 'stacked' : 'default'}
      yAxisProps={{ width: 140, interval: 0 }}
      xAxisProps={{ allowDecimals: false }}
      withBarValueLabel={!props.stacked}
      withLegend={props.series.length > 1}
      tickLine="x"
      series={props.series}
    />
  );
}

/** The report's breakdowns as charts, each with its numbers beside it. */
export function OutcomeCharts({
  report: r,
  behind,
}: {
  report: Report;
  /** The address of a place's requests (one figure's, or all). */
  behind: (figure: 'LATE' | null, place: { kind: 'district' | 'school'; id: string }) => string;
}) {
  const { t, i18n } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const language = i18n.language;
  const number = new Intl.NumberFormat(language);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const days = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const stateLabel = (state: string) =>
    state === 'OVERDUE' ? t('outcomes.overdueState') : t(`requestStatus.${state}`);

  // Requests by type, each type's states side by side in one stacked bar.
  const types = [...new Set(r.requestsByTypeAndState.map((c) => c.type))];
  const states = [...new Set(r.requestsByTypeAndState.map((c) => c.state))];
  const STATE_COLORS: Record<string, string> = {
    OVERDUE: 'red.8',
    SENT: 'blue.8',
    RESPONDED: 'teal.8',
    PARTIALLY_RESPONDED: 'yellow.8',
    CLOSED: 'gray.7',
    WITHDRAWN: 'grape.8',
  };
  const byType = types.map((type) => ({
    label: t(`requestType.${type}`),
    ...Object.fromEntries(
      r.requestsByTypeAndState.filter((c) => c.type === type).map((c) => [c.state, c.count]),
    ),
  }));

  const placeShare = (p: Place) =>
    p.requests < TOO_FEW ||
    p.answeredByDeadlineShare === null ||
    p.answeredByDeadlineShare === undefined
      ? t('outcomes.places.tooFew')
      : percent.format(p.answeredByDeadlineShare);
  const placeDays = (p: Place) =>
    p.answered < TOO_FEW ||
    p.medianDaysToFirstResponse === null ||
    p.medianDaysToFirstResponse === undefined
      ? t('outcomes.places.tooFew')
      : days.format(p.medianDaysToFirstResponse);

  const places = (kind: 'districts' | 'schools', list: readonly Place[]) => {
    const placeKind = kind === 'districts' ? 'district' : 'school';
    const title = t(`outcomes.places.${kind}`);
    const head = [
      t(`outcomes.places.${kind === 'districts' ? 'district' : 'school'}`),
      t('outcomes.places.requests'),
      t('outcomes.places.late'),
      t('outcomes.places.deferred'),
      t('outcomes.places.onTime'),
      t('outcomes.places.medianDays'),
    ];
    return (
      <ChartCard
        title={title}
        description={t('outcomes.places.note', { count: RANKED })}
        empty={list.length ? null : t('outcomes.places.none')}
        chart={
          <Bars
            data={list
              .slice(0, RANKED)
              // Keys in the order the legend sorts them: late, then deferred.
              .map((p) => ({ label: p.name, aLate: p.late, bDeferred: p.deferred }))}
            series={[
              { name: 'aLate', label: t('outcomes.places.late'), color: 'red.8' },
              { name: 'bDeferred', label: t('outcomes.places.deferred'), color: 'orange.8' },
            ]}
          />
        }
        table={
          wide ? (
            <FiguresTable
              caption={title}
              head={head}
              rows={list.map((p) => [
                <Anchor component={Link} to={behind(null, { kind: placeKind, id: p.id })}>
                  {p.name}
                </Anchor>,
                number.format(p.requests),
                p.late ? (
                  <Anchor
                    component={Link}
                    to={behind('LATE', { kind: placeKind, id: p.id })}
                    aria-label={t('outcomes.behind.lateLink', { count: p.late, place: p.name })}
                  >
                    {number.format(p.late)}
                  </Anchor>
                ) : (
                  number.format(p.late)
                ),
                number.format(p.deferred),
                placeShare(p),
                placeDays(p),
              ])}
            />
          ) : (
            <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
              {list.map((p) => (
                <Paper component="li" withBorder p="xs" key={p.id}>
                  <Anchor
                    component={Link}
                    to={behind(null, { kind: placeKind, id: p.id })}
                    size="sm"
                    fw={600}
                  >
                    {p.name}
                  </Anchor>
                  <Group gap={0} style={{ columnGap: 12 }}>
                    {[
                      [head[1], number.format(p.requests)],
                      [head[2], number.format(p.late)],
                      [head[3], number.format(p.deferred)],
                    ].map(([label, value]) => (
                      <Text size="sm" key={label} style={{ whiteSpace: 'nowrap' }}>
                        {label}: {value}
                      </Text>
                    ))}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {head[4]}: {placeShare(p)} · {head[5]}: {placeDays(p)}
                  </Text>
                </Paper>
              ))}
            </Stack>
          )
        }
      />
    );
  };

  const count = t('outcomes.count');
  return (
    <Stack>
      {r.requests > 0 && (
        <>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <ChartCard
              title={t('outcomes.charts.outcomes')}
              description={t('outcomes.charts.outcomesNote')}
              empty={r.outcomes.length ? null : t('outcomes.charts.noAnswers')}
              chart={
                <Bars
                  data={r.outcomes.map((o) => ({
                    label: t(`outcome.${o.outcome}`),
                    count: o.count,
                  }))}
                  series={[{ name: 'count', label: count, color: 'teal.8' }]}
                />
              }
              table={
                <FiguresTable
                  caption={t('outcomes.charts.outcomes')}
                  head={[t('outcomes.charts.outcome'), count]}
                  rows={r.outcomes.map((o) => [t(`outcome.${o.outcome}`), number.format(o.count)])}
                />
              }
            />
            <ChartCard
              title={t('outcomes.charts.reasons')}
              empty={r.refusalReasons.length ? null : t('outcomes.charts.noReasons')}
              chart={
                <Bars
                  data={r.refusalReasons.map((o) => ({
                    label: t(`refusalReason.${o.reason}`),
                    count: o.count,
                  }))}
                  series={[{ name: 'count', label: count, color: 'red.8' }]}
                />
              }
              table={
                <FiguresTable
                  caption={t('outcomes.charts.reasons')}
                  head={[t('outcomes.charts.reason'), count]}
                  rows={r.refusalReasons.map((o) => [
                    t(`refusalReason.${o.reason}`),
                    number.format(o.count),
                  ])}
                />
              }
            />
          </SimpleGrid>
          <ChartCard
            title={t('outcomes.charts.byType')}
            empty={byType.length ? null : t('outcomes.noRequests')}
            chart={
              <Bars
                stacked
                data={byType}
                series={states.map((state) => ({
                  name: state,
                  label: stateLabel(state),
                  color: STATE_COLORS[state] ?? 'gray.6',
                }))}
              />
            }
            table={
              <FiguresTable
                caption={t('outcomes.charts.byType')}
                head={[t('outcomes.charts.type'), t('outcomes.charts.state'), count]}
                rows={r.requestsByTypeAndState.map((c) => [
                  t(`requestType.${c.type}`),
                  stateLabel(c.state),
                  number.format(c.count),
                ])}
              />
            }
          />
          {places('districts', r.districts)}
          {places('schools', r.schools)}
        </>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ChartCard
          title={t('outcomes.charts.casesByStatus')}
          description={t('outcomes.charts.casesNote')}
          empty={r.cases.byStatus.length ? null : t('outcomes.charts.noCases')}
          chart={
            <Bars
              data={r.cases.byStatus.map((c) => ({
                label: t(`status.${c.status}`),
                count: c.count,
              }))}
              series={[{ name: 'count', label: count, color: 'blue.8' }]}
            />
          }
          table={
            <FiguresTable
              caption={t('outcomes.charts.casesByStatus')}
              head={[t('outcomes.charts.status'), count]}
              rows={r.cases.byStatus.map((c) => [t(`status.${c.status}`), number.format(c.count)])}
            />
          }
        />
        <ChartCard
          title={t('outcomes.charts.caseOutcomes')}
          description={t('outcomes.charts.casesNote')}
          empty={r.cases.outcomes.length ? null : t('outcomes.charts.noCaseOutcomes')}
          chart={
            <Bars
              data={r.cases.outcomes.map((c) => ({
                label: t(`outcomes.caseOutcome.${c.outcome}`),
                count: c.count,
              }))}
              series={[{ name: 'count', label: count, color: 'grape.8' }]}
            />
          }
          table={
            <FiguresTable
              caption={t('outcomes.charts.caseOutcomes')}
              head={[t('outcomes.charts.caseOutcome'), count]}
              rows={r.cases.outcomes.map((c) => [
                t(`outcomes.caseOutcome.${c.outcome}`),
                number.format(c.count),
              ])}
            />
          }
        />
      </SimpleGrid>
      <ChartCard
        title={t('outcomes.charts.caseload')}
        description={t('outcomes.charts.caseloadNote')}
        empty={r.caseloadPerAdvocate.length ? null : t('outcomes.charts.noCaseload')}
        chart={
          <Bars
            data={r.caseloadPerAdvocate.map((a) => ({
              label: a.name,
              openCases: a.openCases,
              openRequests: a.openRequests,
            }))}
            series={[
              { name: 'openCases', label: t('outcomes.charts.openCases'), color: 'blue.8' },
              { name: 'openRequests', label: t('outcomes.charts.openRequests'), color: 'teal.8' },
            ]}
          />
        }
        table={
          <FiguresTable
            caption={t('outcomes.charts.caseload')}
            head={[
              t('outcomes.charts.advocate'),
              t('outcomes.charts.openCases'),
              t('outcomes.charts.openRequests'),
            ]}
            rows={r.caseloadPerAdvocate.map((a) => [
              a.name,
              number.format(a.openCases),
              number.format(a.openRequests),
            ])}
          />
        }
      />
    </Stack>
  );
}
