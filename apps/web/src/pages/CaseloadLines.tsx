import { Anchor, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseloadOrder, CaseloadQuery } from '../gql/graphql';

type Line = CaseloadQuery['caseload']['edges'][number]['node'];

/** The column each order sorts by, for the table header's aria-sort. */
const SORTED_COLUMN: Record<CaseloadOrder, string> = {
  URGENCY: 'overdue',
  NEXT_DEADLINE: 'nextDeadline',
  STATUS: 'status',
  SCHOOL: 'school',
};

/**
 * The caseload's lines: a table on a wide screen, a card per case on a phone (nothing to
 * scroll sideways). `busy` while the next page loads over this one.
 */
export function CaseloadLines(props: { lines: Line[]; order: CaseloadOrder; busy: boolean }) {
  // Read at once (not after a first render), so a phone never flashes the table.
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  return wide ? <LinesTable {...props} /> : <LinesCards {...props} />;
}

function useDeadlineFormat() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (deadline: string | null | undefined) =>
    deadline ? format.format(new Date(deadline)) : '—';
}

function Overdue({ count }: { count: number }) {
  return count > 0 ? (
    <Text c="red.9" fw={700} size="sm" span>
      {count}
    </Text>
  ) : (
    <Text size="sm" span>
      0
    </Text>
  );
}

function LinesTable({
  lines,
  order,
  busy,
}: {
  lines: Line[];
  order: CaseloadOrder;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const deadline = useDeadlineFormat();
  // Most overdue first is a descending count; the other orders ascend.
  const sortedBy = (column: string) =>
    SORTED_COLUMN[order] === column
      ? order === 'URGENCY'
        ? 'descending'
        : 'ascending'
      : undefined;
  return (
    <Table striped highlightOnHover aria-busy={busy}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('caseload.case')}</Table.Th>
          <Table.Th>{t('today.student')}</Table.Th>
          <Table.Th aria-sort={sortedBy('school')}>{t('today.school')}</Table.Th>
          <Table.Th aria-sort={sortedBy('status')}>{t('caseload.status')}</Table.Th>
          <Table.Th aria-sort={sortedBy('nextDeadline')}>{t('caseload.nextDeadline')}</Table.Th>
          <Table.Th aria-sort={sortedBy('overdue')}>{t('caseload.overdue')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line) => (
          <Table.Tr key={line.case.id}>
            <Table.Td>
              <Anchor component={Link} to={`/cases/${line.case.id}`}>
                {line.family.householdName}
              </Anchor>
              <Text size="xs" c="dimmed">
                {line.case.title}
              </Text>
            </Table.Td>
            <Table.Td>{line.student.name}</Table.Td>
            <Table.Td>{line.school?.name ?? '—'}</Table.Td>
            <Table.Td>
              <Text size="sm">{t(`status.${line.status}`)}</Text>
            </Table.Td>
            <Table.Td>{deadline(line.nextDeadline)}</Table.Td>
            <Table.Td>
              <Overdue count={line.overdueCount} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function LinesCards({ lines, busy }: { lines: Line[]; busy: boolean }) {
  const { t } = useTranslation();
  const deadline = useDeadlineFormat();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-busy={busy}>
      {lines.map((line) => (
        <Paper key={line.case.id} component="li" withBorder p="sm">
          <Stack gap={2}>
            <Anchor component={Link} to={`/cases/${line.case.id}`} fw={600}>
              {line.family.householdName}
            </Anchor>
            <Text size="sm">{line.case.title}</Text>
            <Text size="sm" c="dimmed">
              {[line.student.name, line.school?.name].filter(Boolean).join(' · ')}
            </Text>
            <Group gap="md" mt={4}>
              <Text size="sm">{t(`status.${line.status}`)}</Text>
              <Text size="sm">
                {t('caseload.nextDeadline')}: {deadline(line.nextDeadline)}
              </Text>
              <Text size="sm">
                {t('caseload.overdue')}: <Overdue count={line.overdueCount} />
              </Text>
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
