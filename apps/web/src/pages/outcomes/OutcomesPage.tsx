import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  MultiSelect,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../dates';
import { errorCode, fieldErrorsByPath } from '../../errors';
import type { OutcomeReportQuery, ReportedFigure, WrittenRequestType } from '../../gql/graphql';
import { CSV_TABLES, csvAddress, useCsvDownload } from './download';
import { Figure } from './Figure';
import { freshnessNotice } from './freshness';
import { yearBefore, type DayRange } from './range';
import { RangePicker } from './RangePicker';
import { requestsBehind, useReportParams } from './report-params';
import { OUTCOME_CHOICES, OUTCOME_REPORT, TOO_FEW } from './report';

const OutcomeCharts = lazy(async () => ({
  default: (await import('./OutcomeCharts')).OutcomeCharts,
}));

export const REQUEST_TYPES: WrittenRequestType[] = [
  'EVALUATION',
  'IEP_MEETING',
  'RECORDS',
  'FBA',
  'BEHAVIOR_PLAN',
  'ACCOMMODATIONS',
  'REINTEGRATION_PLAN',
  'PRIOR_WRITTEN_NOTICE',
  'INDEPENDENT_EVALUATION',
  'HOME_INSTRUCTION',
  'OTHER',
];

type Report = OutcomeReportQuery['outcomeReport'];

/** The organization's outcome report over a range, for admins and analysts. */
export function OutcomesPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { params, preset, range, filter, update, choose, setDay, setMany } = useReportParams();
  const compare = params.get('compare') === '1';

  const choices = useQuery(OUTCOME_CHOICES);
  const report = useQuery(OUTCOME_REPORT, { variables: { range, filter } });
  const earlier = useQuery(OUTCOME_REPORT, {
    variables: { range: yearBefore(range), filter },
    skip: !compare,
  });
  // When the page received the figures on screen: their freshness is judged against it (an
  // answer from the cache, shown while the api is asked again, is not judged).
  const [receivedAt, setReceivedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (report.data && !report.loading) setReceivedAt(new Date());
  }, [report.data, report.loading]);

  const districts = choices.data?.districts.edges.map((e) => e.node) ?? [];
  const schoolChoices = districts
    .filter((d) => !filter.districtIds.length || filter.districtIds.includes(d.id))
    .map((d) => ({ group: d.name, items: d.schools.map((s) => ({ value: s.id, label: s.name })) }))
    .filter((g) => g.items.length);
  const advocates =
    choices.data?.members.edges
      .map((e) => e.node)
      .filter((m) => m.role !== 'ANALYST')
      .map((m) => ({ value: m.id, label: m.user.name })) ?? [];

  const number = useMemo(() => new Intl.NumberFormat(language), [language]);
  const days = useMemo(
    () => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }),
    [language],
  );
  const percent = useMemo(
    () => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }),
    [language],
  );

  const code = errorCode(report.error);
  const problems = Object.values(fieldErrorsByPath(report.error));
  const r = report.data?.outcomeReport;
  const before = compare ? earlier.data?.outcomeReport : undefined;
  const beforeLine = (value: string | null) =>
    compare && value !== null ? t('outcomes.yearBefore', { value }) : null;

  // The api's answer to a role the report is not for: nothing to choose, only why.
  if (code === 'FORBIDDEN')
    return (
      <Stack>
        <Title order={2}>{t('outcomes.title')}</Title>
        <Alert color="red" role="alert" title={t('outcomes.forbiddenTitle')}>
          {t('outcomes.forbidden')}
        </Alert>
      </Stack>
    );

  return (
    <Stack>
      <Title order={2}>{t('outcomes.title')}</Title>
      <Text size="sm">{t('outcomes.intro')}</Text>

      <Card withBorder padding="sm" component="section" aria-labelledby="outcomes-range">
        <Stack gap="sm">
          <Title order={3} size="h5" id="outcomes-range">
            {t('outcomes.rangeTitle')}
          </Title>
          <RangePicker
            label={t('outcomes.rangeTitle')}
            presets={[
              { value: 'schoolYear', label: t('outcomes.presets.schoolYear') },
              { value: 'lastSchoolYear', label: t('outcomes.presets.lastSchoolYear') },
              { value: 'custom', label: t('outcomes.presets.custom') },
            ]}
            preset={preset}
            range={range}
            onPreset={choose}
            onDay={setDay}
          />
          <Text size="sm" data-testid="outcomes-range">
            {t('outcomes.rangeShown', {
              from: formatDay(range.from, language),
              to: formatDay(range.to, language),
            })}
          </Text>
          <Switch
            label={t('outcomes.compare')}
            checked={compare}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              update((next) => (on ? next.set('compare', '1') : next.delete('compare')));
            }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <MultiSelect
              label={t('outcomes.filters.districts')}
              placeholder={filter.districtIds.length ? undefined : t('outcomes.filters.all')}
              data={districts.map((d) => ({ value: d.id, label: d.name }))}
              value={filter.districtIds}
              onChange={(v) => setMany('district', v)}
              searchable
              clearable
            />
            <MultiSelect
              label={t('outcomes.filters.schools')}
              placeholder={filter.schoolIds.length ? undefined : t('outcomes.filters.all')}
              data={schoolChoices}
              value={filter.schoolIds}
              onChange={(v) => setMany('school', v)}
              searchable
              clearable
            />
            <MultiSelect
              label={t('outcomes.filters.advocates')}
              placeholder={filter.advocateIds.length ? undefined : t('outcomes.filters.all')}
              data={advocates}
              value={filter.advocateIds}
              onChange={(v) => setMany('advocate', v)}
              searchable
              clearable
            />
            <MultiSelect
              label={t('outcomes.filters.types')}
              placeholder={filter.requestTypes.length ? undefined : t('outcomes.filters.all')}
              data={REQUEST_TYPES.map((type) => ({ value: type, label: t(`requestType.${type}`) }))}
              value={filter.requestTypes}
              onChange={(v) => setMany('type', v)}
              searchable
              clearable
            />
          </SimpleGrid>
        </Stack>
      </Card>

      {code === 'BAD_USER_INPUT' ? (
        <Alert color="red" role="alert" title={t('outcomes.badRange')}>
          {problems.join(' ')}
        </Alert>
      ) : report.error ? (
        <Alert color="red" role="alert">
          {t('common.loadFailed')}
        </Alert>
      ) : !r ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : (
        <Figures
          report={r}
          before={before}
          beforeLine={beforeLine}
          receivedAt={receivedAt}
          refreshing={report.loading}
          format={{ number, days, percent }}
          behind={(figure, place) => requestsBehind(params, figure, place)}
        />
      )}

      {r && <Downloads range={range} filter={filter} />}
    </Stack>
  );
}

