import '@mantine/dates/styles.css';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  Modal,
  MultiSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayFromToday, formatDay } from '../../dates';
import { errorCode, fieldErrorsByPath } from '../../errors';
import { graphql } from '../../gql';
import type { AttendancePageQuery, AttendanceStatus, AttendanceWeekQuery } from '../../gql/graphql';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { addDays, mondayOf, schoolWeek, weekProblems } from './week';

const WEEK = graphql(`
  query AttendanceWeek($studentId: ID!, $from: String!, $to: String!) {
    attendanceEntries(studentId: $studentId, from: $from, to: $to, first: 7) {
      edges {
        node {
          id
          date
          status
          periodsMissed
          arrivalTime
          triggers
          notes
          studentResponse
          supports {
            id
          }
        }
      }
    }
  }
`);

const RECORD_WEEK = graphql(`
  mutation RecordAttendanceWeek($input: RecordAttendanceWeekInput!) {
    recordAttendanceWeek(input: $input) {
      id
      date
      status
      periodsMissed
      arrivalTime
      triggers
      notes
      studentResponse
      supports {
        id
      }
    }
  }
`);

const DELETE_ENTRY = graphql(`
  mutation DeleteAttendanceEntry($id: ID!) {
    deleteAttendanceEntry(id: $id) {
      id
    }
  }
`);

type Entry = AttendanceWeekQuery['attendanceEntries']['edges'][number]['node'];
type Support = AttendancePageQuery['supports'][number];
type Tag = AttendancePageQuery['observationTags'][number];
type SchoolYear = NonNullable<
  AttendancePageQuery['case']['student']['school']
>['district']['schoolYears'][number];

/** The statuses in the order a phone call tells them: the usual day first. */
const STATUSES: AttendanceStatus[] = [
  'FULL',
  'TARDY',
  'PARTIAL',
  'ABSENT',
  'IN_BUILDING_NOT_IN_CLASS',
];
/** Statuses that can name periods missed, and those with an arrival time (the api's rules). */
const WITH_PERIODS: AttendanceStatus[] = ['PARTIAL', 'TARDY', 'IN_BUILDING_NOT_IN_CLASS'];
const WITH_ARRIVAL: AttendanceStatus[] = ['PARTIAL', 'TARDY'];
/** The periods offered; more appear when an entry already names them. */
const PERIODS = 8;
/** The radio value of a day not entered. */
const NONE = 'NONE';

interface DayValues {
  status: AttendanceStatus | typeof NONE;
  periods: string[];
  arrivalTime: string;
  triggers: string[];
  supportIds: string[];
  studentResponse: string;
  notes: string;
}

const emptyDay = (): DayValues => ({
  status: NONE,
  periods: [],
  arrivalTime: '',
  triggers: [],
  supportIds: [],
  studentResponse: '',
  notes: '',
});

const fromEntry = (entry: Entry): DayValues => ({
  status: entry.status,
  periods: entry.periodsMissed.map(String),
  arrivalTime: entry.arrivalTime ?? '',
  triggers: entry.triggers,
  supportIds: entry.supports.map((s) => s.id),
  studentResponse: entry.studentResponse,
  notes: entry.notes,
});

/** Why the district has no school on `date`, if it has none (null: school, or no calendar). */
function noSchoolReason(
  date: string,
  years: readonly SchoolYear[] | null,
  outsideYear: string,
): string | null {
  if (!years?.length) return null;
  const year = years.find((y) => y.firstDay <= date && date <= y.lastDay);
  if (!year) return outsideYear;
  return year.nonSchoolDays.find((d) => d.date === date)?.label ?? null;
}

interface GridProps {
  studentId: string;
  /** The Monday shown. */
  week: string;
  onWeekChange: (monday: string) => void;
  supports: readonly Support[];
  tags: readonly Tag[];
  schoolYears: readonly SchoolYear[] | null;
}

