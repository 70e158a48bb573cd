import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dayFromToday, daysSince, formatDay } from '../dates';
import { graphql } from '../gql';
import type { TodayQuery } from '../gql/graphql';

/** Due within this many days counts as "due soon". */
const DUE_SOON_DAYS = 7;

const TODAY = graphql(`
  query Today($mine: Boolean!, $dueBefore: String!) {
    overdue: writtenRequests(
      first: 100
      filter: { status: [SENT], overdue: true, assignedToMe: $mine }
    ) {
      edges {
        node {
          ...TodayRequest
        }
      }
    }
    dueSoon: writtenRequests(
      first: 100
      filter: { status: [SENT], overdue: false, dueBefore: $dueBefore, assignedToMe: $mine }
    ) {
      edges {
        node {
          ...TodayRequest
        }
      }
    }
    overdueCommitments: commitments(first: 100, filter: { overdue: true, assignedToMe: $mine }) {
      edges {
        node {
          id
          description
          dueOn
          request {
            id
            case {
              ...TodayCase
            }
          }
        }
      }
    }
  }

  fragment TodayCase on Case {
    id
    title
    family {
      id
      householdName
    }
    student {
      id
      name
      school {
        id
        name
      }
    }
  }

  fragment TodayRequest on WrittenRequest {
    id
    type
    subject
    deadline {
      dueOn
      basisLabel
      citation
      ruleId
    }
    case {
      ...TodayCase
    }
  }
`);

type CaseFields = TodayQuery['overdue']['edges'][number]['node']['case'];

interface Item {
  key: string;
  kind: 'request' | 'commitment';
  what: string;
  dueOn: string | null;
  rule: string | null;
  case: CaseFields;
}

function toItems(data: TodayQuery | undefined): { overdue: Item[]; dueSoon: Item[] } {
  if (!data) return { overdue: [], dueSoon: [] };
  const request = (n: TodayQuery['overdue']['edges'][number]['node']): Item => ({
    key: `r-${n.id}`,
    kind: 'request',
    what: n.subject,
    dueOn: n.deadline?.dueOn ?? null,
    rule: [n.deadline?.basisLabel, n.deadline?.citation].filter(Boolean).join(' — ') || null,
    case: n.case,
  });
  const overdue = [
    ...data.overdue.edges.map((e) => request(e.node)),
    ...data.overdueCommitments.edges.map(({ node }): Item => ({
      key: `c-${node.id}`,
      kind: 'commitment',
      what: node.description,
      dueOn: node.dueOn,
      rule: null,
      case: node.request.case,
    })),
  ];
  // Most overdue first: the oldest due day at the top.
  overdue.sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));
  return { overdue, dueSoon: data.dueSoon.edges.map((e) => request(e.node)) };
}

function ItemsTable({ items, late }: { items: Item[]; late: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('today.family')}</Table.Th>
            <Table.Th>{t('today.student')}</Table.Th>
            <Table.Th>{t('today.school')}</Table.Th>
            <Table.Th>{t('today.what')}</Table.Th>
            <Table.Th>{t('today.due')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const days = item.dueOn ? daysSince(item.dueOn) : null;
            return (
              <Table.Tr key={item.key}>
                <Table.Td>
                  <Anchor component={Link} to={`/cases/${item.case.id}`}>
                    {item.case.family.householdName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{item.case.student.name}</Table.Td>
                <Table.Td>{item.case.student.school?.name ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {item.kind === 'commitment' && (
                      <Badge variant="outline" color="grape">
                        {t('today.commitment')}
                      </Badge>
                    )}
                    <Text size="sm">{item.what}</Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  {item.dueOn ? (
                    <Tooltip label={item.rule ?? t('today.noRule')} multiline maw={320}>
                      <Stack gap={0} tabIndex={0}>
                        <Text size="sm">{formatDay(item.dueOn, i18n.language)}</Text>
                        {days !== null && (
                          <Text size="xs" c={late ? 'red.9' : 'dimmed'}>
                            {late
                              ? t('today.daysLate', { count: days })
                              : t('today.daysLeft', { count: -days })}
                          </Text>
                        )}
                      </Stack>
                    </Tooltip>
                  ) : (
                    '—'
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function Today() {
  const { t } = useTranslation();
  const [scope, setScope] = useState<'mine' | 'everyone'>('mine');
  const { data, loading, error } = useQuery(TODAY, {
    variables: { mine: scope === 'mine', dueBefore: dayFromToday(DUE_SOON_DAYS) },
  });
  const { overdue, dueSoon } = toItems(data);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('today.title')}</Title>
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
      {error && (
        <Alert color="red" role="alert">
          {t('common.loadFailed')}
        </Alert>
      )}
      {loading && !data ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <>
          <section aria-labelledby="overdue-heading">
            <Title order={3} id="overdue-heading" mb="xs">
              {t('today.overdue', { count: overdue.length })}
            </Title>
            {overdue.length ? (
              <ItemsTable items={overdue} late />
            ) : (
              <Text c="dimmed">{t('today.noneOverdue')}</Text>
            )}
          </section>
          <section aria-labelledby="due-soon-heading">
            <Title order={3} id="due-soon-heading" mb="xs">
              {t('today.dueSoon', { count: dueSoon.length, days: DUE_SOON_DAYS })}
            </Title>
            {dueSoon.length ? (
              <ItemsTable items={dueSoon} late={false} />
            ) : (
              <Text c="dimmed">{t('today.noneDueSoon')}</Text>
            )}
          </section>
        </>
      )}
    </Stack>
  );
}