interface Formats {
  number: Intl.NumberFormat;
  days: Intl.NumberFormat;
  percent: Intl.NumberFormat;
}

function Figures({
  report: r,
  before,
  beforeLine,
  receivedAt,
  refreshing,
  format,
  behind,
}: {
  /** The address of the requests behind a figure (null: all of them). */
  behind: (
    figure: ReportedFigure | null,
    place?: { kind: 'district' | 'school'; id: string },
  ) => string;
  report: Report;
  before: Report | undefined;
  beforeLine: (value: string | null) => string | null;
  receivedAt: Date | null;
  refreshing: boolean;
  format: Formats;
}) {
  const { t, i18n } = useTranslation();
  const { number, days, percent } = format;
  const share = (value: number | null | undefined, base: number) =>
    value === null || value === undefined || base < TOO_FEW ? null : percent.format(value);
  const dayCount = (value: number | null | undefined, base: number) =>
    value === null || value === undefined || base < TOO_FEW
      ? null
      : t('outcomes.days', { count: value, value: days.format(value) });
  const tooFew = (count: number) =>
    count ? t('outcomes.tooFew', { count, min: TOO_FEW }) : t('outcomes.noneYet');
  const onTime = share(r.deadlines.share, r.deadlines.decided);
  const median = dayCount(r.daysToFirstResponse.median, r.daysToFirstResponse.answered);
  const p90 = dayCount(r.daysToFirstResponse.p90, r.daysToFirstResponse.answered);
  const followUps = share(r.followUps.share, r.followUps.followedUp);
  const resolution = dayCount(r.cases.medianDaysToResolution, r.cases.resolved);
  // Until the api has answered afresh, the figures' own time only, without a judgement.
  const notice =
    receivedAt && !refreshing
      ? freshnessNotice(r.freshness, receivedAt, t, i18n.language)
      : freshnessNotice({ ...r.freshness, replica: false }, new Date(), t, i18n.language);

  return (
    <Stack aria-busy={refreshing}>
      {notice.behind ? (
        <Alert color="blue" role="status" data-testid="outcomes-freshness">
          {notice.text}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed" data-testid="outcomes-freshness">
          {notice.text}
        </Text>
      )}
      {r.requests === 0 ? (
        <Text c="dimmed">{t('outcomes.noRequests')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="sm">
          <Figure
            label={t('outcomes.figures.requests')}
            to={behind(null)}
            value={number.format(r.requests)}
            detail={t('outcomes.figures.requestsDetail')}
            before={before ? beforeLine(number.format(before.requests)) : null}
          />
          <Figure
            label={t('outcomes.figures.onTime')}
            to={r.deadlines.answeredByDeadline ? behind('ANSWERED_BY_DEADLINE') : undefined}
            value={onTime ?? '—'}
            detail={
              onTime
                ? t('outcomes.figures.onTimeDetail', {
                    answered: number.format(r.deadlines.answeredByDeadline),
                    count: r.deadlines.decided,
                  })
                : tooFew(r.deadlines.decided)
            }
            before={
              before ? beforeLine(share(before.deadlines.share, before.deadlines.decided)) : null
            }
          />
          <Figure
            label={t('outcomes.figures.median')}
            value={median ?? '—'}
            detail={
              median
                ? t('outcomes.figures.p90', {
                    value: p90,
                    count: r.daysToFirstResponse.answered,
                  })
                : tooFew(r.daysToFirstResponse.answered)
            }
            before={
              before
                ? beforeLine(
                    dayCount(
                      before.daysToFirstResponse.median,
                      before.daysToFirstResponse.answered,
                    ),
                  )
                : null
            }
          />
          <Figure
            label={t('outcomes.figures.overdueNow')}
            to={r.overdueNow ? behind('OVERDUE_NOW') : undefined}
            value={number.format(r.overdueNow)}
            detail={t('outcomes.figures.overdueDetail')}
          />
          <Figure
            label={t('outcomes.figures.deferred')}
            to={r.deadlines.deferred ? behind('ONLY_DEFERRED') : undefined}
            value={number.format(r.deadlines.deferred)}
            detail={t('outcomes.figures.deferredDetail')}
            before={before ? beforeLine(number.format(before.deadlines.deferred)) : null}
          />
          <Figure
            label={t('outcomes.figures.refusedWithoutPwn')}
            to={r.deadlines.refusedWithoutPwn ? behind('REFUSED_WITHOUT_PWN') : undefined}
            value={number.format(r.deadlines.refusedWithoutPwn)}
            detail={t('outcomes.figures.refusedWithoutPwnDetail')}
            before={before ? beforeLine(number.format(before.deadlines.refusedWithoutPwn)) : null}
          />
          <Figure
            label={t('outcomes.figures.followUps')}
            value={followUps ?? '—'}
            detail={
              followUps
                ? t('outcomes.figures.followUpsDetail', {
                    answered: number.format(r.followUps.answeredWithinFiveSchoolDays),
                    count: r.followUps.followedUp,
                  })
                : tooFew(r.followUps.followedUp)
            }
            before={
              before ? beforeLine(share(before.followUps.share, before.followUps.followedUp)) : null
            }
          />
          <Figure
            label={t('outcomes.figures.cases')}
            value={number.format(r.cases.opened)}
            detail={
              resolution
                ? t('outcomes.figures.casesDetail', {
                    resolved: number.format(r.cases.resolved),
                    days: resolution,
                  })
                : t('outcomes.figures.casesResolved', { count: r.cases.resolved })
            }
            before={before ? beforeLine(number.format(before.cases.opened)) : null}
          />
        </SimpleGrid>
      )}
      {r.deadlines.setByHand > 0 && (
        <Text size="sm">
          {t('outcomes.setByHand', {
            count: r.deadlines.setByHand,
            answered: number.format(r.deadlines.setByHandAnsweredByDeadline),
          })}
        </Text>
      )}
      <Suspense fallback={<Loader role="status" aria-label={t('common.loading')} />}>
        <OutcomeCharts report={r} behind={behind} />
      </Suspense>
    </Stack>
  );
}

function Downloads({
  range,
  filter,
}: {
  range: DayRange;
  filter: Parameters<typeof csvAddress>[2];
}) {
  const { t } = useTranslation();
  const { busy, failed, download } = useCsvDownload({
    forbidden: t('outcomes.forbidden'),
    failed: t('outcomes.downloadFailed'),
  });
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="outcomes-downloads">
      <Title order={3} size="h5" id="outcomes-downloads">
        {t('outcomes.downloads')}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('outcomes.downloadsNote')}
      </Text>
      {failed && (
        <Alert color="red" role="alert" mb="xs">
          {failed}
        </Alert>
      )}
      <Group gap="xs">
        {CSV_TABLES.map((table) => (
          <Button
            key={table}
            variant="default"
            size="xs"
            loading={busy === table}
            onClick={() =>
              void download(
                table,
                csvAddress(table, range, filter),
                `outcome-${table}-${range.from}-${range.to}.csv`,
              )
            }
          >
            {t(`outcomes.csv.${table}`)}
          </Button>
        ))}
      </Group>
    </Card>
  );
}
