import { useQuery } from '@apollo/client/react';
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { graphql } from '../../gql';
import { useActiveRole } from '../../auth/useActiveRole';
import { AdminsOnly } from '../../layout/AdminsOnly';
import { CreateKeyForm } from './CreateKeyForm';
import { KeyList } from './KeyList';

export const API_KEYS_PAGE = graphql(`
  query ApiKeysPage {
    reportingApiKeys {
      id
      name
      prefix
      createdAt
      lastUsedAt
      revokedAt
      createdBy {
        id
        name
      }
    }
  }
`);

/**
 * Administration: the organization's reporting API keys — made with a name (the secret shown
 * once), listed with who made them and when each was last used, revoked after a confirmation.
 */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { isAdmin } = useActiveRole();
  const { data, loading, error } = useQuery(API_KEYS_PAGE, { skip: !isAdmin });
  if (!isAdmin) return <AdminsOnly says="keys.adminsOnly" />;
  const timeZone = me?.activeOrganization?.timeZone ?? undefined;

  return (
    <Stack gap="xl">
      <div>
        <Title order={2}>{t('keys.title')}</Title>
        <Text c="dimmed">{t('keys.intro')}</Text>
      </div>
      <Stack component="section" aria-labelledby="keys-create">
        <Title order={3} id="keys-create">
          {t('keys.create.title')}
        </Title>
        <CreateKeyForm />
      </Stack>
      <Stack component="section" aria-labelledby="keys-list">
        <Title order={3} id="keys-list">
          {t('keys.list.title')}
        </Title>
        {loading && !data ? (
          <Loader role="status" aria-label={t('common.loading')} />
        ) : error || !data ? (
          <Alert color="red" role="alert">
            {t('common.loadFailed')}
          </Alert>
        ) : (
          <KeyList keys={data.reportingApiKeys} timeZone={timeZone} />
        )}
      </Stack>
    </Stack>
  );
}
