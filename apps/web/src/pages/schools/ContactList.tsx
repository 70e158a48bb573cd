import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ContactDialog } from './ContactDialog';
import { refusal, type Contact } from './school-parts';

const ARCHIVE = graphql(`
  mutation ArchiveSchoolContact($id: ID!) {
    archiveSchoolContact(id: $id) {
      id
      archivedAt
    }
  }
`);

const RESTORE = graphql(`
  mutation RestoreSchoolContact($id: ID!) {
    restoreSchoolContact(id: $id) {
      id
      archivedAt
    }
  }
`);

/** "Case manager · Case manager, Maple Valley Middle School", without saying a thing twice. */
export function roleAndTitle(contact: Contact, t: (key: string) => string): string {
  const role = t(`schools.role.${contact.role}`);
  return contact.title && contact.title.toLowerCase() !== role.toLowerCase()
    ? `${role} · ${contact.title}`
    : role;
}

function ContactRow(props: {
  contact: Contact;
  schoolId: string | null;
  onSaved: (name: string) => void;
}) {
  const { t } = useTranslation();
  const { contact } = props;
  const [problem, setProblem] = useState<string | null>(null);
  const refetchQueries = ['SchoolPage', 'DistrictContacts'];
  const [archive, archiving] = useMutation(ARCHIVE, { refetchQueries, awaitRefetchQueries: true });
  const [restore, restoring] = useMutation(RESTORE, { refetchQueries, awaitRefetchQueries: true });
  const archived = !!contact.archivedAt;
  const toggle = async () => {
    setProblem(null);
    try {
      await (archived ? restore : archive)({ variables: { id: contact.id } });
    } catch (error) {
      setProblem(refusal(error, t));
    }
  };
  return (
    <Paper component="li" withBorder p="sm" data-testid="contact">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div style={{ minWidth: 0, flex: '1 1 14rem' }}>
          <Group gap="xs">
            <Text fw={600}>{contact.name}</Text>
            {archived && (
              <Badge variant="outline" color="gray.8">
                {t('schools.archived')}
              </Badge>
            )}
          </Group>
          <Text size="sm">{roleAndTitle(contact, t)}</Text>
          {contact.email && (
            <Anchor href={`mailto:${contact.email}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
              {contact.email}
            </Anchor>
          )}
          {contact.phone && (
            <Text size="sm">
              <Anchor href={`tel:${contact.phone}`} size="sm">
                {contact.phone}
              </Anchor>
            </Text>
          )}
        </div>
        <Group gap="xs">
          {!archived && (
            <ContactDialog
              districtId={contact.districtId}
              schoolId={props.schoolId}
              contact={contact}
              onSaved={props.onSaved}
            />
          )}
          <Button
            size="xs"
            variant="default"
            loading={archiving.loading || restoring.loading}
            aria-label={t(archived ? 'schools.contact.restoreWho' : 'schools.contact.archiveWho', {
              name: contact.name,
            })}
            onClick={toggle}
          >
            {t(archived ? 'schools.restore' : 'schools.archive')}
          </Button>
        </Group>
      </Group>
      {problem && (
        <Text c="red.9" size="sm" role="alert" mt={4}>
          {problem}
        </Text>
      )}
    </Paper>
  );
}

/** Contacts, archived ones marked, each with edit and archive (or restore). */
export function ContactList(props: {
  contacts: Contact[];
  schoolId: string | null;
  empty: string;
  onSaved: (name: string) => void;
}) {
  if (!props.contacts.length) return <Text c="dimmed">{props.empty}</Text>;
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {props.contacts.map((c) => (
        <ContactRow key={c.id} contact={c} schoolId={props.schoolId} onSaved={props.onSaved} />
      ))}
    </Stack>
  );
}
