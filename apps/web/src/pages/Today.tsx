import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dayFromToday, daysSince, formatDay } from '../dates';
import { graphql } from '../gql';
import type { TodayCommitmentsQuery, TodayOverdueQuery } from '../gql/graphql';
import i18next from '../i18n';

// What waits on the advocate (replies to classify, follow-ups to approve or that failed), its
// queries and its words load after Today is on screen: the first load is at its budget
// (npm run bench:web-size), and what is owed is what Today shows first.
const TodayWaiting = lazy(async () => {
  const [sections] = await Promise.all([
    import('./TodayWaiting'),
    i18next.loadNamespaces('replies'),
  ]);
  return { default: sections.TodayWaiting };
});

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

/** When an item is due, the rule (or "set by hand") on hover, and how late or how soon. */
function DueDay({ item, late }: { item: Item; late: boolean }) {
  const { t, i18n } = useTranslation();
  if (!item.dueOn) return <>—</>;
  const days = daysSince(item.dueOn);
  return (
    <Tooltip label={item.rule ?? t('today.noRule')} multiline maw={320}>
      <Stack gap={0} tabIndex={0}>
        <Text size="sm">{formatDay(item.dueOn, i18n.language)}</Text>
        <Text size="xs" c={late ? 'red.9' : 'dimmed'}>
          {late ? t('today.daysLate', { count: days }) : t('today.daysLeft', { count: -days })}
        </Text>
      </Stack>
    </Tooltip>
  );
}

function What({ item, wrap = false }: { item: Item; wrap?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap={wrap ? 'wrap' : 'nowrap'}>
      {item.kind === 'commitment' && (
        <Badge variant="outline" color="grape.9" style={{ flexShrink: 0 }}>
          {t('today.commitment')}
        </Badge>
      )}
      <Text size="sm">{item.what}</Text>
    </Group>
  );
}

function ItemsTable({ items, late }: { items: Item[]; late: boolean }) {
  const { t } = useTranslation();
  return (
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
        {items.map((item) => (
          <Table.Tr key={item.key}>
            <Table.Td>
              <Anchor component={Link} to={`/cases/${item.case.id}`}>
                {item.case.family.householdName}
              </Anchor>
            </Table.Td>
            <Table.Td>{item.case.student.name}</Table.Td>
            <Table.Td>{item.case.student.school?.name ?? '—'}</Table.Td>
            <Table.Td>
              <What item={item} />
            </Table.Td>
            <Table.Td>
              <DueDay item={item} late={late} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** On a phone: one card per item, nothing to scroll sideways. */
function ItemsList({ items, late }: { items: Item[]; late: boolean }) {
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <Paper key={item.key} component="li" withBorder p="sm">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={2}>
              <Anchor component={Link} to={`/cases/${item.case.id}`} fw={600}>
                {item.case.family.householdName}
              </Anchor>
              <Text size="sm" c="dimmed">
                {[item.case.student.name, item.case.student.school?.name]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              <What item={item} wrap />
            </Stack>
            <DueDay item={item} late={late} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

function Items({ items, late }: { items: Item[]; late: boolean }) {
  // Read at once (not after a first render), so a phone never flashes the table.
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  return wide ? <ItemsTable items={items} late={late} /> : <ItemsList items={items} late={late} />;
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
        <Group gap="sm">
          <SegmentedControl
            aria-label={t('today.whose')}
            value={scope}
            onChange={(v) => setScope(v as 'mine' | 'everyone')}
            data={[
              { value: 'mine', label: t('today.mine') },
              { value: 'everyone', label: t('today.everyone') },
            ]}
          />
          <Button component={Link} to="/cases/new">
            {t('caseload.newCase')}
          </Button>
        </Group>
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {t('common.loadFailed')}
        </Alert>
      )}
      {loading ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : (
        <>
          <section aria-labelledby="overdue-heading">
            <Title order={3} id="overdue-heading" mb="xs">
              {t('today.overdue', { count: overdue.length })}
            </Title>
            {overdue.length ? (
              <Items items={overdue} late />
            ) : (
              <Text c="dimmed">{t('today.noneOverdue')}</Text>
            )}
          </section>
          <section aria-labelledby="due-soon-heading">
            <Title order={3} id="due-soon-heading" mb="xs">
              {t('today.dueSoon', { count: dueSoon.length, days: DUE_SOON_DAYS })}
            </Title>
            {dueSoon.length ? (
              <Items items={dueSoon} late={false} />
            ) : (
              <Text c="dimmed">{t('today.noneDueSoon')}</Text>
            )}
          </section>
          {/* What is owed comes first; then the replies and follow-ups that wait for the advocate. */}
          <Suspense fallback={null}>
            <TodayWaiting mine={mine} />
          </Suspense>
        </>
      )}
    </Stack>
  );
}
