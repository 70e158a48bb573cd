import { useQuery } from '@apollo/client/react';
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { useActiveRole } from '../../auth/useActiveRole';
import { AdminsOnly } from '../../layout/AdminsOnly';
import { graphql } from '../../gql';
import { Invitations } from './Invitations';
import { InviteForm } from './InviteForm';
import { MemberList } from './MemberList';

// The api's page size at most: an organization's people fit in one page.
const MEMBERS_PAGE = graphql(`
  query MembersPage {
    members(first: 100) {
      edges {
        node {
          id
          role
          joinedAt
          lastSignedInAt
          user {
            id
            name
            email
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    invitations(first: 100) {
      edges {
        node {
          id
          email
          role
          status
          createdAt
          expiresAt
        }
      }
    }
  }
`);

/**
 * Administration: who is in the organization and with which role, and who is invited.
 * Admins only (the api refuses the others anyway): anyone else is told so.
 */
export function MembersPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const active = me?.activeOrganization;
  const { isAdmin } = useActiveRole();
  const { data, loading, error } = useQuery(MEMBERS_PAGE, { skip: !isAdmin });

  if (!isAdmin) return <AdminsOnly says="members.adminsOnly" />;

  const members = data?.members.edges.map((e) => e.node) ?? [];
  const pending = (data?.invitations.edges.map((e) => e.node) ?? []).filter(
    (i) => i.status === 'PENDING',
  );

  return (
    <Stack gap="xl">
      <div>
        <Title order={2}>{t('members.title')}</Title>
        <Text c="dimmed">{t('members.intro', { organization: active?.name ?? '' })}</Text>
      </div>
      <Stack component="section" aria-labelledby="members-list">
        <Title order={3} id="members-list">
          {t('members.list.title')}
        </Title>
        {loading && !data ? (
          <Loader role="status" aria-label={t('common.loading')} />
        ) : error || !data ? (
          <Alert color="red" role="alert">
            {t('common.loadFailed')}
          </Alert>
        ) : (
          <MemberList
            members={members}
            meId={me?.user.id ?? ''}
            timeZone={active?.timeZone ?? undefined}
          />
        )}
        {data?.members.pageInfo.hasNextPage && (
          <Text size="sm" c="dimmed">
            {t('members.list.more')}
          </Text>
        )}
      </Stack>
      <Stack component="section" aria-labelledby="members-invite">
        <Title order={3} id="members-invite">
          {t('members.invite.title')}
        </Title>
        <InviteForm />
      </Stack>
      <Stack component="section" aria-labelledby="members-invitations">
        <Title order={3} id="members-invitations">
          {t('members.invitations.title')}
        </Title>
        {loading && !data ? (
          <Loader role="status" aria-label={t('common.loading')} />
        ) : error || !data ? (
          <Alert color="red" role="alert">
            {t('common.loadFailed')}
          </Alert>
        ) : (
          <Invitations invitations={pending} timeZone={active?.timeZone ?? undefined} />
        )}
      </Stack>
    </Stack>
  );
}