/**
 * Monday to Friday of one week, one card a day (five columns on a wide screen), prefilled
 * with what is recorded; one save for the week.
 */
export function WeekGrid(props: GridProps) {
  const { t, i18n } = useTranslation();
  const { studentId, week } = props;
  const thisWeek = mondayOf(dayFromToday(0));
  const friday = addDays(week, 4);
  const { data, loading, error, refetch } = useQuery(WEEK, {
    variables: { studentId, from: week, to: friday },
    fetchPolicy: 'cache-and-network',
  });
  // Bumped after a save, so the form starts again from what the api now holds.
  const [saves, setSaves] = useState(0);
  const [saved, setSaved] = useState(false);
  // Edits not saved yet: changing week asks first, so a phone call's notes are not lost.
  const [dirty, setDirty] = useState(false);
  const [leavingTo, setLeavingTo] = useState<string | null>(null);
  const goTo = (monday: string) => {
    if (dirty) {
      setLeavingTo(monday);
      return;
    }
    setSaved(false);
    props.onWeekChange(monday);
  };

  const weekLabel = t('attendance.weekOf', { date: formatDay(week, i18n.language) });
  return (
    <Card withBorder component="section" aria-labelledby="week-heading">
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Title order={3} size="h4" id="week-heading">
          {weekLabel}
        </Title>
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={() => goTo(addDays(week, -7))}>
            {t('attendance.previousWeek')}
          </Button>
          <Button
            variant="default"
            size="xs"
            disabled={week === thisWeek}
            onClick={() => goTo(thisWeek)}
          >
            {t('attendance.thisWeek')}
          </Button>
          <Button
            variant="default"
            size="xs"
            disabled={week >= thisWeek}
            onClick={() => goTo(addDays(week, 7))}
          >
            {t('attendance.nextWeek')}
          </Button>
        </Group>
      </Group>
      <Modal
        opened={leavingTo !== null}
        onClose={() => setLeavingTo(null)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('attendance.unsavedTitle')}
      >
        <Text size="sm" mb="md">
          {t('attendance.unsaved')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setLeavingTo(null)}>
            {t('attendance.stay')}
          </Button>
          <Button
            color="red.9"
            onClick={() => {
              const monday = leavingTo;
              setLeavingTo(null);
              setDirty(false);
              setSaved(false);
              if (monday) props.onWeekChange(monday);
            }}
          >
            {t('attendance.leave')}
          </Button>
        </Group>
      </Modal>
      {saved && (
        <Alert color="teal" role="status" mb="sm">
          {t('attendance.saved')}
        </Alert>
      )}
      {error && !data ? (
        <Alert color="red" role="alert">
          {t('common.loadFailed')}
        </Alert>
      ) : loading && !data ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : (
        <WeekForm
          key={`${week}:${saves}`}
          {...props}
          entries={(data?.attendanceEntries.edges ?? []).map((e) => e.node)}
          onSaved={async () => {
            await refetch();
            setSaves((n) => n + 1);
            setSaved(true);
            setDirty(false);
          }}
          onEdit={() => {
            setSaved(false);
            setDirty(true);
          }}
        />
      )}
    </Card>
  );
}

