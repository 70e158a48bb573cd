import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Group, Loader, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { dayFromToday } from '../../dates';
import { errorCode } from '../../errors';
import { graphql } from '../../gql';
import { useActiveRole } from '../../auth/useActiveRole';
import { AdminsOnly } from '../../layout/AdminsOnly';
import { CalendarImport } from './CalendarImport';
import { ClosureCalendar } from './ClosureCalendar';
import { DistrictForm } from './DistrictForm';
import { CalendarStatus } from './DistrictList';
import { SchoolYears } from './SchoolYears';

const DISTRICT_PAGE = graphql(`
  query DistrictPage($id: ID!) {
    district(id: $id) {
      id
      name
      state
      timeZone
      archivedAt
      schoolYears {
        id
        label
        firstDay
        lastDay
        schoolDayCount
        nonSchoolDays {
          date
          label
        }
      }
    }
  }
`);

/**
 * One district: its details, its school years, the days without school of one year as a
 * calendar, and the import of its published .ics. Admins only.
 */
export function DistrictPage() {
  const { t } = useTranslation();
  const { districtId = '' } = useParams();
  const { isAdmin } = useActiveRole();
  const { data, loading, error } = useQuery(DISTRICT_PAGE, {
    variables: { id: districtId },
    skip: !isAdmin,
  });
  const [chosenYear, setChosenYear] = useState<string | null>(null);

  if (!isAdmin) return <AdminsOnly says="districts.adminsOnly" />;
  if (loading && !data) return <Loader role="status" aria-label={t('common.loading')} />;
  const district = data?.district;
  if (error || !district)
    return (
      <Stack gap="md" align="flex-start">
        <Alert color="red" role="alert">
          {errorCode(error) === 'NOT_FOUND' ? t('districts.notFound') : t('common.loadFailed')}
        </Alert>
        <Anchor component={Link} to="/settings/districts">
          {t('districts.back')}
        </Anchor>
      </Stack>
    );

  const years = district.schoolYears;
  const today = dayFromToday(0);
  const shownYear =
    years.find((y) => y.id === chosenYear) ??
    years.find((y) => y.firstDay <= today && today <= y.lastDay) ??
    years[years.length - 1];

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Group gap="md">
          <Anchor component={Link} to="/settings/districts" size="sm">
            {t('districts.back')}
          </Anchor>
          <Anchor
            component={Link}
            to={`/settings/schools?district=${encodeURIComponent(district.id)}`}
            size="sm"
          >
            {t('districts.schoolsLink')}
          </Anchor>
        </Group>
        <Title order={2}>{district.name}</Title>
        <CalendarStatus years={years} />
      </Stack>
      <Stack component="section" aria-labelledby="district-details">
        <Title order={3} id="district-details">
          {t('districts.form.editTitle')}
        </Title>
        <DistrictForm key={district.id} district={district} />
      </Stack>
      <Stack component="section" aria-labelledby="district-years">
        <Title order={3} id="district-years">
          {t('districts.years.title')}
        </Title>
        <SchoolYears districtId={district.id} years={years} />
      </Stack>
      {shownYear && (
        <Stack component="section" aria-labelledby="district-closures">
          <Title order={3} id="district-closures">
            {t('districts.calendar.title')}
          </Title>
          <ClosureCalendar
            key={shownYear.id}
            years={years}
            year={shownYear}
            onChooseYear={setChosenYear}
          />
        </Stack>
      )}
      <Stack component="section" aria-labelledby="district-import">
        <Title order={3} id="district-import">
          {t('districts.import.title')}
        </Title>
        <CalendarImport districtId={district.id} onSaved={setChosenYear} />
      </Stack>
    </Stack>
  );
}
