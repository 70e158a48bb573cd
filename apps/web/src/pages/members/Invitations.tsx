import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { MembersPageQuery } from '../../gql/graphql';
import { INVITE, inviteProblem } from './InviteForm';
import { formatMoment } from './member-parts';

type Invitation = MembersPageQuery['invitations']['edges'][number]['node'];

const REVOKE = graphql(`
  mutation RevokeInvitation($invitationId: ID!) {
    revokeInvitation(invitationId: $invitationId) {
      id
      status
    }
  }
`);

/** Resend and revoke, for one invitation (the work is done by the list, which outlives it). */
function Actions(props: {
  invitation: Invitation;
  busy: 'resend' | 'revoke' | null;
  onResend: () => void;
  onRevoke: () => void;
}) {
  const { t } = useTranslation();
  const { email } = props.invitation;
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        variant="default"
        disabled={props.busy === 'revoke'}
        loading={props.busy === 'resend'}
        aria-label={t('members.invitations.resendTo', { email })}
        onClick={props.onResend}
      >
        {t('members.invitations.resend')}
      </Button>
      <Button
        size="xs"
        variant="default"
        disabled={props.busy === 'resend'}
        loading={props.busy === 'revoke'}
        aria-label={t('members.invitations.revokeFor', { email })}
        onClick={props.onRevoke}
      >
        {t('members.invitations.revoke')}
      </Button>
    </Group>
  );
}

/** Invitations still waiting to be accepted: a table, or a card each on a phone. */
export function Invitations(props: { invitations: Invitation[]; timeZone?: string }) {
  const { t, i18n } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState<{ id: string; what: 'resend' | 'revoke' } | null>(null);
  const [revoke] = useMutation(REVOKE, { refetchQueries: ['MembersPage'] });
  const [invite] = useMutation(INVITE, { refetchQueries: ['MembersPage'] });

  /**
   * The api has no "send again": resending revokes the pending invitation and invites the
   * same email with the same role (a new link, valid from now).
   */
  const resend = async ({ id, email, role }: Invitation) => {
    setMessage(null);
    setBusy({ id, what: 'resend' });
    try {
      // No reload in between: the list is read once the new invitation is there (a reload
      // still under way would be reused, and show neither).
      await revoke({ variables: { invitationId: id }, refetchQueries: [] });
    } catch {
      setBusy(null);
      setMessage({ ok: false, text: t('common.unexpected') });
      return;
    }
    try {
      // Said once the list shows the new invitation.
      await invite({ variables: { input: { email, role } }, awaitRefetchQueries: true });
      setMessage({ ok: true, text: t('members.invitations.resent', { email }) });
    } catch (error) {
      // The old link no longer works: say so, so the admin invites again.
      setMessage({
        ok: false,
        text: `${inviteProblem(error, t)} ${t('members.invitations.resendFailed', { email })}`,
      });
    }
    setBusy(null);
  };

  const revokeOne = async ({ id, email }: Invitation) => {
    setMessage(null);
    setBusy({ id, what: 'revoke' });
    try {
      await revoke({ variables: { invitationId: id } });
      setMessage({ ok: true, text: t('members.invitations.revoked', { email }) });
    } catch {
      setMessage({ ok: false, text: t('common.unexpected') });
    }
    setBusy(null);
  };
  const actions = (i: Invitation) => (
    <Actions
      invitation={i}
      busy={busy?.id === i.id ? busy.what : null}
      onResend={() => void resend(i)}
      onRevoke={() => void revokeOne(i)}
    />
  );
  const day = (iso: string) => formatMoment(iso, i18n.language, props.timeZone);

  const shown = message && (
    <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'} maw={640}>
      {message.text}
    </Alert>
  );
  if (!props.invitations.length)
    return (
      <>
        {shown}
        <Text c="dimmed">{t('members.invitations.empty')}</Text>
      </>
    );

  const role = (i: Invitation) => (
    <Badge variant="outline" color="gray.8">
      {t(`roles.${i.role}`)}
    </Badge>
  );

  if (phone)
    return (
      <Stack gap="xs">
        {shown}
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {props.invitations.map((i) => (
            <Paper key={i.id} component="li" withBorder p="sm" data-testid="invitation">
              <Stack gap="xs">
                <div>
                  <Group gap="xs">
                    <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {i.email}
                    </Text>
                    {role(i)}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('members.invitations.sentOn', { date: day(i.createdAt) })} ·{' '}
                    {t('members.invitations.expiresOn', { date: day(i.expiresAt) })}
                  </Text>
                </div>
                {actions(i)}
              </Stack>
            </Paper>
          ))}
        </Stack>
      </Stack>
    );

  return (
    <Stack gap="xs">
      {shown}
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('members.list.email')}</Table.Th>
            <Table.Th>{t('members.list.role')}</Table.Th>
            <Table.Th>{t('members.invitations.sent')}</Table.Th>
            <Table.Th>{t('members.invitations.expires')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('members.list.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.invitations.map((i) => (
            <Table.Tr key={i.id} data-testid="invitation">
              <Table.Td>{i.email}</Table.Td>
              <Table.Td>{role(i)}</Table.Td>
              <Table.Td>{day(i.createdAt)}</Table.Td>
              <Table.Td>{day(i.expiresAt)}</Table.Td>
              <Table.Td>{actions(i)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
