import { Alert, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../dates';
import type { PreviewSchoolCalendarQuery } from '../../gql/graphql';
import { closureRuns, ignoredReason } from './import-parts';

type Preview = PreviewSchoolCalendarQuery['previewSchoolCalendar'];

/**
 * What the api understood of an .ics, before anything is saved: its first and last day, its
 * days without school, and the events it did not take and why. Save or Cancel.
 */
export function ImportReview(props: {
  preview: Preview;
  saving: boolean;
  problem: string | null;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { preview } = props;
  const day = (d: string) => formatDay(d, i18n.language);
  const runs = closureRuns(preview.nonSchoolDays);

  return (
    <Paper withBorder p="md" maw={760} data-testid="import-review">
      <Stack gap="md">
        <Title order={4}>{t('districts.import.reviewTitle', { label: preview.label })}</Title>
        {preview.replaces && (
          <Alert color="yellow" role="note">
            {t('districts.import.replaces', { label: preview.label })}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <div>
            <Text size="sm" c="dimmed">
              {t('districts.import.firstDay')}
            </Text>
            <Text fw={600}>{day(preview.firstDay)}</Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t('districts.import.lastDay')}
            </Text>
            <Text fw={600}>{day(preview.lastDay)}</Text>
          </div>
        </SimpleGrid>
        <div>
          <Text fw={600}>
            {t('districts.import.closures', { count: preview.nonSchoolDays.length })}
          </Text>
          {runs.length ? (
            <List size="sm" data-testid="review-closures">
              {runs.map((run) => (
                <List.Item key={run.from}>
                  {run.from === run.to ? day(run.from) : `${day(run.from)} – ${day(run.to)}`}:{' '}
                  {run.label}
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
            <List size="sm" data-testid="review-ignored">
              {preview.ignoredEvents.map((event, index) => (
                <List.Item key={`${event.summary}-${event.date ?? ''}-${index}`}>
                  {event.date ? `${day(event.date)}: ` : ''}
                  {event.summary || '—'} — {ignoredReason(event.reason, t)}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm">{t('districts.import.noIgnored')}</Text>
          )}
        </div>
        {props.problem && (
          <Alert color="red" role="alert">
            {props.problem}
          </Alert>
        )}
        <Group>
          <Button loading={props.saving} onClick={props.onSave}>
            {t('districts.import.save')}
          </Button>
          <Button variant="default" disabled={props.saving} onClick={props.onCancel}>
            {t('districts.import.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
