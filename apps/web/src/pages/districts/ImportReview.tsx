import {
  Alert,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../dates';
import type { PreviewSchoolCalendarQuery } from '../../gql/graphql';
import { closureRuns, ignoredReason } from './import-parts';

type Preview = PreviewSchoolCalendarQuery['previewSchoolCalendar'];
type IgnoredEvent = Preview['ignoredEvents'][number];

const IS_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The first or last day, editable: a date left (blur or Enter) asks for a new review. */
function DayField(props: {
  label: string;
  value: string;
  error?: string | undefined;
  disabled: boolean;
  onChange: (date: string) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(props.value);
  const [empty, setEmpty] = useState(false);
  const apply = () => {
    setEmpty(!value);
    if (IS_DATE.test(value) && value !== props.value) props.onChange(value);
  };
  return (
    <TextInput
      type="date"
      label={props.label}
      value={value}
      disabled={props.disabled}
      onChange={(e) => setValue(e.currentTarget.value)}
      onBlur={apply}
      onKeyDown={(e) => {
        if (e.key === 'Enter') apply();
      }}
      error={empty ? t('districts.import.dateRequired') : props.error}
    />
  );
}

/**
 * What the api understood of an .ics, before anything is saved: its first and last day (which
 * the person can change), how many school days that leaves, its days without school (each can
 * be made school days again) and the events it did not take and why (one not understood can
 * be made a day without school). Each change is read again by the api; Save saves what is shown.
 */
export function ImportReview(props: {
  preview: Preview;
  saving: boolean;
  updating: boolean;
  problem: string | null;
  dayErrors: { firstDay?: string; lastDay?: string };
  corrections: number;
  onFirstDay: (date: string) => void;
  onLastDay: (date: string) => void;
  onRemove: (dates: string[]) => void;
  onMarkClosure: (event: IgnoredEvent) => void;
  onUndo: () => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { preview } = props;
  const day = (d: string) => formatDay(d, i18n.language);
  const span = (from: string, to: string) =>
    from === to ? day(from) : `${day(from)} – ${day(to)}`;
  const runs = closureRuns(preview.nonSchoolDays);
  const busy = props.saving || props.updating;
  /**
   * An event the person must decide about: not understood, dated, inside the year. (A day
   * the file gave no event for is marked on the month calendar once saved.)
   */
  const closable = (event: IgnoredEvent) =>
    /^was not understood/.test(event.reason) &&
    !!event.date &&
    event.date <= preview.lastDay &&
    (event.to ?? event.date) >= preview.firstDay;

  return (
    <Paper withBorder p="md" maw={760} data-testid="import-review" aria-busy={props.updating}>
      <Stack gap="md">
        <Title order={4}>{t('districts.import.reviewTitle', { label: preview.label })}</Title>
        {preview.replaces && (
          <Alert color="yellow" role="note">
            {t('districts.import.replaces', { label: preview.label })}
          </Alert>
        )}
        <div>
          {/* Keyed by the dates: a new review shows its own dates. */}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <DayField
              key={`first-${preview.firstDay}`}
              label={t('districts.import.firstDay')}
              value={preview.firstDay}
              error={props.dayErrors.firstDay}
              disabled={busy}
              onChange={props.onFirstDay}
            />
            <DayField
              key={`last-${preview.lastDay}`}
              label={t('districts.import.lastDay')}
              value={preview.lastDay}
              error={props.dayErrors.lastDay}
              disabled={busy}
              onChange={props.onLastDay}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt={4}>
            {t('districts.import.datesHelp')}
          </Text>
        </div>
        <Text fw={600} data-testid="review-school-days">
          {t('districts.import.schoolDays', { count: preview.schoolDayCount })}
        </Text>
        <div>
          <Text fw={600}>
            {t('districts.import.closures', { count: preview.nonSchoolDays.length })}
          </Text>
          {runs.length ? (
            <List size="sm" spacing={4} data-testid="review-closures">
              {runs.map((run) => (
                <List.Item key={run.from}>
                  <Group gap="xs" wrap="wrap">
                    <span>
                      {span(run.from, run.to)}: {run.label}
                      {run.event === null ? (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          ({t('districts.import.added')})
                        </Text>
                      ) : run.event && run.event !== run.label ? (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          ({t('districts.import.fromEvent', { event: run.event })})
                        </Text>
                      ) : null}
                    </span>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      disabled={busy}
                      aria-label={t('districts.import.removeLabel', {
                        label: run.label,
                        dates: span(run.from, run.to),
                      })}
                      onClick={() => props.onRemove(run.dates)}
                    >
                      {t('districts.import.remove')}
                    </Button>
                  </Group>
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm">{t('districts.import.noClosures')}</Text>
          )}
        </div>
        <div>
          <Text fw={600}>
            {t('districts.import.ignored', { count: preview.ignoredEvents.length })}
          </Text>
          {preview.ignoredEvents.length ? (
            <List size="sm" spacing={4} data-testid="review-ignored">
              {preview.ignoredEvents.map((event, index) => (
                <List.Item key={`${event.summary}-${event.date ?? ''}-${index}`}>
                  <Group gap="xs" wrap="wrap">
                    <span>
                      {event.date ? `${span(event.date, event.to ?? event.date)}: ` : ''}
                      {event.summary || '—'} — {ignoredReason(event.reason, t, day)}
                    </span>
                    {closable(event) && event.date && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        disabled={busy}
                        aria-label={t('districts.import.markClosureLabel', {
                          event: event.summary || '—',
                          dates: span(event.date, event.to ?? event.date),
                        })}
                        onClick={() => props.onMarkClosure(event)}
                      >
                        {t('districts.import.markClosure')}
                      </Button>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm">{t('districts.import.noIgnored')}</Text>
          )}
        </div>
        {props.updating && (
          <Text size="sm" role="status">
            {t('districts.import.updating')}
          </Text>
        )}
        {props.problem && (
          <Alert color="red" role="alert">
            {props.problem}
          </Alert>
        )}
        <Group>
          <Button loading={props.saving} disabled={props.updating} onClick={props.onSave}>
            {t('districts.import.save')}
          </Button>
          {props.corrections > 0 && (
            <Button variant="default" disabled={busy} onClick={props.onUndo}>
              {t('districts.import.undo')}
            </Button>
          )}
          <Button variant="default" disabled={props.saving} onClick={props.onCancel}>
            {t('districts.import.cancel')}
          </Button>
        </Group>
        {props.corrections > 0 && (
          <Text size="xs" c="dimmed">
            {t('districts.import.corrections', { count: props.corrections })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
