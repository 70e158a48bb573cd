import '@mantine/dates/styles.css';
import 'dayjs/locale/es';
import { SegmentedControl, SimpleGrid } from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../dates';
import { isDay, type DayRange } from './range';

/**
 * A report's range: named ranges side by side (stacked on a phone), and with "custom" the
 * first and last days to pick. The report pages keep what is chosen in the address
 * (`useRangeParams`).
 */
export function RangePicker(props: {
  /** What the choice is called, for a screen reader. */
  label: string;
  /** The named ranges and `custom`, in the order shown. */
  presets: Array<{ value: string; label: string }>;
  preset: string;
  range: DayRange;
  onPreset: (value: string) => void;
  onDay: (end: 'from' | 'to', day: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  return (
    <>
      <SegmentedControl
        aria-label={props.label}
        value={props.preset}
        fullWidth
        orientation={wide ? 'horizontal' : 'vertical'}
        data={props.presets}
        onChange={props.onPreset}
      />
      {props.preset === 'custom' && (
        <DatesProvider settings={{ locale: language.startsWith('es') ? 'es' : 'en' }}>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            {(['from', 'to'] as const).map((end) => (
              <DateInput
                key={end}
                label={t(`outcomes.${end}`)}
                value={props.range[end]}
                valueFormat={(day) => formatDay(day, language)}
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
                onChange={(value) => {
                  if (value && isDay(value)) props.onDay(end, value);
                }}
              />
            ))}
          </SimpleGrid>
        </DatesProvider>
      )}
    </>
  );
}
