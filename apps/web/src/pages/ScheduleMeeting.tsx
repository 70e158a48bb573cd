import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsByPath } from '../errors';
import { graphql } from '../gql';
import type { MeetingAttendeeInput, MeetingKind } from '../gql/graphql';
import { MeetingWhenFields, toStartsAt, whenRules } from './MeetingWhen';
import { RowFormDialog } from './RowFormDialog';

const SCHEDULE = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      id
    }
  }
`);

const PEOPLE = graphql(`
  query ScheduleMeetingContacts($schoolId: ID!) {
    schoolContacts(filter: { schoolId: $schoolId, withDistrictStaff: true }, first: 100) {
      edges {
        node {
          id
          name
          role
          title
        }
      }
    }
  }
`);

export const MEETING_KINDS: MeetingKind[] = [
  'IEP',
  'SECTION_504',
  'REINTEGRATION_PLANNING',
  'OTHER',
];

/** Someone the case already knows: a guardian goes to the api by name, with their relationship. */
interface Guardian {
  id: string;
  name: string;
  relationship?: string | null;
}

/**
 * Schedules a meeting of the case: its kind, day and time (in the browser's time zone), place,
 * notes, and who attends — the school's staff, the case's advocates and the family's guardians
 * picked from lists, anyone else typed by name and role.
 */
export function ScheduleMeeting(props: {
  caseId: string;
  schoolId: string | null;
  advocates: { memberId: string; name: string }[];
  guardians: Guardian[];
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [schedule] = useMutation(SCHEDULE, { refetchQueries: ['CasePage'] });
  const contacts = useQuery(PEOPLE, {
    variables: { schoolId: props.schoolId ?? '' },
    skip: !opened || !props.schoolId,
  });
  const form = useForm({
    initialValues: {
      kind: '' as MeetingKind | '',
      day: null as string | null,
      time: '',
      location: '',
      people: [] as string[],
      others: [] as { name: string; role: string }[],
      notes: '',
    },
    validate: {
      kind: (v) => (v ? null : t('meetings.kindRequired')),
      ...whenRules({ day: t('meetings.dayRequired'), time: t('meetings.timeRequired') }),
      others: { name: (v) => (v.trim() ? null : t('meetings.nameRequired')) },
    },
  });

  const schoolOptions = (contacts.data?.schoolContacts.edges ?? []).map(({ node }) => ({
    value: `contact:${node.id}`,
    label: `${node.name} — ${node.title || t(`meetings.contactRole.${node.role}`)}`,
  }));
  const choices = [
    { group: t('meetings.fromSchool'), items: schoolOptions },
    {
      group: t('meetings.fromOrganization'),
      items: props.advocates.map((a) => ({
        value: `member:${a.memberId}`,
        label: `${a.name} — ${t('roles.ADVOCATE')}`,
      })),
    },
    {
      group: t('meetings.fromFamily'),
      items: props.guardians.map((g) => ({
        value: `guardian:${g.id}`,
        label: g.relationship ? `${g.name} — ${g.relationship}` : g.name,
      })),
    },
  ].filter((g) => g.items.length);

  const attendeeOf = (value: string): MeetingAttendeeInput => {
    const [kind, id] = value.split(':') as [string, string];
    if (kind === 'contact') return { contactId: id };
    if (kind === 'member') return { memberId: id };
    const guardian = props.guardians.find((g) => g.id === id);
    return { name: guardian?.name ?? '', role: guardian?.relationship ?? '' };
  };

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    const picked = values.people.length;
    try {
      await schedule({
        variables: {
          input: {
            caseId: props.caseId,
            kind: values.kind as MeetingKind,
            startsAt: toStartsAt(values.day ?? '', values.time).toISOString(),
            location: values.location.trim() || undefined,
            notes: values.notes.trim() || undefined,
            attendees: [
              ...values.people.map(attendeeOf),
              ...values.others.map((o) => ({ name: o.name.trim(), role: o.role.trim() })),
            ],
          },
        },
      });
      setOpened(false);
      form.reset();
    } catch (error) {
      // The api names input fields and attendees by position: the form's fields are the
      // picked people first, then the people typed.
      const fields: Record<string, string> = {};
      for (const [path, message] of Object.entries(fieldErrorsByPath(error))) {
        const field = path.replace(/^input\./, '');
        const attendee = /^attendees\.(\d+)\.(\w+)$/.exec(field);
        if (field === 'startsAt') fields['day'] = message;
        else if (attendee) {
          const i = Number(attendee[1]);
          if (i < picked) fields['people'] = message;
          else fields[`others.${i - picked}.${attendee[2] === 'role' ? 'role' : 'name'}`] = message;
        } else if (['kind', 'location', 'notes'].includes(field)) fields[field] = message;
      }
      if (Object.keys(fields).length) form.setErrors(fields);
      else setProblem(t('common.unexpected'));
    }
  });

  return (
    <RowFormDialog
      openLabel={t('meetings.schedule')}
      title={t('meetings.scheduleTitle')}
      submitLabel={t('meetings.scheduleSubmit')}
      opened={opened}
      onOpenChange={setOpened}
      onSubmit={submit}
      submitting={form.submitting}
      problem={problem}
    >
      <Select
        label={t('meetings.kind')}
        required
        data={MEETING_KINDS.map((value) => ({ value, label: t(`meetingKind.${value}`) }))}
        {...form.getInputProps('kind')}
      />
      <MeetingWhenFields
        dayInput={form.getInputProps('day')}
        timeInput={form.getInputProps('time')}
      />
      <TextInput
        label={t('meetings.location')}
        description={t('meetings.locationHelp')}
        {...form.getInputProps('location')}
      />
      <MultiSelect
        label={t('meetings.people')}
        description={t('meetings.peopleHelp')}
        searchable
        data={choices}
        nothingFoundMessage={t('meetings.nobodyFound')}
        {...form.getInputProps('people')}
      />
      <Fieldset legend={t('meetings.others')} variant="unstyled">
        <Stack gap="xs">
          {form.values.others.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('meetings.othersHelp')}
            </Text>
          )}
          {form.values.others.map((_, i) => (
            <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" style={{ flex: 1 }}>
                <TextInput
                  label={t('meetings.otherName', { n: i + 1 })}
                  required
                  {...form.getInputProps(`others.${i}.name`)}
                />
                <TextInput
                  label={t('meetings.otherRole', { n: i + 1 })}
                  placeholder={t('meetings.otherRoleExample')}
                  {...form.getInputProps(`others.${i}.role`)}
                />
              </SimpleGrid>
              <ActionIcon
                variant="subtle"
                color="gray.8"
                mt={28}
                aria-label={t('meetings.removeOther', { n: i + 1 })}
                onClick={() => form.removeListItem('others', i)}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              size="xs"
              onClick={() => form.insertListItem('others', { name: '', role: '' })}
            >
              {t('meetings.addOther')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <Textarea label={t('meetings.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </RowFormDialog>
  );
}
