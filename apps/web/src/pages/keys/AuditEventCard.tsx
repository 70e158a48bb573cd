import { Badge, Code, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditPageQuery } from '../../gql/graphql';
import { fieldChanges, formatValue, humanize, parseChanges } from './audit-diff';
import { formatMomentTime } from './keys-parts';

export type AuditEventNode = AuditPageQuery['auditEvents']['edges'][number]['node'];

/** One change: when, by whom, to which record, and each field's before and after. */
export function AuditEventCard(props: {
  event: AuditEventNode;
  actorName: (event: AuditEventNode) => string;
  /** A member's name by their user ID, for fields that name one. */
  userName: (userId: string) => string | undefined;
  timeZone?: string;
}) {
  const { t, i18n } = useTranslation();
  const { event } = props;
  const when = (iso: string) => formatMomentTime(iso, i18n.language, props.timeZone);
  const changes = parseChanges(event.changes);
  const rows = fieldChanges(changes);
  const words = { empty: t('keys.audit.empty'), yes: t('keys.audit.yes'), no: t('keys.audit.no') };
  const value = (field: string, v: unknown, present: boolean) => {
    if (!present) return t('keys.audit.none');
    if (field.endsWith('UserId') && typeof v === 'string') return props.userName(v) ?? v;
    return formatValue(v, words, when);
  };
  const type = t(`keys.types.${event.entityType}`, { defaultValue: event.entityType });
  const change = changes.change ? t(`keys.audit.change.${changes.change}`) : null;
  const headingId = `audit-${event.id}`;

  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      aria-labelledby={headingId}
      data-testid="audit-event"
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Text fw={700} id={headingId} component="h4" m={0} size="md">
              {change ? t('keys.audit.typeChanged', { type, change }) : type}
            </Text>
            <Text size="sm">
              {t('keys.audit.byOn', { name: props.actorName(event), date: when(event.occurredAt) })}
            </Text>
          </div>
          <Badge variant="outline" color="gray.8" tt="none">
            {event.action}
          </Badge>
        </Group>
        {event.entityId && (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('keys.audit.recordIdIs')} <Code fz="xs">{event.entityId}</Code>
          </Text>
        )}
        {rows.length > 0 ? (
          <Table.ScrollContainer minWidth={320}>
            <Table withTableBorder fz="sm" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('keys.audit.field')}</Table.Th>
                  <Table.Th scope="col">{t('keys.audit.before')}</Table.Th>
                  <Table.Th scope="col">{t('keys.audit.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.field}>
                    <Table.Th scope="row" fw={600}>
                      {t(`keys.fields.${row.field}`, { defaultValue: humanize(row.field) })}
                    </Table.Th>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      {value(row.field, row.before, row.hasBefore)}
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      {value(row.field, row.after, row.hasAfter)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text size="sm" c="dimmed">
            {t('keys.audit.noFields')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
