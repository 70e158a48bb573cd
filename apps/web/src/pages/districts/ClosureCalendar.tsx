import '@mantine/dates/styles.css';
import 'dayjs/locale/es';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, List, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { Calendar, DatesProvider } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayFromToday, formatDay } from '../../dates';
import { errorCode, fieldErrors } from '../../errors';
import { graphql } from '../../gql';
import type { DistrictPageQuery } from '../../gql/graphql';
import { isWeekend } from './district-parts';

type Year = DistrictPageQuery['district']['schoolYears'][number];

const ADD = graphql(`
  mutation AddDistrictClosure($schoolYearId: ID!, $days: [NonSchoolDayInput!]!) {
    addNonSchoolDays(schoolYearId: $schoolYearId, days: $days) {
      id
    }
  }
`);

const REMOVE = graphql(`
  mutation RemoveDistrictClosure($schoolYearId: ID!, $dates: [String!]!) {
    removeNonSchoolDays(schoolYearId: $schoolYearId, dates: $dates) {
      id
    }
  }
`);

/** The first of the month a day is in, as Mantine's calendar wants it. */
const monthOf = (day: string) => `${day.slice(0, 7)}-01`;

/**
 * One school year's days without school as a month calendar: choose a weekday, then mark it
 * as no school (with an optional reason) or make it a school day again; saved at once and said.
 */
export function ClosureCalendar(props: {
  years: Year[];
  year: Year;
  onChooseYear: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const { year } = props;
  const today = dayFromToday(0);
  const [month, setMonth] = useState(
    monthOf(year.firstDay <= today && today <= year.lastDay ? today : year.firstDay),
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const options = { refetchQueries: ['DistrictPage'], awaitRefetchQueries: true };
  const [add, adding] = useMutation(ADD, options);
  const [remove, removing] = useMutation(REMOVE, options);

  const closures = new Map(year.nonSchoolDays.map((d) => [d.date, d.label]));
  const day = (d: string) => formatDay(d, i18n.language);
  const inMonth = year.nonSchoolDays.filter((d) => d.date.startsWith(month.slice(0, 7)));
  const chosenLabel = chosen ? closures.get(chosen) : undefined;

  const choose = (date: string) => {
    setChosen(date);
    setReason('');
    setDone(null);
    setProblem(null);
  };
  const save = async () => {
    if (!chosen) return;
    setDone(null);
    setProblem(null);
    try {
      if (chosenLabel !== undefined) {
        await remove({ variables: { schoolYearId: year.id, dates: [chosen] } });
        setDone(t('districts.calendar.removed', { day: day(chosen) }));
      } else {
        const label = reason.trim() || t('districts.calendar.defaultReason');
        await add({ variables: { schoolYearId: year.id, days: [{ from: chosen, label }] } });
        setDone(t('districts.calendar.added', { day: day(chosen) }));
        setReason('');
      }
    } catch (error) {
      const fields = fieldErrors(error);
      setProblem(
        Object.keys(fields).length
          ? t('districts.calendar.pick')
          : errorCode(error) === 'NOT_FOUND'
            ? t('districts.gone')
            : t('common.unexpected'),
      );
    }
  };

  return (
    <Stack gap="md">
      {props.years.length > 1 && (
        <Select
          label={t('districts.calendar.year')}
          allowDeselect={false}
          maw={240}
          value={year.id}
          data={props.years.map((y) => ({ value: y.id, label: y.label }))}
          onChange={(id) => id && props.onChooseYear(id)}
        />
      )}
      <Text size="sm">{t('districts.calendar.help')}</Text>
      <Group align="flex-start" gap="xl" wrap="wrap">
        <Paper withBorder p="sm">
          <DatesProvider settings={{ locale: i18n.language.startsWith('es') ? 'es' : 'en' }}>
            <Calendar
              date={month}
              onDateChange={setMonth}
              minDate={year.firstDay}
              maxDate={year.lastDay}
              maxLevel="month"
              hideOutsideDates
              excludeDate={isWeekend}
              nextLabel={t('districts.calendar.next')}
              previousLabel={t('districts.calendar.previous')}
              getDayAriaLabel={(date) => {
                const label = closures.get(date);
                return label !== undefined
                  ? t('districts.calendar.noSchool', { day: day(date), label })
                  : t('districts.calendar.schoolDay', { day: day(date) });
              }}
              getDayProps={(date) => ({
                selected: date === chosen,
                'aria-pressed': date === chosen,
                onClick: () => choose(date),
                style: closures.has(date)
                  ? {
                      backgroundColor: 'var(--mantine-color-red-9)',
                      color: 'var(--mantine-color-white)',
                      outline:
                        date === chosen ? '3px solid var(--mantine-color-blue-9)' : undefined,
                    }
                  : undefined,
              })}
            />
          </DatesProvider>
        </Paper>
        <Stack gap="sm" maw={360} style={{ flex: '1 1 260px' }}>
          <div>
            <Text fw={600} size="sm">
              {t('districts.calendar.inMonth')}
            </Text>
            {inMonth.length ? (
              <List size="sm" data-testid="month-closures">
                {inMonth.map((d) => (
                  <List.Item key={d.date}>
                    {day(d.date)}: {d.label}
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" c="dimmed" data-testid="month-closures">
                {t('districts.calendar.noneInMonth')}
              </Text>
            )}
          </div>
          {done && (
            <Alert color="green" role="status">
              {done}
            </Alert>
          )}
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          {chosen ? (
            <Stack gap="xs">
              <Text size="sm" fw={600}>
                {t('districts.calendar.chosen', { day: day(chosen) })}
              </Text>
              {chosenLabel === undefined && (
                <TextInput
                  label={t('districts.calendar.reason')}
                  description={t('districts.calendar.reasonHelp')}
                  value={reason}
                  maxLength={200}
                  onChange={(e) => setReason(e.currentTarget.value)}
                />
              )}
              <Group>
                <Button loading={adding.loading || removing.loading} onClick={() => void save()}>
                  {chosenLabel !== undefined
                    ? t('districts.calendar.remove')
                    : t('districts.calendar.add')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {t('districts.calendar.pick')}
            </Text>
          )}
        </Stack>
      </Group>
    </Stack>
  );
}
