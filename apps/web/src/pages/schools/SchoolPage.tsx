import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorCode } from '../../errors';
import { graphql } from '../../gql';
import { ContactDialog } from './ContactDialog';
import { ContactList } from './ContactList';
import { EscalationChain } from './EscalationChain';
import { useActiveRole } from '../../auth/useActiveRole';
import { AdminsOnly } from '../../layout/AdminsOnly';
import { SchoolNameForm } from './SchoolNameForm';

const SCHOOL_PAGE = graphql(`
  query SchoolPage($id: ID!) {
    school(id: $id) {
      id
      name
      archivedAt
      districtId
      district {
        id
        name
      }
      escalationChain {
        id
        name
        role
        title
        email
        phone
        archivedAt
        schoolId
        districtId
      }
    }
    schoolContacts(
      first: 100
      filter: { schoolId: $id, withDistrictStaff: true, includeArchived: true }
    ) {
      edges {
        node {
          id
          name
          role
          title
          email
          phone
          archivedAt
          schoolId
          districtId
        }
      }
    }
  }
`);

/**
 * Administration of one school: its name, its own staff, the district-wide staff of its
 * district, and its escalation chain (who follow-ups go to, in order). Admins only.
 */
export function SchoolPage() {
  const { t } = useTranslation();
  const { isAdmin } = useActiveRole();
  const { schoolId = '' } = useParams();
  const [saved, setSaved] = useState<string | null>(null);
  const { data, loading, error } = useQuery(SCHOOL_PAGE, {
    skip: !isAdmin,
    variables: { id: schoolId },
  });

  if (!isAdmin) return <AdminsOnly says="schools.adminsOnly" />;
  if (loading && !data) return <Loader role="status" aria-label={t('common.loading')} />;
  if (error || !data)
    return (
      <Alert color="red" role="alert" maw={640}>
        {errorCode(error) === 'NOT_FOUND' ? t('schools.notFound') : t('common.loadFailed')}
      </Alert>
    );

  const school = data.school;
  const contacts = data.schoolContacts.edges.map((e) => e.node);
  const own = contacts.filter((c) => c.schoolId === school.id);
  const districtWide = contacts.filter((c) => !c.schoolId);
  const backTo = `/settings/schools?district=${school.districtId}`;

  return (
    <Stack gap="xl">
      <div>
        <Anchor component={Link} to={backTo} size="sm">
          {t('schools.back', { district: school.district.name })}
        </Anchor>
        <Group gap="xs" mt={4}>
          <Title order={2}>{school.name}</Title>
          {school.archivedAt && (
            <Badge variant="outline" color="gray.8">
              {t('schools.archived')}
            </Badge>
          )}
        </Group>
        <Text c="dimmed">{t('schools.school.intro', { district: school.district.name })}</Text>
      </div>
      <Stack component="section" aria-labelledby="school-details">
        <Title order={3} id="school-details">
          {t('schools.school.details')}
        </Title>
        <SchoolNameForm id={school.id} name={school.name} />
      </Stack>
      <Stack component="section" aria-labelledby="school-contacts">
        <Title order={3} id="school-contacts">
          {t('schools.school.contacts')}
        </Title>
        {saved && (
          <Alert color="green" role="status">
            {t('schools.contact.saved', { name: saved })}
          </Alert>
        )}
        <ContactList
          contacts={own}
          schoolId={school.id}
          empty={t('schools.school.noContacts')}
          onSaved={setSaved}
        />
        <ContactDialog districtId={school.districtId} schoolId={school.id} onSaved={setSaved} />
      </Stack>
      <Stack component="section" aria-labelledby="school-district-staff">
        <Title order={3} id="school-district-staff">
          {t('schools.school.districtStaff', { district: school.district.name })}
        </Title>
        <ContactList
          contacts={districtWide}
          schoolId={school.id}
          empty={t('schools.districtStaff.empty')}
          onSaved={setSaved}
        />
      </Stack>
      <Stack component="section" aria-labelledby="school-chain">
        <Title order={3} id="school-chain">
          {t('schools.chain.title')}
        </Title>
        <Text c="dimmed">{t('schools.chain.intro')}</Text>
        <EscalationChain
          schoolId={school.id}
          chain={school.escalationChain}
          candidates={contacts.filter((c) => !c.archivedAt)}
        />
      </Stack>
    </Stack>
  );
}