function WeekForm(
  props: GridProps & {
    entries: Entry[];
    onSaved: () => Promise<void>;
    onEdit: () => void;
  },
) {
  const { t, i18n } = useTranslation();
  const { studentId, week, entries } = props;
  const today = dayFromToday(0);
  const dates = schoolWeek(week);
  const byDate = new Map(entries.map((e) => [e.date, e]));
  const [values, setValues] = useState<Record<string, DayValues>>(() =>
    Object.fromEntries(
      dates.map((date) => {
        const entry = byDate.get(date);
        return [date, entry ? fromEntry(entry) : emptyDay()];
      }),
    ),
  );
  const [errors, setErrors] = useState<Record<string, Record<string, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [recordWeek] = useMutation(RECORD_WEEK, { refetchQueries: ['AttendanceSummary'] });
  const [deleteEntry] = useMutation(DELETE_ENTRY, { refetchQueries: ['AttendanceSummary'] });

  const update = (date: string, change: Partial<DayValues>) => {
    props.onEdit();
    setValues((all) => ({ ...all, [date]: { ...(all[date] ?? emptyDay()), ...change } }));
    // The problem told about a field goes once the field is changed.
    setErrors((all) => {
      const day = { ...all[date] };
      for (const key of Object.keys(change)) {
        delete day[key === 'periods' ? 'periodsMissed' : key];
        if (key === 'status') delete day['date'];
      }
      return { ...all, [date]: day };
    });
  };

  // The past school days showing "not entered": "every other day she went" in one click.
  const openDays = dates.filter((d) => d <= today && values[d]?.status === NONE && !noSchool(d));

  function noSchool(date: string) {
    return noSchoolReason(date, props.schoolYears, t('attendance.outsideSchoolYear'));
  }

  const save = async () => {
    setProblem(null);
    setErrors({});
    const entered = dates.filter((d) => d <= today && values[d]?.status !== NONE);
    const cleared = dates.filter((d) => values[d]?.status === NONE && byDate.has(d));
    if (!entered.length && !cleared.length) {
      setProblem(t('attendance.nothingToSave'));
      return;
    }
    setSaving(true);
    try {
      if (entered.length) {
        await recordWeek({
          variables: {
            input: {
              studentId,
              weekOf: week,
              days: entered.map((date) => {
                const v = values[date] ?? emptyDay();
                const status = v.status as AttendanceStatus;
                return {
                  date,
                  status,
                  // Only what the status can have: a day changed from late to absent sends no
                  // arrival time left from before.
                  periodsMissed: WITH_PERIODS.includes(status) ? v.periods.map(Number) : [],
                  arrivalTime:
                    WITH_ARRIVAL.includes(status) && v.arrivalTime ? v.arrivalTime : null,
                  triggers: v.triggers,
                  supportIds: v.supportIds,
                  studentResponse: v.studentResponse,
                  notes: v.notes,
                  // The card says when the calendar has no school that day; entering it anyway
                  // is the advocate's choice.
                  acknowledgeNonSchoolDay: noSchool(date) !== null || undefined,
                };
              }),
            },
          },
        });
      }
      for (const date of cleared) {
        const entry = byDate.get(date);
        if (entry) await deleteEntry({ variables: { id: entry.id } });
      }
      await props.onSaved();
    } catch (error) {
      const { byDay, other } = weekProblems(fieldErrorsByPath(error), entered);
      setErrors(byDay);
      const code = errorCode(error);
      if (other.length) setProblem(other.join(' '));
      else if (Object.keys(byDay).length) setProblem(t('attendance.fixFields'));
      else if (code === 'CONFLICT' && CombinedGraphQLErrors.is(error))
        setProblem(error.errors[0]?.message ?? t('common.unexpected'));
      else setProblem(t('common.unexpected'));
    } finally {
      setSaving(false);
    }
  };

  const tagOptions = (selected: string[]) => {
    const language = i18n.language.slice(0, 2);
    const options = props.tags.map((tag) => ({
      value: tag.label,
      label: tag.translations.find((tr) => tr.language === language)?.label ?? tag.label,
    }));
    // A label the day carries that is no longer offered (an archived tag) stays visible.
    for (const label of selected)
      if (!options.some((o) => o.value === label)) options.push({ value: label, label });
    return options;
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
          {dates.map((date) => {
            const v = values[date] ?? emptyDay();
            const e = errors[date] ?? {};
            const headingId = `day-${date}`;
            const reason = noSchool(date);
            const status = v.status === NONE ? null : v.status;
            const inPlace = props.supports.filter(
              (s) =>
                v.supportIds.includes(s.id) ||
                (s.startedOn <= date &&
                  (s.endedOn === null || s.endedOn === undefined || s.endedOn >= date)),
            );
            const maxPeriod = Math.max(PERIODS, ...v.periods.map(Number));
            return (
              <Card
                key={date}
                withBorder
                padding="sm"
                component="section"
                aria-labelledby={headingId}
                bg={date > today ? 'gray.0' : undefined}
              >
                <Stack gap="xs">
                  <Title order={4} size="h5" id={headingId}>
                    {formatDay(date, i18n.language)}
                  </Title>
                  {reason && (
                    <Badge color="orange.9" variant="outline" style={{ textTransform: 'none' }}>
                      {t('attendance.noSchool', { reason })}
                    </Badge>
                  )}
                  {e['date'] && (
                    <Text size="sm" c="red.8" role="alert">
                      {e['date']}
                    </Text>
                  )}
                  {date > today ? (
                    <Text size="sm" c="dimmed">
                      {t('attendance.notYet')}
                    </Text>
                  ) : (
                    <>
                      <Radio.Group
                        label={t('attendance.status')}
                        value={v.status}
                        onChange={(value) => update(date, { status: value as DayValues['status'] })}
                        error={e['status']}
                      >
                        <Stack gap={6} mt={4}>
                          {STATUSES.map((s) => (
                            <Radio key={s} value={s} label={t(`attendance.statuses.${s}`)} />
                          ))}
                          <Radio value={NONE} label={t('attendance.notEntered')} />
                        </Stack>
                      </Radio.Group>
                      {status && WITH_ARRIVAL.includes(status) && (
                        <TimeInput
                          label={t('attendance.arrivalTime')}
                          value={v.arrivalTime}
                          onChange={(event) =>
                            update(date, { arrivalTime: event.currentTarget.value })
                          }
                          error={e['arrivalTime']}
                        />
                      )}
                      {status && WITH_PERIODS.includes(status) && (
                        <Checkbox.Group
                          label={t('attendance.periodsMissed')}
                          value={v.periods}
                          onChange={(periods) => update(date, { periods })}
                          error={e['periodsMissed']}
                        >
                          <Group gap="xs" mt={4}>
                            {Array.from({ length: maxPeriod }, (_, i) => String(i + 1)).map((p) => (
                              <Checkbox
                                key={p}
                                value={p}
                                label={p}
                                aria-label={t('attendance.period', { period: p })}
                              />
                            ))}
                          </Group>
                        </Checkbox.Group>
                      )}
                      {status && (
                        <>
                          <MultiSelect
                            label={t('attendance.triggers')}
                            data={tagOptions(v.triggers)}
                            value={v.triggers}
                            onChange={(triggers) => update(date, { triggers })}
                            searchable
                            hidePickedOptions
                            error={e['triggers']}
                          />
                          {inPlace.length > 0 && (
                            <MultiSelect
                              label={t('attendance.supports')}
                              data={inPlace.map((s) => ({ value: s.id, label: s.name }))}
                              value={v.supportIds}
                              onChange={(supportIds) => update(date, { supportIds })}
                              searchable
                              hidePickedOptions
                              error={e['supportIds']}
                            />
                          )}
                          <Textarea
                            label={t('attendance.studentResponse')}
                            autosize
                            minRows={1}
                            value={v.studentResponse}
                            onChange={(event) =>
                              update(date, { studentResponse: event.currentTarget.value })
                            }
                            error={e['studentResponse']}
                          />
                          <Textarea
                            label={t('attendance.notes')}
                            autosize
                            minRows={1}
                            value={v.notes}
                            onChange={(event) => update(date, { notes: event.currentTarget.value })}
                            error={e['notes']}
                          />
                        </>
                      )}
                    </>
                  )}
                </Stack>
              </Card>
            );
          })}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={saving}>
            {t('attendance.save')}
          </Button>
          <Button
            variant="default"
            disabled={!openDays.length}
            onClick={() => {
              for (const date of openDays) update(date, { status: 'FULL' });
            }}
          >
            {t('attendance.fillFull')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
