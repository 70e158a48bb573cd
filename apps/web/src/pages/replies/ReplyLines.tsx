import { Anchor, Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RepliesQuery } from '../../gql/graphql';
import { formatTime } from '../../dates';
import type { OpenRequest } from './open-requests';
import { ReplyStatusBadge, senderName } from './reply-parts';

export type ReplyLine = RepliesQuery['inboundMessages']['edges'][number]['node'];

/** The reply's subject, the link to it. */
function SubjectLink({ line }: { line: ReplyLine }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`/replies/${line.id}`} fw={600} size="sm">
      {line.subject.trim() || t('replies.noSubject')}
    </Anchor>
  );
}

function Sender({ line }: { line: ReplyLine }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Text size="sm">{senderName(line, t)}</Text>
      {line.fromName && line.fromAddress && (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {line.fromAddress}
        </Text>
      )}
    </Stack>
  );
}

/** The case and request it is filed under; in triage, the sender's suggestion if any. */
function FiledUnder({
  line,
  suggestions,
}: {
  line: ReplyLine;
  suggestions: Map<string, OpenRequest>;
}) {
  const { t } = useTranslation();
  const request = line.request;
  if (request)
    return (
      <Stack gap={0}>
        <Anchor component={Link} to={`/cases/${request.case.id}`} size="sm">
          {request.case.family.householdName}
        </Anchor>
        <Anchor
          component={Link}
          to={`/cases/${request.case.id}#request-${request.id}`}
          size="xs"
          c="dimmed"
        >
          {request.subject}
        </Anchor>
      </Stack>
    );
  const suggested = line.suggestedRequestId ? suggestions.get(line.suggestedRequestId) : null;
  return (
    <Stack gap={2} align="flex-start">
      <Badge variant="outline" color="grape.9" styles={{ label: { overflow: 'visible' } }}>
        {t('replies.inTriage')}
      </Badge>
      {line.suggestedRequestId && (
        <Text size="xs">
          {suggested
            ? t('replies.suggested', { subject: suggested.subject, family: suggested.family })
            : t('replies.suggestedUnknown')}
        </Text>
      )}
    </Stack>
  );
}

function LinesTable({ lines, suggestions }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Table striped highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('replies.from')}</Table.Th>
          <Table.Th>{t('replies.subject')}</Table.Th>
          <Table.Th>{t('replies.received')}</Table.Th>
          <Table.Th>{t('replies.filedUnder')}</Table.Th>
          <Table.Th>{t('replies.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line) => (
          <Table.Tr key={line.id}>
            <Table.Td>
              <Sender line={line} />
            </Table.Td>
            <Table.Td>
              <SubjectLink line={line} />
            </Table.Td>
            <Table.Td>
              <Text size="sm">{formatTime(line.receivedAt, i18n.language)}</Text>
            </Table.Td>
            <Table.Td>
              <FiledUnder line={line} suggestions={suggestions} />
            </Table.Td>
            <Table.Td>
              <ReplyStatusBadge status={line.status} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** On a phone: a card per reply, nothing to scroll sideways. */
function LinesCards({ lines, suggestions }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {lines.map((line) => (
        <Paper key={line.id} component="li" withBorder p="sm">
          <Stack gap={4}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <SubjectLink line={line} />
              <ReplyStatusBadge status={line.status} />
            </Group>
            <Sender line={line} />
            <Text size="xs" c="dimmed">
              {t('replies.receivedAt', { time: formatTime(line.receivedAt, i18n.language) })}
            </Text>
            <FiledUnder line={line} suggestions={suggestions} />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

interface Props {
  lines: ReplyLine[];
  /** Open requests by id: where a triage reply's suggestion points. */
  suggestions: Map<string, OpenRequest>;
}

/** The replies of one page: a table on a wide screen, cards on a phone. */
export function ReplyLines(props: Props & { busy: boolean }) {
  // Read at once (not after a first render), so a phone never flashes the table.
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  return (
    <div aria-busy={props.busy}>{wide ? <LinesTable {...props} /> : <LinesCards {...props} />}</div>
  );
}
