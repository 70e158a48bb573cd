import {
  Anchor,
  Badge,
  Code,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ApiKeysPageQuery } from '../../gql/graphql';
import { formatMomentTime } from './keys-parts';
import { RevokeKey } from './RevokeKey';

export type ApiKey = ApiKeysPageQuery['reportingApiKeys'][number];

/** Where the audit log shows this key's history. */
const historyOf = (key: ApiKey) =>
  `/settings/audit?type=ReportingApiKey&id=${encodeURIComponent(key.id)}`;

function Status({ apiKey, when }: { apiKey: ApiKey; when: (iso: string) => string }) {
  const { t } = useTranslation();
  return apiKey.revokedAt ? (
    <Text size="sm">{t('keys.list.revokedOn', { date: when(apiKey.revokedAt) })}</Text>
  ) : (
    <Badge color="teal.9" variant="outline">
      {t('keys.list.active')}
    </Badge>
  );
}

function Actions({ apiKey }: { apiKey: ApiKey }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap">
      {!apiKey.revokedAt && <RevokeKey apiKey={apiKey} />}
      <Anchor
        component={RouterLink}
        to={historyOf(apiKey)}
        size="sm"
        aria-label={t('keys.list.historyOf', { name: apiKey.name })}
      >
        {t('keys.list.history')}
      </Anchor>
    </Group>
  );
}

/** The organization's keys: a table, or a card each on a phone. */
export function KeyList({ keys, timeZone }: { keys: ApiKey[]; timeZone?: string }) {
  const { t, i18n } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const when = (iso: string) => formatMomentTime(iso, i18n.language, timeZone);
  const lastUsed = (key: ApiKey) => (key.lastUsedAt ? when(key.lastUsedAt) : t('keys.list.never'));
  const createdBy = (key: ApiKey) => key.createdBy?.name ?? t('keys.list.formerMember');
  if (!keys.length) return <Text c="dimmed">{t('keys.list.empty')}</Text>;

  if (phone)
    return (
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {keys.map((key) => (
          <Paper key={key.id} component="li" withBorder p="sm" data-testid="api-key">
            <Stack gap={4}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {key.name}
                </Text>
                <Status apiKey={key} when={when} />
              </Group>
              <Code fz="xs" w="fit-content">
                {key.prefix}…
              </Code>
              <Text size="sm">
                {t('keys.list.createdByOn', { name: createdBy(key), date: when(key.createdAt) })}
              </Text>
              <Text size="sm" data-testid="last-used">
                {t('keys.list.lastUsedLine', { date: lastUsed(key) })}
              </Text>
              <Actions apiKey={key} />
            </Stack>
          </Paper>
        ))}
      </Stack>
    );

  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('keys.list.name')}</Table.Th>
          <Table.Th>{t('keys.list.created')}</Table.Th>
          <Table.Th>{t('keys.list.createdBy')}</Table.Th>
          <Table.Th>{t('keys.list.lastUsed')}</Table.Th>
          <Table.Th>{t('keys.list.status')}</Table.Th>
          <Table.Th>
            <VisuallyHidden>{t('keys.list.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {keys.map((key) => (
          <Table.Tr key={key.id} data-testid="api-key">
            <Table.Td>
              <Text size="sm" fw={600}>
                {key.name}
              </Text>
              <Code fz="xs">{key.prefix}…</Code>
            </Table.Td>
            <Table.Td>{when(key.createdAt)}</Table.Td>
            <Table.Td>{createdBy(key)}</Table.Td>
            <Table.Td data-testid="last-used">{lastUsed(key)}</Table.Td>
            <Table.Td>
              <Status apiKey={key} when={when} />
            </Table.Td>
            <Table.Td>
              <Actions apiKey={key} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
