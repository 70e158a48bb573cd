import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import {
  Alert,
  Anchor,
  Box,
  Group,
  Loader,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChartCard, FiguresTable } from '../../charts/ChartCard';
import { today } from '../dates';
import { request } from '../graphql';
import { TRIGGER_CHOICES, type TriggerChoice } from '../operations';
import { patternCaptions } from '../pattern/pattern-captions';
import { PATTERN, type PatternSummary, type Weekday } from '../pattern/pattern-operations';
import { mondays, patternRange } from '../pattern/pattern-range';
import { usePortalSession } from '../PortalSession';

const WEEK_CHOICES = [4, 8, 12] as const;
const SCHOOL_WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
/** The triggers shown as bars: the rest are in the advocate's summary. */
const TRIGGER_BARS = 5;

/** Missed whole days dark, days in part lighter, days at school light: told apart without color too. */
const COLORS = { missed: 'red.9', partly: 'orange.5', atSchool: 'blue.3' };

/** 2024-01-01 was a Monday: weekday names from Intl, in the page's language. */
const weekdayName = (index: number, language: string) =>
  new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1 + index)),
  );
const shortDay = (day: string, language: string) =>
  new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

/**
 * The attendance pattern of the family's child: by weekday, week by week, and what seemed to
 * make it hard, each chart led by one sentence in the family's words. Its own chunk: the
 * chart library loads with this page only.
 */
export function PatternPage() {
  const { t, i18n } = useTranslation();
  const { me } = usePortalSession();
  const students = me?.families.flatMap((f) => f.students) ?? [];
  const [studentId, setStudentId] = useState(students[0]?.id ?? '');
  const [weeks, setWeeks] = useState<number>(8);
  const [summary, setSummary] = useState<PatternSummary | null>(null);
  const [failed, setFailed] = useState(false);
  const [choices, setChoices] = useState<TriggerChoice[]>([]);

  useEffect(() => {
    request<{ portalTriggers: TriggerChoice[] }>(TRIGGER_CHOICES)
      .then((data) => setChoices(data.portalTriggers))
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!studentId) return;
    setSummary(null);
    setFailed(false);
    request<{ portalAttendanceSummary: PatternSummary }>(PATTERN, {
      studentId,
      ...patternRange(today(), weeks),
    })
      .then((data) => setSummary(data.portalAttendanceSummary))
      .catch(() => setFailed(true));
  }, [studentId, weeks]);

  const language = i18n.language;
  // A built-in trigger in the portal's words; the organization's own in the page's language
  // when it has one, else as written.
  const triggerWords = (label: string) => {
    const choice = choices.find((c) => c.label === label);
    if (choice && !choice.builtIn)
      return choice.translations.find((x) => x.language === language)?.label ?? label;
    return t(`trigger.${label}`, { defaultValue: label });
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('pattern.title')}
        </Title>
        <Text>{t('pattern.intro')}</Text>
      </Stack>
      {students.length > 1 && (
        <NativeSelect
          label={t('pattern.student')}
          value={studentId}
          onChange={(event) => setStudentId(event.currentTarget.value)}
          data={students.map((s) => ({ value: s.id, label: s.name }))}
        />
      )}
      <Stack gap={4}>
        <Text fw={500} size="sm" id="pattern-weeks">
          {t('pattern.weeks')}
        </Text>
        <SegmentedControl
          aria-labelledby="pattern-weeks"
          value={String(weeks)}
          onChange={(value) => setWeeks(Number(value))}
          data={WEEK_CHOICES.map((n) => ({
            value: String(n),
            label: t('pattern.weeksOption', { count: n }),
          }))}
        />
      </Stack>
      {students.length === 0 && <Text>{t('pattern.none')}</Text>}
      {failed && (
        <Alert color="red" role="alert">
          {t('app.unexpected')}
        </Alert>
      )}
      {!failed && !summary && studentId && <Loader role="status" aria-label={t('app.loading')} />}
      {summary && <Pattern summary={summary} triggerWords={triggerWords} language={language} />}
    </Stack>
  );
}

