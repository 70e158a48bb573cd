import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import type { CaseStatus } from '../gql/graphql';

const PAGE_SIZE = 25;
const STATUSES: CaseStatus[] = ['INTAKE', 'ACTIVE', 'ON_HOLD', 'RESOLVED', 'CLOSED'];
const OPEN: CaseStatus[] = ['INTAKE', 'ACTIVE', 'ON_HOLD'];

const CASELOAD = graphql(`
  query Caseload($first: Int!, $after: String, $statuses: [CaseStatus!]) {
    caseload(first: $first, after: $after, filter: { statuses: $statuses }) {
      edges {
        cursor
        node {
          status
          nextDeadline
          overdueCount
          openRequestCount
          case {
            id
            title
          }
          family {
            id
            householdName
          }
          student {
            id
            name
          }
          school {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * The advocate's cases. The filter and the page live in the URL (?status=…&after=…), so
 * coming back from a case returns to the same page, and a link can be shared.
 */
export function Caseload() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const statuses = params
    .getAll('status')
    .filter((s): s is CaseStatus => STATUSES.includes(s as CaseStatus));
  const after = params.get('after');
  // Earlier pages' cursors, so "previous" goes back exactly one page.
  const before = params.getAll('back');
  const { data, loading, error } = useQuery(CASELOAD, {
    variables: {
      first: PAGE_SIZE,
      after,
      statuses: statuses.length ? statuses : OPEN,
    },
  });

  const setStatuses = (values: string[]) => {
    const next = new URLSearchParams();
    values.forEach((v) => next.append('status', v));
    setParams(next);
  };
  const goNext = (cursor: string) => {
    const next = new URLSearchParams(params);
    next.append('back', after ?? '');
    next.set('after', cursor);
    setParams(next);
  };
  const goPrevious = () => {
    const next = new URLSearchParams(params);
    const previous = before[before.length - 1];
    next.delete('back');
    before.slice(0, -1).forEach((b) => next.append('back', b));
    if (previous) next.set('after', previous);
    else next.delete('after');
    setParams(next);
  };
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const edges = data?.caseload.edges ?? [];

  return (
    <Stack>
      <Title order={2}>{t('caseload.title')}</Title>
      <Checkbox.Group
        label={t('caseload.status')}
        description={t('caseload.openStatuses')}
        value={statuses}
        onChange={setStatuses}
      >
        <Group mt="xs">
          {STATUSES.map((s) => (
            <Checkbox key={s} value={s} label={t(`status.${s}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      {error && (
        <Alert color="red" role="alert">
          {t('common.loadFailed')}
        </Alert>
      )}
      {loading && !data ? (
        <Loader aria-label={t('common.loading')} />
      ) : edges.length === 0 ? (
        <Text c="dimmed">{t('caseload.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760} type="native" tabIndex={0}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('caseload.case')}</Table.Th>
                <Table.Th>{t('today.student')}</Table.Th>
                <Table.Th>{t('today.school')}</Table.Th>
                <Table.Th>{t('caseload.status')}</Table.Th>
                <Table.Th>{t('caseload.nextDeadline')}</Table.Th>
                <Table.Th>{t('caseload.overdue')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {edges.map(({ node }) => (
                <Table.Tr key={node.case.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/cases/${node.case.id}`}>
                      {node.family.householdName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {node.case.title}
                    </Text>
                  </Table.Td>
                  <Table.Td>{node.student.name}</Table.Td>
                  <Table.Td>{node.school?.name ?? '—'}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`status.${node.status}`)}</Text>
                  </Table.Td>
                  <Table.Td>
                    {node.nextDeadline ? dateFormat.format(new Date(node.nextDeadline)) : '—'}
                  </Table.Td>
                  <Table.Td>
                    {node.overdueCount > 0 ? (
                      <Text c="red.9" fw={700} size="sm">
                        {node.overdueCount}
                      </Text>
                    ) : (
                      0
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <Button variant="default" disabled={!after} onClick={goPrevious}>
          {t('caseload.previous')}
        </Button>
        <Button
          variant="default"
          disabled={!data?.caseload.pageInfo.hasNextPage}
          onClick={() => {
            const cursor = data?.caseload.pageInfo.endCursor;
            if (cursor) goNext(cursor);
          }}
        >
          {t('caseload.next')}
        </Button>
      </Group>
    </Stack>
  );
}
