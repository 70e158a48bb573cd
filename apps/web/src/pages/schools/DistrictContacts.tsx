import { useQuery } from '@apollo/client/react';
import { Alert, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ContactDialog } from './ContactDialog';
import { ContactList } from './ContactList';

const DISTRICT_CONTACTS = graphql(`
  query DistrictContacts($districtId: ID!) {
    schoolContacts(first: 100, filter: { districtId: $districtId, includeArchived: true }) {
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

/** A district's district-wide staff (of no one school): listed, added, changed, archived. */
export function DistrictContacts(props: { districtId: string; districtName: string }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  const { data, loading, error } = useQuery(DISTRICT_CONTACTS, {
    variables: { districtId: props.districtId },
  });
  const contacts = (data?.schoolContacts.edges.map((e) => e.node) ?? []).filter((c) => !c.schoolId);
  return (
    <Stack>
      <Text c="dimmed">{t('schools.districtStaff.intro', { district: props.districtName })}</Text>
      {saved && (
        <Alert color="green" role="status">
          {t('schools.contact.saved', { name: saved })}
        </Alert>
      )}
      {loading && !data ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : error || !data ? (
        <Alert color="red" role="alert">
          {t('common.loadFailed')}
        </Alert>
      ) : (
        <ContactList
          contacts={contacts}
          schoolId={null}
          empty={t('schools.districtStaff.empty')}
          onSaved={setSaved}
        />
      )}
      <ContactDialog districtId={props.districtId} schoolId={null} onSaved={setSaved} />
    </Stack>
  );
}
