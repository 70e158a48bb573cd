import { useQuery } from '@apollo/client/react';
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useActiveRole } from '../../auth/useActiveRole';
import { AdminsOnly } from '../../layout/AdminsOnly';
import { DistrictForm } from './DistrictForm';
import { DistrictList } from './DistrictList';

// The api's page size at most: an organization's districts fit in one page.
const DISTRICTS_PAGE = graphql(`
  query DistrictsPage {
    districts(first: 100, filter: { includeArchived: true }) {
      edges {
        node {
          id
          name
          state
          timeZone
          archivedAt
          schoolYears {
            id
            firstDay
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/**
 * Administration: the school districts and whether each has the school calendars that
 * deadlines are counted on. Admins only (the api refuses the others' changes anyway).
 */
export function DistrictsPage() {
  const { t } = useTranslation();
  const { isAdmin } = useActiveRole();
  const { data, loading, error } = useQuery(DISTRICTS_PAGE, { skip: !isAdmin });

  if (!isAdmin) return <AdminsOnly says="districts.adminsOnly" />;
  const districts = data?.districts.edges.map((e) => e.node) ?? [];

  return (
    <Stack gap="xl">
      <div>
        <Title order={2}>{t('districts.title')}</Title>
        <Text c="dimmed">{t('districts.intro')}</Text>
      </div>
      <Stack component="section" aria-labelledby="districts-list">
        <Title order={3} id="districts-list">
          {t('districts.list.title')}
        </Title>
        {loading && !data ? (
          <Loader role="status" aria-label={t('common.loading')} />
        ) : error || !data ? (
          <Alert color="red" role="alert">
            {t('common.loadFailed')}
          </Alert>
        ) : (
          <DistrictList districts={districts} />
        )}
        {data?.districts.pageInfo.hasNextPage && (
          <Text size="sm" c="dimmed">
            {t('districts.list.more')}
          </Text>
        )}
      </Stack>
      <Stack component="section" aria-labelledby="districts-add">
        <Title order={3} id="districts-add">
          {t('districts.form.addTitle')}
        </Title>
        <DistrictForm />
      </Stack>
    </Stack>
  );
}
