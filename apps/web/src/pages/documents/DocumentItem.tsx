import { Badge, Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../dates';
import { formatSize } from '../../file-size';
import { placeOf, type CaseDocument } from './document-place';

/**
 * One document of a list: its title (downloads it), kind, file, date, who added it and —
 * in the case's own list — where on the case it belongs; shared or not, changed, archived.
 */
export function DocumentItem({
  document: d,
  showPlace,
  onDownload,
  onShare,
  onEdit,
  onArchive,
}: {
  document: CaseDocument;
  showPlace: boolean;
  onDownload: () => void;
  onShare: (shared: boolean) => void;
  onEdit: () => void;
  onArchive: () => void;
}) {
  const { t, i18n } = useTranslation();
  const place = showPlace ? placeOf(d) : null;
  return (
    <Paper component="li" withBorder p="xs" data-testid="document">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={onDownload}
            styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
            h="auto"
            aria-label={t('documents.download', { title: d.title })}
          >
            {d.title}
          </Button>
          <Badge variant="outline" color="indigo.9" styles={{ label: { overflow: 'visible' } }}>
            {t(`documents.kinds.${d.kind}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {[
            d.fileName,
            formatSize(d.sizeBytes, i18n.language),
            d.documentDate
              ? t('documents.dated', { date: formatDay(d.documentDate, i18n.language) })
              : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {(d.source !== 'CONSOLE' || place) && (
          <Text size="xs" data-testid="document-origin">
            {[
              d.source === 'FAMILY' ? t('documents.fromFamily') : null,
              d.source === 'EMAIL' ? t('documents.fromEmail', { sender: d.addedByEmail }) : null,
              place
                ? t(`documents.on.${place.kind}`, {
                    date: place.week ? formatDay(place.week, i18n.language) : '',
                  })
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        )}
        <Group justify="space-between" gap="xs">
          <Switch
            size="sm"
            label={t('documents.shared')}
            checked={d.sharedWithFamily}
            onChange={(event) => onShare(event.currentTarget.checked)}
          />
          <Group gap="xs">
            <Button
              size="compact-xs"
              variant="light"
              onClick={onEdit}
              aria-label={t('documents.edit', { title: d.title })}
            >
              {t('documents.editShort')}
            </Button>
            <Button
              size="compact-xs"
              variant="light"
              onClick={onArchive}
              aria-label={t('documents.archive', { title: d.title })}
            >
              {t('documents.archiveShort')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
