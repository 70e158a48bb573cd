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
import type { TodayCommitmentsQuery, TodayOverdueQuery } from '../gql/graphql';

/** Due within this many days counts as "due soon". */
const DUE_SOON_DAYS = 7;

// Three queries, not one: the api's cost limit grows steeply with depth, and each of Today's
// lists is deep (list → request → case → student → school). Fields are written out: the cost
// limit counts a fragment again at each use.
const OVERDUE = graphql(`
  query TodayOverdue($mine: Boolean!) {
    writtenRequests(first: 100, filter: { status: [SENT], overdue: true, assignedToMe: $mine }) {
      edges {
        node {
          id
          subject
          deadline {
            dueOn
            basisLabel
            citation
          }
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
  }
`);

const DUE_SOON = graphql(`
  query TodayDueSoon($mine: Boolean!, $dueBefore: String!) {
    writtenRequests(
      first: 100
      filter: { status: [SENT], overdue: false, dueBefore: $dueBefore, assignedToMe: $mine }
    ) {
      edges {
        node {
          id
          subject
          deadline {
            dueOn
            basisLabel
            citation
          }
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
  }
`);

const COMMITMENTS = graphql(`
  query TodayCommitments($mine: Boolean!) {
    commitments(first: 100, filter: { overdue: true, assignedToMe: $mine }) {
      edges {
        node {
          id
          description
          dueOn
          request {
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
    }
  }
`);

type RequestNode = TodayOverdueQuery['writtenRequests']['edges'][number]['node'];

interface Item {
  key: string;
  kind: 'request' | 'commitment';
  what: string;
  dueOn: string | null;
  rule: string | null;
  case: RequestNode['case'];
}

function requestItem(n: RequestNode): Item {
  return {
    key: `r-${n.id}`,
    kind: 'request',
    what: n.subject,
    dueOn: n.deadline?.dueOn ?? null,
    rule: [n.deadline?.basisLabel, n.deadline?.citation].filter(Boolean).join(' — ') || null,
    case: n.case,
  };
}

function overdueItems(
  requests: TodayOverdueQuery | undefined,
  commitments: TodayCommitmentsQuery | undefined,
): Item[] {
  const items = [
    ...(requests?.writtenRequests.edges.map((e) => requestItem(e.node)) ?? []),
    ...(commitments?.commitments.edges.map(({ node }): Item => ({
      key: `c-${node.id}`,
      kind: 'commitment',
      what: node.description,
      dueOn: node.dueOn,
      rule: null,
      case: node.request.case,
    })) ?? []),
  ];
  // Most overdue first: the oldest due day at the top.
  return items.sort((x, y) => (x.dueOn ?? '').localeCompare(y.dueOn ?? ''));
}

function ItemsTable({ items, late }: { items: Item[]; late: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720} type="native" tabIndex={0}>
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
                      <Badge variant="outline" color="grape" style={{ flexShrink: 0 }}>
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
  const mine = scope === 'mine';
  const overdueRequests = useQuery(OVERDUE, { variables: { mine } });
  const overdueCommitments = useQuery(COMMITMENTS, { variables: { mine } });
  const soon = useQuery(DUE_SOON, {
    variables: { mine, dueBefore: dayFromToday(DUE_SOON_DAYS) },
  });
  const queries = [overdueRequests, overdueCommitments, soon];
  const error = queries.some((q) => q.error);
  const loading = queries.some((q) => q.loading && !q.data);
  const overdue = overdueItems(overdueRequests.data, overdueCommitments.data);
  const dueSoon = soon.data?.writtenRequests.edges.map((e) => requestItem(e.node)) ?? [];

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
      {loading ? (
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
