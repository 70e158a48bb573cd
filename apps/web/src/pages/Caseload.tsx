import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { graphql } from '../gql';
import type { CaseConcern, CaseloadOrder, CaseStatus } from '../gql/graphql';
import {
  CaseloadFilters,
  CONCERNS,
  ORDERS,
  STATUSES,
  type CaseloadFilterValues,
} from './CaseloadFilters';
import { CaseloadLines } from './CaseloadLines';

const PAGE_SIZE = 25;
const OPEN: CaseStatus[] = ['INTAKE', 'ACTIVE', 'ON_HOLD'];

const CASELOAD = graphql(`
  query Caseload($first: Int!, $after: String, $orderBy: CaseloadOrder!, $filter: CaseloadFilter!) {
    caseload(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
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

/** The filters as the address has them; anything unknown there is left out. */
function filterValues(params: URLSearchParams): CaseloadFilterValues {
  const order = params.get('order') as CaseloadOrder | null;
  const concern = params.get('concern') as CaseConcern | null;
  return {
    order: order && ORDERS.includes(order) ? order : 'URGENCY',
    search: params.get('q') ?? '',
    statuses: params
      .getAll('status')
      .filter((s): s is CaseStatus => STATUSES.includes(s as CaseStatus)),
    concern: concern && CONCERNS.includes(concern) ? concern : null,
    districtId: params.get('district'),
    schoolId: params.get('school'),
    advocateId: params.get('advocate'),
  };
}

/**
 * The advocate's cases. The order, the filters and the page live in the URL
 * (?order=…&status=…&q=…&after=…), so coming back from a case returns to the same page, and
 * a link can be shared. Any change of order or filter starts again at the first page.
 */
export function Caseload() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const values = filterValues(params);
  const after = params.get('after');
  // Earlier pages' cursors, so "previous" goes back exactly one page.
  const before = params.getAll('back');
  const isAdmin =
    me?.memberships.find((m) => m.organization.id === me.activeOrganization?.id)?.role === 'ADMIN';
  const {
    data: current,
    previousData,
    loading,
    error,
  } = useQuery(CASELOAD, {
    variables: {
      first: PAGE_SIZE,
      after,
      orderBy: values.order,
      filter: {
        statuses: values.statuses.length ? values.statuses : OPEN,
        search: values.search || null,
        districtId: values.districtId,
        schoolId: values.schoolId,
        concern: values.concern,
        advocateId: isAdmin ? values.advocateId : null,
      },
    },
  });
  // The last page stays in view while the next one loads (aria-busy says so), not a spinner.
  const data = current ?? previousData;

  const setFilter = (name: string, next: string | string[] | null) => {
    const changed = new URLSearchParams(params);
    changed.delete('after');
    changed.delete('back');
    changed.delete(name);
    for (const value of Array.isArray(next) ? next : next ? [next] : []) {
      changed.append(name, value);
    }
    // A school belongs to one district: a new district clears the school.
    if (name === 'district') changed.delete('school');
    // Typing is not a step back in the history; choosing a filter is.
    setParams(changed, { replace: name === 'q' });
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
  const lines = data?.caseload.edges.map((e) => e.node) ?? [];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('caseload.title')}</Title>
        <Button component={Link} to="/cases/new">
          {t('caseload.newCase')}
        </Button>
      </Group>
      <CaseloadFilters values={values} isAdmin={isAdmin} onChange={setFilter} />
      {error && (
        <Alert color="red" role="alert">
          {t('common.loadFailed')}
        </Alert>
      )}
      {loading && !data ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : lines.length === 0 ? (
        <Text c="dimmed">{t('caseload.empty')}</Text>
      ) : (
        <CaseloadLines lines={lines} order={values.order} busy={loading} />
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
