import { useQuery } from '@apollo/client/react';
import { Alert, Checkbox, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { AddSchoolForm } from './AddSchoolForm';
import { DistrictContacts } from './DistrictContacts';
import { useActiveRole } from '../../auth/useActiveRole';
import { AdminsOnly } from '../../layout/AdminsOnly';
import { SchoolList } from './SchoolList';

// The api's page size at most: an organization's directory fits in one page.
const SCHOOLS_PAGE = graphql(`
  query SchoolsPage($districtId: ID) {
    districts(first: 100) {
      edges {
        node {
          id
          name
          state
        }
      }
    }
    schools(first: 100, filter: { districtId: $districtId, includeArchived: true }) {
      edges {
        node {
          id
          name
          archivedAt
          districtId
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/**
 * Administration: the organization's schools, by district (`?district=<id>` shows one), a
 * form to add one, and the chosen district's district-wide staff. Admins only.
 */
export function SchoolsPage() {
  const { t } = useTranslation();
  const { isAdmin } = useActiveRole();
  const [search, setSearch] = useSearchParams();
  const districtId = search.get('district');
  const [showArchived, setShowArchived] = useState(false);
  const { data, loading, error } = useQuery(SCHOOLS_PAGE, {
    skip: !isAdmin,
    variables: { districtId },
  });

  if (!isAdmin) return <AdminsOnly says="schools.adminsOnly" />;

  const districts = data?.districts.edges.map((e) => e.node) ?? [];
  const schools = (data?.schools.edges.map((e) => e.node) ?? []).filter(
    (s) => showArchived || !s.archivedAt,
  );
  const district = districts.find((d) => d.id === districtId);
  const choose = (id: string | null) =>
    setSearch(id ? { district: id } : {}, { replace: true, preventScrollReset: true });

  return (
    <Stack gap="xl">
      <div>
        <Title order={2}>{t('schools.title')}</Title>
        <Text c="dimmed">{t('schools.intro')}</Text>
      </div>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('schools.filter.district')}
          placeholder={t('schools.filter.all')}
          data={districts.map((d) => ({ value: d.id, label: d.name }))}
          value={districtId}
          onChange={choose}
          clearable
          clearButtonProps={{ 'aria-label': t('schools.filter.clear') }}
          searchable
          miw={280}
          maw={420}
          w="100%"
        />
        <Checkbox
          label={t('schools.filter.archived')}
          checked={showArchived}
          onChange={(e) => setShowArchived(e.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <Stack component="section" aria-labelledby="schools-list">
        <Title order={3} id="schools-list">
          {district
            ? t('schools.list.titleOf', { district: district.name })
            : t('schools.list.title')}
        </Title>
        {loading && !data ? (
          <Loader role="status" aria-label={t('common.loading')} />
        ) : error || !data ? (
          <Alert color="red" role="alert">
            {t('common.loadFailed')}
          </Alert>
        ) : (
          <SchoolList schools={schools} districts={districts} grouped={!district} />
        )}
        {data?.schools.pageInfo.hasNextPage && (
          <Text size="sm" c="dimmed">
            {t('schools.list.more')}
          </Text>
        )}
      </Stack>
      <Stack component="section" aria-labelledby="schools-add">
        <Title order={3} id="schools-add">
          {t('schools.add.title')}
        </Title>
        {data && (
          <AddSchoolForm key={districtId ?? ''} districts={districts} districtId={districtId} />
        )}
      </Stack>
      <Stack component="section" aria-labelledby="schools-district-staff">
        <Title order={3} id="schools-district-staff">
          {t('schools.districtStaff.title')}
        </Title>
        {district ? (
          <DistrictContacts districtId={district.id} districtName={district.name} />
        ) : (
          <Text c="dimmed">{t('schools.districtStaff.choose')}</Text>
        )}
      </Stack>
    </Stack>
  );
}
