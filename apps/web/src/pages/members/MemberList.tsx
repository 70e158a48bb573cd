import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../errors';
import { graphql } from '../../gql';
import type { MemberRole, MembersPageQuery } from '../../gql/graphql';
import { formatMoment, formatMomentTime, ROLES } from './member-parts';

type Member = MembersPageQuery['members']['edges'][number]['node'];

const CHANGE_ROLE = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      role
    }
  }
`);

const REMOVE = graphql(`
  mutation RemoveMember($memberId: ID!) {
    removeMember(memberId: $memberId) {
      id
    }
  }
`);

/** Why the api refused: the last admin (CONFLICT) named as such, anything else in general. */
function refusal(error: unknown, t: (key: string) => string): string {
  const code = errorCode(error);
  if (code === 'CONFLICT') return t('members.lastAdmin');
  if (code === 'NOT_FOUND') return t('members.gone');
  if (code === 'FORBIDDEN') return t('members.forbidden');
  return t('common.unexpected');
}

/** The member's role, changed as soon as another is chosen; a refusal shown beside it. */
function RoleSelect({ member, isMe }: { member: Member; isMe: boolean }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  // Your own role changed: the console reads it again (a former admin is then told so).
  const [change, { loading }] = useMutation(CHANGE_ROLE, {
    refetchQueries: isMe ? ['MembersPage', 'Me'] : ['MembersPage'],
  });
  return (
    <Select
      aria-label={t('members.roleOf', { name: member.user.name })}
      data={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
      value={member.role}
      allowDeselect={false}
      disabled={loading}
      error={problem}
      maw={220}
      onChange={async (value) => {
        if (!value || value === member.role) return;
        setProblem(null);
        try {
          await change({
            variables: { input: { memberId: member.id, role: value as MemberRole } },
          });
        } catch (error) {
          setProblem(refusal(error, t));
        }
      }}
    />
  );
}

/** Remove, after a confirmation that says what it does; a refusal shown in the dialog. */
function RemoveMember({ member, isMe }: { member: Member; isMe: boolean }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [remove, { loading }] = useMutation(REMOVE, {
    refetchQueries: isMe ? ['Me'] : ['MembersPage'],
  });
  const close = () => {
    setOpened(false);
    setProblem(null);
  };
  return (
    <>
      <Button
        size="xs"
        variant="default"
        onClick={() => setOpened(true)}
        aria-label={t('members.removeWho', { name: member.user.name })}
      >
        {t('members.remove')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('members.removeTitle', { name: member.user.name })}
      >
        <Stack>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Text>{isMe ? t('members.removeSelf') : t('members.removeBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('members.cancel')}
            </Button>
            <Button
              color="red.9"
              loading={loading}
              onClick={async () => {
                setProblem(null);
                try {
                  await remove({ variables: { memberId: member.id } });
                  close();
                } catch (error) {
                  setProblem(refusal(error, t));
                }
              }}
            >
              {t('members.removeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function Name({ member, isMe }: { member: Member; isMe: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" fw={600}>
        {member.user.name}
      </Text>
      {isMe && (
        <Badge variant="outline" color="gray.8">
          {t('members.you')}
        </Badge>
      )}
    </Group>
  );
}

/** The organization's members: a table, or a card each on a phone. */
export function MemberList(props: { members: Member[]; meId: string; timeZone?: string }) {
  const { t, i18n } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const joined = (m: Member) => formatMoment(m.joinedAt, i18n.language, props.timeZone);
  const lastSignIn = (m: Member) =>
    m.lastSignedInAt
      ? formatMomentTime(m.lastSignedInAt, i18n.language, props.timeZone)
      : t('members.never');
  if (!props.members.length) return <Text c="dimmed">{t('members.list.empty')}</Text>;

  if (phone)
    return (
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {props.members.map((m) => {
          const isMe = m.user.id === props.meId;
          return (
            <Paper key={m.id} component="li" withBorder p="sm" data-testid="member">
              <Stack gap="xs">
                <div>
                  <Name member={m} isMe={isMe} />
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {m.user.email}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('members.joinedOn', { date: joined(m) })}
                  </Text>
                  <Text size="xs" c="dimmed" data-testid="last-sign-in">
                    {t('members.lastSignInOn', { date: lastSignIn(m) })}
                  </Text>
                </div>
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <RoleSelect member={m} isMe={isMe} />
                  <RemoveMember member={m} isMe={isMe} />
                </Group>
              </Stack>
            </Paper>
          );
        })}
      </Stack>
    );

  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('members.list.name')}</Table.Th>
          <Table.Th>{t('members.list.email')}</Table.Th>
          <Table.Th>{t('members.list.role')}</Table.Th>
          <Table.Th>{t('members.list.joined')}</Table.Th>
          <Table.Th>{t('members.list.lastSignIn')}</Table.Th>
          <Table.Th>
            <VisuallyHidden>{t('members.list.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.members.map((m) => {
          const isMe = m.user.id === props.meId;
          return (
            <Table.Tr key={m.id} data-testid="member">
              <Table.Td>
                <Name member={m} isMe={isMe} />
              </Table.Td>
              <Table.Td>{m.user.email}</Table.Td>
              <Table.Td>
                <RoleSelect member={m} isMe={isMe} />
              </Table.Td>
              <Table.Td>{joined(m)}</Table.Td>
              <Table.Td data-testid="last-sign-in">{lastSignIn(m)}</Table.Td>
              <Table.Td>
                <RemoveMember member={m} isMe={isMe} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
