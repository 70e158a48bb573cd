import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import type { FollowUpQueueQuery } from '../gql/graphql';
import {
  KindLabel,
  MESSAGE_KINDS,
  TAB_NAMES,
  TABS,
  failureReason,
  formatTime,
  type Tab,
  cancelReason,
} from './follow-up-parts';

/** How many one tab lists (the api's page size at most). */
const PAGE = 100;

const QUEUE = graphql(`
  query FollowUpQueue(
    $status: [FollowUpStatus!]!
    $kind: [FollowUpKind!]!
    $mine: Boolean!
    $first: Int!
  ) {
    followUps(first: $first, filter: { status: $status, kind: $kind, assignedToMe: $mine }) {
      edges {
        node {
          id
          kind
          sequence
          status
          scheduledAt
          sentAt
          lastError
          cancelledReason
          recipients {
            name
          }
          request {
            id
            subject
            case {
              id
              family {
                householdName
              }
              student {
                name
                school {
                  name
                }
              }
            }
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

type Row = FollowUpQueueQuery['followUps']['edges'][number]['node'];

/** When: sent, or owed. A failed one says why in a few words. */
function When({ row }: { row: Row }) {
  const { t, i18n } = useTranslation();
  if (row.status === 'SENT' && row.sentAt)
    return (
      <Text size="sm">
        {t('followUps.sentAt', { time: formatTime(row.sentAt, i18n.language) })}
      </Text>
    );
  if (row.status === 'FAILED')
    return (
      <Text size="sm" c="red.9">
        {failureReason(row.lastError, t)}
      </Text>
    );
  if (row.status === 'DRAFT')
    return (
      <Text size="sm">
        {t('followUps.waitingSince', { time: formatTime(row.scheduledAt, i18n.language) })}
      </Text>
    );
  if (row.status === 'CANCELLED')
    return (
      <Text size="sm" c="dimmed">
        {cancelReason(row.cancelledReason, t)}
      </Text>
    );
  return (
    <Text size="sm">
      {t('followUps.dueAt', { time: formatTime(row.scheduledAt, i18n.language) })}
    </Text>
  );
}

function Where({ row }: { row: Row }) {
  const c = row.request.case;
  return (
    <Text size="sm" c="dimmed">
      {[c.student.name, c.student.school?.name].filter(Boolean).join(' · ')}
    </Text>
  );
}

function OpenLink({ row }: { row: Row }) {
  return (
    <Anchor component={Link} to={`/follow-ups/${row.id}`} fw={600}>
      {row.request.case.family.householdName}
    </Anchor>
  );
}

function QueueTable({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <Table striped highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('followUps.family')}</Table.Th>
          <Table.Th>{t('followUps.request')}</Table.Th>
          <Table.Th>{t('followUps.message')}</Table.Th>
          <Table.Th>{t('followUps.to')}</Table.Th>
          <Table.Th>{t('followUps.when')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td>
              <Stack gap={0}>
                <OpenLink row={row} />
                <Where row={row} />
              </Stack>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{row.request.subject}</Text>
            </Table.Td>
            <Table.Td>
              <KindLabel kind={row.kind} sequence={row.sequence} />
            </Table.Td>
            <Table.Td>
              <Text size="sm">{row.recipients.map((r) => r.name).join(', ') || '—'}</Text>
            </Table.Td>
            <Table.Td>
              <When row={row} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** On a phone: a card per follow-up, nothing to scroll sideways. */
function QueueCards({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {rows.map((row) => (
        <Paper key={row.id} component="li" withBorder p="sm">
          <Stack gap={4}>
            <OpenLink row={row} />
            <Where row={row} />
            <Text size="sm">{row.request.subject}</Text>
            <KindLabel kind={row.kind} sequence={row.sequence} />
            <Text size="sm">
              {t('followUps.toNames', {
                names: row.recipients.map((r) => r.name).join(', ') || '—',
              })}
            </Text>
            <When row={row} />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function Queue({ tab, mine }: { tab: Tab; mine: boolean }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const { data, loading, error } = useQuery(QUEUE, {
    variables: { status: TABS[tab], kind: MESSAGE_KINDS, mine, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  if (error)
    return (
      <Alert color="red" role="alert">
        {t('common.loadFailed')}
      </Alert>
    );
  if (loading && !data) return <Loader role="status" aria-label={t('common.loading')} />;
  const rows = data?.followUps.edges.map((e) => e.node) ?? [];
  // The newest sent first; everything else by when it is owed, soonest first.
  if (tab === 'sent') rows.sort((a, b) => (b.sentAt ?? '').localeCompare(a.sentAt ?? ''));
  if (!rows.length) return <Text c="dimmed">{t(`followUps.empty.${tab}`)}</Text>;
  return (
    <Stack>
      {wide ? <QueueTable rows={rows} /> : <QueueCards rows={rows} />}
      {data?.followUps.pageInfo.hasNextPage && (
        <Text size="sm" c="dimmed">
          {t('followUps.firstOnly', { count: PAGE })}
        </Text>
      )}
    </Stack>
  );
}

/** The follow-up queue: what waits for approval, what is planned, what failed, what went out. */
export function FollowUps() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab') as Tab | null;
  const tab: Tab = asked && TAB_NAMES.includes(asked) ? asked : 'approval';
  const [scope, setScope] = useState<'mine' | 'everyone'>('mine');

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('followUps.title')}</Title>
        <SegmentedControl
          aria-label={t('today.whose')}
          value={scope}
          onChange={(v) => setScope(v as 'mine' | 'everyone')}
          data={[
            { value: 'mine', label: t('today.mine') },
            { value: 'everyone', label: t('today.everyone') },
          ]}
        />
      </Group>
      <Tabs
        value={tab}
        onChange={(value) => value && setParams({ tab: value }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          {TAB_NAMES.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`followUps.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TAB_NAMES.map((name) => (
          <Tabs.Panel key={name} value={name} pt="md">
            <Queue tab={name} mine={scope === 'mine'} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
