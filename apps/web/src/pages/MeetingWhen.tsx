import '@mantine/dates/styles.css';
import 'dayjs/locale/es';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { DateInput, DatesProvider, TimeInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../dates';

/** The day and time of a meeting as a form holds them: in the browser's calendar and clock. */
export interface MeetingWhenValues {
  day: string | null;
  time: string;
}

/** The instant of `day` (YYYY-MM-DD) at `time` (HH:mm) in the browser's time zone. */
export function toStartsAt(day: string, time: string): Date {
  return new Date(`${day}T${time}`);
}

/** The browser's day (YYYY-MM-DD) and time (HH:mm) of an instant. */
export function localDayAndTime(iso: string): { day: string; time: string } {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    day: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

/** "Thursday, December 10, 2026 at 2:30 PM CST": the instant in the browser's zone. */
export function formatWhen(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** The browser's time zone, named the way its language names it ("Central Standard Time"). */
export function zoneName(iso: string, language: string): string {
  const parts = new Intl.DateTimeFormat(language, { timeZoneName: 'long' }).formatToParts(
    new Date(iso),
  );
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** Both need a value: the form's own rules for them. */
export function whenRules(message: { day: string; time: string }) {
  return {
    day: (v: string | null) => (v ? null : message.day),
    time: (v: string) => (/^\d{2}:\d{2}$/.test(v) ? null : message.time),
  };
}

/**
 * The meeting's day (a date picker that also takes a typed YYYY-MM-DD) and time, read in the
 * browser's time zone, which the description names.
 */
export function MeetingWhenFields({
  dayInput,
  timeInput,
}: {
  dayInput: GetInputPropsReturnType;
  timeInput: GetInputPropsReturnType;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const zone = zoneName(new Date().toISOString(), language);
  return (
    <DatesProvider settings={{ locale: language.startsWith('es') ? 'es' : 'en' }}>
      <Stack gap={4}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <DateInput
            label={t('meetings.day')}
            required
            valueFormat={(day) => formatDay(day, language)}
            placeholder={t('meetings.dayPlaceholder')}
            popoverProps={{ withinPortal: true }}
            nextLabel={t('meetings.nextMonth')}
            previousLabel={t('meetings.previousMonth')}
            ariaLabels={{
              nextMonth: t('meetings.nextMonth'),
              previousMonth: t('meetings.previousMonth'),
              nextYear: t('meetings.nextYear'),
              previousYear: t('meetings.previousYear'),
              nextDecade: t('meetings.nextDecade'),
              previousDecade: t('meetings.previousDecade'),
              monthLevelControl: t('meetings.chooseMonth'),
              yearLevelControl: t('meetings.chooseYear'),
            }}
            {...dayInput}
          />
          <TimeInput label={t('meetings.time')} required {...timeInput} />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('meetings.zone', { zone })}
        </Text>
      </Stack>
    </DatesProvider>
  );
}
