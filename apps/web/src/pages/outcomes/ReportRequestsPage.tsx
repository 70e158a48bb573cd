import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../auth/AuthProvider';
import { formatDay } from '../../dates';
import { errorCode, fieldErrorsByPath } from '../../errors';
import type { ReportRequestsQuery } from '../../gql/graphql';
import { isFigure, REPORT_REQUESTS } from './behind';
import { OUTCOME_CHOICES } from './report';
import { useReportParams } from './report-params';

type Row = ReportRequestsQuery['outcomeReportRequests']['edges'][number]['node'];

/**
 * The requests behind one figure of the outcome report (or all it counts), one by one, so a
 * director can see which requests make a school's "late" and check any figure. Same range and
 * filters as the report, from the address.
 */
export function ReportRequestsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { me } = useAuth();
  const role = me?.memberships.find((m) => m.organization.id === me.activeOrganization?.id)?.role;
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const { params, range, filter } = useReportParams();
  const asked = params.get('figure');
  const figure = isFigure(asked) ? asked : null;

  const choices = useQuery(OUTCOME_CHOICES);
  const result = useQuery(REPORT_REQUESTS, {
    variables: { range, filter, figure },
    notifyOnNetworkStatusChange: true,
  });
  const { error, loading, fetchMore } = result;
  // Only a whole answer is shown (not a partial one from the cache).
  const data = result.dataState === 'complete' ? result.data : undefined;

  const schools = new Map<string, string>();
  const districts = new Map<string, string>();
  for (const { node } of choices.data?.districts.edges ?? []) {
    districts.set(node.id, node.name);
    for (const school of node.schools) schools.set(school.id, school.name);
  }
  const placeOf = (row: Row) =>
    (row.schoolId && schools.get(row.schoolId)) ||
    (row.districtId && districts.get(row.districtId)) ||
    '—';

  const back = new URLSearchParams(params);
  back.delete('figure');
  const rows = data?.outcomeReportRequests.edges.map((e) => e.node) ?? [];
  const page = data?.outcomeReportRequests.pageInfo;
  const day = (value: string | null | undefined) => (value ? formatDay(value, language) : '—');
  const state = (row: Row) =>
    row.state === 'OVERDUE' ? t('outcomes.overdueState') : t(`requestStatus.${row.state}`);
  const due = (row: Row) =>
    row.dueOn ? (
      <Stack gap={2} align="flex-start">
        <span>{day(row.dueOn)}</span>
        <Text size="xs" c={row.statutory ? 'blue.9' : 'dimmed'}>
          {row.dueSetByHand
            ? t('outcomes.behind.byHand')
            : row.statutory
              ? t('outcomes.behind.law')
              : t('outcomes.behind.notLaw')}
        </Text>
      </Stack>
    ) : (
      t('outcomes.behind.noDeadline')
    );
  const byDeadline = (row: Row) =>
    row.answeredByDeadline === null || row.answeredByDeadline === undefined
      ? t('outcomes.behind.undecided')
      : row.answeredByDeadline
        ? t('outcomes.behind.yes')
        : t('outcomes.behind.no');
  // A case is for admins to open; an analyst reads the figures, not the family's records.
  const caseLink = (row: Row) =>
    role === 'ADMIN' ? (
      <Anchor component={Link} to={`/cases/${row.caseId}`} size="sm">
        {t('outcomes.behind.openCase')}
      </Anchor>
    ) : null;

  const code = errorCode(error);
  const columns = [
    t('outcomes.behind.type'),
    t('outcomes.behind.place'),
    t('outcomes.behind.sent'),
    t('outcomes.behind.due'),
    t('outcomes.behind.firstAnswer'),
    t('outcomes.behind.state'),
    t('outcomes.behind.byDeadline'),
  ];

  return (
    <Stack>
      <Anchor component={Link} to={{ pathname: '/outcomes', search: back.toString() }} size="sm">
        {t('outcomes.behind.back')}
      </Anchor>
      <div>
        <Title order={2}>{t(`outcomes.behind.figure.${figure ?? 'ALL'}`)}</Title>
        <Text size="sm" c="dimmed" data-testid="behind-range">
          {t('outcomes.rangeShown', {
            from: formatDay(range.from, language),
            to: formatDay(range.to, language),
          })}
        </Text>
      </div>
      {code === 'BAD_USER_INPUT' ? (
        <Alert color="red" role="alert" title={t('outcomes.badRange')}>
          {Object.values(fieldErrorsByPath(error)).join(' ')}
        </Alert>
      ) : code === 'FORBIDDEN' ? (
        <Alert color="red" role="alert" title={t('outcomes.forbiddenTitle')}>
          {t('outcomes.forbidden')}
        </Alert>
      ) : error ? (
        <Alert color="red" role="alert">
          {t('common.loadFailed')}
        </Alert>
      ) : !data ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('outcomes.behind.none')}</Text>
      ) : wide ? (
        <Table striped fz="sm" aria-busy={loading} data-testid="behind-requests">
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c}>{c}</Table.Th>
              ))}
              {role === 'ADMIN' && (
                <Table.Th>
                  <VisuallyHidden>{t('outcomes.behind.case')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id} data-testid="behind-request">
                <Table.Td>{t(`requestType.${row.type}`)}</Table.Td>
                <Table.Td>{placeOf(row)}</Table.Td>
                <Table.Td>{day(row.sentOn)}</Table.Td>
                <Table.Td>{due(row)}</Table.Td>
                <Table.Td>{day(row.firstResponseOn)}</Table.Td>
                <Table.Td>{state(row)}</Table.Td>
                <Table.Td>{byDeadline(row)}</Table.Td>
                {role === 'ADMIN' && <Table.Td>{caseLink(row)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Stack
          gap="xs"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-busy={loading}
        >
          {rows.map((row) => (
            <Paper component="li" withBorder p="sm" key={row.id} data-testid="behind-request">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Text fw={600}>{t(`requestType.${row.type}`)}</Text>
                <Text size="sm">{state(row)}</Text>
              </Group>
              <Text size="sm">{placeOf(row)}</Text>
              {(
                [
                  [columns[2], day(row.sentOn)],
                  [columns[4], day(row.firstResponseOn)],
                  [columns[6], byDeadline(row)],
                ] as const
              ).map(([label, value]) => (
                <Text size="sm" key={label}>
                  {label}: {value}
                </Text>
              ))}
              <Group gap="xs" align="flex-start">
                <Text size="sm">{columns[3]}:</Text>
                <Text size="sm" component="div">
                  {due(row)}
                </Text>
              </Group>
              {caseLink(row)}
            </Paper>
          ))}
        </Stack>
      )}
      {page?.hasNextPage && (
        <div>
          <Button
            variant="default"
            loading={loading}
            onClick={() =>
              void fetchMore({
                variables: { after: page.endCursor },
                // The next page goes after the ones shown.
                updateQuery: (shown, { fetchMoreResult }) => ({
                  outcomeReportRequests: {
                    ...fetchMoreResult.outcomeReportRequests,
                    edges: [
                      ...(shown?.outcomeReportRequests.edges ?? []),
                      ...fetchMoreResult.outcomeReportRequests.edges,
                    ],
                  },
                }),
              })
            }
          >
            {t('outcomes.behind.more')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
