import { useQuery } from '@apollo/client/react';
import { Alert, Group, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { FollowUp } from './FollowUpPage';
import { formatTime } from './follow-up-parts';

export const PREVIEW = graphql(`
  query FollowUpPreview($id: ID!) {
    followUpPreview(id: $id) {
      subject
      text
      to
      cc
      replyTo
    }
  }
`);

/** One line of an email's header: "To:", "Subject:"… */
function HeaderLine({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={90} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Group>
  );
}

/** An email as it reads: its header, then its words. */
export function Email(props: {
  label?: string;
  to: string[];
  cc: string[];
  replyTo?: string | null;
  subject: string;
  body: string;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-label={props.label}>
      <Stack gap={4}>
        <HeaderLine label={t('followUps.email.to')}>{props.to.join(', ') || '—'}</HeaderLine>
        {props.cc.length > 0 && (
          <HeaderLine label={t('followUps.email.cc')}>{props.cc.join(', ')}</HeaderLine>
        )}
        {props.replyTo && (
          <HeaderLine label={t('followUps.email.replyTo')}>{props.replyTo}</HeaderLine>
        )}
        <HeaderLine label={t('followUps.email.subject')}>
          <strong data-testid="email-subject">{props.subject}</strong>
        </HeaderLine>
      </Stack>
      <Text
        mt="md"
        size="sm"
        data-testid="email-body"
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {props.body}
      </Text>
    </Paper>
  );
}

/** The message exactly as it would go out now (the api renders it). */
export function Preview({ id, recipients }: { id: string; recipients: string[] }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(PREVIEW, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  if (error)
    return (
      <Alert color="red" role="alert">
        {t('common.loadFailed')}
      </Alert>
    );
  if (loading && !data) return <Loader role="status" aria-label={t('common.loading')} />;
  if (!data) return null;
  const p = data.followUpPreview;
  return (
    <Email
      label={t('followUps.previewLabel')}
      // No address on file: who it is for, and that it has none.
      to={p.to.length ? p.to : recipients}
      cc={p.cc}
      replyTo={p.replyTo}
      subject={p.subject}
      body={p.text}
    />
  );
}

const OUTCOME_COLORS: Record<string, string> = {
  ACCEPTED: 'teal.9',
  TEMPORARY_FAILURE: 'red.9',
  PERMANENT_FAILURE: 'red.9',
  INTERRUPTED: 'gray.7',
};

/** Every attempt to deliver it: when, how it ended, what the mail server said. */
export function Attempts({ followUp }: { followUp: FollowUp }) {
  const { t, i18n } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const attempts = followUp.deliveryAttempts;
  if (!attempts.length) return <Text c="dimmed">{t('followUps.attempts.none')}</Text>;
  const outcome = (o: string | null | undefined) => (
    <Text size="sm" c={o ? OUTCOME_COLORS[o] : undefined}>
      {t(`followUps.attempts.outcome.${o ?? 'PENDING'}`)}
    </Text>
  );
  if (!wide)
    return (
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {attempts.map((a) => (
          <Paper key={a.attempt} component="li" withBorder p="sm">
            <Text size="sm" fw={600}>
              {t('followUps.attempts.number', { n: a.attempt })} ·{' '}
              {formatTime(a.startedAt, i18n.language)}
            </Text>
            {outcome(a.outcome)}
            {a.serverResponse && (
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {a.serverResponse}
              </Text>
            )}
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('followUps.attempts.attempt')}</Table.Th>
          <Table.Th>{t('followUps.attempts.started')}</Table.Th>
          <Table.Th>{t('followUps.attempts.result')}</Table.Th>
          <Table.Th>{t('followUps.attempts.server')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {attempts.map((a) => (
          <Table.Tr key={a.attempt}>
            <Table.Td>{a.attempt}</Table.Td>
            <Table.Td>{formatTime(a.startedAt, i18n.language)}</Table.Td>
            <Table.Td>{outcome(a.outcome)}</Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{a.serverResponse ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