function Pattern({
  summary: s,
  triggerWords,
  language,
}: {
  summary: PatternSummary;
  triggerWords: (label: string) => string;
  language: string;
}) {
  const { t } = useTranslation();
  const captions = patternCaptions(s, t, triggerWords, language);
  if (captions.none)
    return (
      <Stack gap="xs">
        <Text size="lg" fw={600}>
          {captions.none}
        </Text>
        <Anchor component={Link} to="/log-day">
          {t('pattern.logDay')}
        </Anchor>
      </Stack>
    );

  // Keys in the order the legend sorts them: missed, in part, at school (bottom to top).
  const series = [
    { name: 'aMissed', label: t('pattern.missed'), color: COLORS.missed },
    { name: 'bPartly', label: t('pattern.partly'), color: COLORS.partly },
    { name: 'cAtSchool', label: t('pattern.atSchool'), color: COLORS.atSchool },
  ];
  const bars = (c: { enteredDays: number; missedDays: number; partialDays: number }) => ({
    aMissed: c.missedDays,
    bPartly: c.partialDays,
    cAtSchool: c.enteredDays - c.missedDays - c.partialDays,
    total: c.enteredDays,
  });
  const byWeekday = SCHOOL_WEEKDAYS.map((weekday, index) => {
    const found = s.weekdays.find((w) => w.weekday === weekday);
    return {
      day: weekdayName(index, language),
      ...bars(found ?? { enteredDays: 0, missedDays: 0, partialDays: 0 }),
    };
  });
  // Every week of the range, so a week with nothing logged shows as a gap in time.
  const byWeek = mondays(s.from, s.to).map((monday) => {
    const found = s.weeks.find((w) => w.weekStart === monday);
    return {
      week: shortDay(monday, language),
      ...bars(found ?? { enteredDays: 0, missedDays: 0, partialDays: 0 }),
    };
  });
  const chart = (data: Array<{ total: number }>) => ({
    h: 220,
    type: 'stacked' as const,
    // Whole days, and room for the tallest stack (the axis would cut it otherwise).
    yAxisProps: {
      allowDecimals: false,
      width: 28,
      domain: [0, Math.max(1, ...data.map((d) => d.total))],
    },
    tickLine: 'y' as const,
    series,
  });
  const head = (first: string) => [
    first,
    t('pattern.missed'),
    t('pattern.partly'),
    t('pattern.atSchool'),
  ];
  const rows = (
    data: Array<{ aMissed: number; bPartly: number; cAtSchool: number }>,
    names: string[],
  ) => data.map((d, i) => [names[i] ?? '', d.aMissed, d.bPartly, d.cAtSchool]);
  // The legend in plain HTML above the bars: it wraps on a phone where the chart's would be cut.
  const legend = (
    <Group gap="md" style={{ rowGap: 4 }}>
      {series.map((x) => (
        <Group key={x.name} gap={6} wrap="nowrap">
          <Box w={14} h={14} bg={x.color} style={{ borderRadius: 3 }} />
          <Text size="sm">{x.label}</Text>
        </Group>
      ))}
    </Group>
  );
  const triggers = s.topTriggers.slice(0, TRIGGER_BARS);
  const most = Math.max(1, ...triggers.map((x) => x.days));

  return (
    <Stack gap="lg">
      <Text size="lg">{captions.overall}</Text>
      <ChartCard
        title={t('pattern.byWeekday')}
        caption={captions.weekday}
        empty={null}
        chart={
          <Stack gap="xs">
            {legend}
            <BarChart
              accessibilityLayer={false}
              {...chart(byWeekday)}
              data={byWeekday}
              dataKey="day"
            />
          </Stack>
        }
        table={
          <VisuallyHidden>
            <FiguresTable
              caption={t('pattern.byWeekday')}
              head={head(t('pattern.day'))}
              rows={rows(
                byWeekday,
                SCHOOL_WEEKDAYS.map((w) => t(`pattern.weekdays.${w}`)),
              )}
            />
          </VisuallyHidden>
        }
      />
      <ChartCard
        title={t('pattern.byWeek')}
        caption={captions.trend}
        empty={null}
        chart={
          <Stack gap="xs">
            {legend}
            <BarChart accessibilityLayer={false} {...chart(byWeek)} data={byWeek} dataKey="week" />
          </Stack>
        }
        table={
          <VisuallyHidden>
            <FiguresTable
              caption={t('pattern.byWeek')}
              head={head(t('pattern.week'))}
              rows={rows(
                byWeek,
                byWeek.map((w) => w.week),
              )}
            />
          </VisuallyHidden>
        }
      />
      <ChartCard
        title={t('pattern.byTrigger')}
        caption={captions.trigger}
        // No triggers noted: the caption says so, there is nothing to draw.
        empty={null}
        chart={
          triggers.length > 0 && (
            // Plain bars with the words above them: long trigger names read well on a phone.
            <Stack gap="sm">
              {triggers.map((x) => (
                <Box key={x.label}>
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Text size="sm">{triggerWords(x.label)}</Text>
                    <Text size="sm" fw={600}>
                      {x.days}
                    </Text>
                  </Group>
                  <Box
                    h={10}
                    bg="grape.7"
                    style={{ width: `${(100 * x.days) / most}%`, borderRadius: 4 }}
                  />
                </Box>
              ))}
            </Stack>
          )
        }
        table={
          triggers.length > 0 && (
            <VisuallyHidden>
              <FiguresTable
                caption={t('pattern.byTrigger')}
                head={[t('pattern.what'), t('pattern.days')]}
                rows={triggers.map((x) => [triggerWords(x.label), x.days])}
              />
            </VisuallyHidden>
          )
        }
      />
    </Stack>
  );
}
