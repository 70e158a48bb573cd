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
import { useForm, type UseFormReturnType } from '@mantine/form';
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

const UPDATE = graphql(`
  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {
    updateMeeting(id: $id, input: $input) {
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
  'ELIGIBILITY',
  'FACILITATED_IEP',
  'MANIFESTATION_DETERMINATION',
  'ATTENDANCE_REVIEW',
  'IFSP',
  'RESOLUTION_SESSION',
  'MEDIATION',
  'DUE_PROCESS_HEARING',
  'OTHER',
];

/** Someone the case already knows: a guardian goes to the api by name, with their relationship. */
interface Guardian {
  id: string;
  name: string;
  relationship?: string | null;
}

/** Who can be picked for a meeting of a case: its school's staff, advocates and guardians. */
interface CasePeople {
  schoolId: string | null;
  advocates: { memberId: string; name: string }[];
  guardians: Guardian[];
}

interface MeetingFormValues {
  kind: MeetingKind | '';
  day: string | null;
  time: string;
  location: string;
  /** Picked people: `contact:<id>`, `member:<id>` or `guardian:<id>`. */
  people: string[];
  /** People typed by name. */
  others: { name: string; role: string }[];
  notes: string;
}

/** An attendee already on a meeting, to keep among the choices when the meeting is edited. */
interface Attendee {
  name: string;
  role: string;
  contactId?: string | null;
  memberId?: string | null;
}

/** The choices of the "who attends" list, in groups; the school's staff once the form opens. */
function useChoices(people: CasePeople, opened: boolean, attending: Attendee[] = []) {
  const { t } = useTranslation();
  const contacts = useQuery(PEOPLE, {
    variables: { schoolId: people.schoolId ?? '' },
    skip: !opened || !people.schoolId,
  });
  const groups = [
    {
      group: t('meetings.fromSchool'),
      items: (contacts.data?.schoolContacts.edges ?? []).map(({ node }) => ({
        value: `contact:${node.id}`,
        label: `${node.name} — ${node.title || t(`contactRole.${node.role}`)}`,
      })),
    },
    {
      group: t('meetings.fromOrganization'),
      items: people.advocates.map((a) => ({
        value: `member:${a.memberId}`,
        label: `${a.name} — ${t('roles.ADVOCATE')}`,
      })),
    },
    {
      group: t('meetings.fromFamily'),
      items: people.guardians.map((g) => ({
        value: `guardian:${g.id}`,
        label: g.relationship ? `${g.name} — ${g.relationship}` : g.name,
      })),
    },
  ];
  // Someone already attending who is in none of the lists (staff of another school, a member
  // not on the case) stays a choice, under their own name.
  const known = new Set(groups.flatMap((g) => g.items.map((i) => i.value)));
  const missing = attending
    .map((a) => ({ value: pickedValue(a) ?? '', label: a.role ? `${a.name} — ${a.role}` : a.name }))
    .filter((o) => o.value && !known.has(o.value));
  if (missing.length) groups.push({ group: t('meetings.alreadyAttending'), items: missing });
  return groups.filter((g) => g.items.length);
}

/** The list value of a school contact or a member attending; none for someone typed. */
function pickedValue(a: Attendee): string | null {
  if (a.contactId) return `contact:${a.contactId}`;
  if (a.memberId) return `member:${a.memberId}`;
  return null;
}

/** The attendees as the api takes them: the picked people first, then those typed. */
function attendeesOf(values: MeetingFormValues, guardians: Guardian[]): MeetingAttendeeInput[] {
  const picked = values.people.map((value): MeetingAttendeeInput => {
    const [kind, id] = value.split(':') as [string, string];
    if (kind === 'contact') return { contactId: id };
    if (kind === 'member') return { memberId: id };
    const guardian = guardians.find((g) => g.id === id);
    return { name: guardian?.name ?? '', role: guardian?.relationship ?? '' };
  });
  const typed = values.others.map((o) => ({ name: o.name.trim(), role: o.role.trim() }));
  return [...picked, ...typed];
}

/**
 * The api's field problems on the form's fields: it names attendees by position, and the
 * form holds the picked people first, then the people typed.
 */
function formErrors(error: unknown, picked: number): Record<string, string> {
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
  return fields;
}

function useMeetingForm(initialValues: MeetingFormValues, withWhen: boolean) {
  const { t } = useTranslation();
  return useForm<MeetingFormValues>({
    initialValues,
    validate: {
      kind: (v) => (v ? null : t('meetings.kindRequired')),
      ...(withWhen
        ? whenRules({ day: t('meetings.dayRequired'), time: t('meetings.timeRequired') })
        : {}),
      others: { name: (v) => (v.trim() ? null : t('meetings.nameRequired')) },
    },
  });
}

/** Kind, (day and time,) place, who attends — picked or typed by name — and notes. */
function MeetingFields({
  form,
  choices,
  withWhen,
}: {
  form: UseFormReturnType<MeetingFormValues>;
  choices: ReturnType<typeof useChoices>;
  withWhen: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        label={t('meetings.kind')}
        required
        allowDeselect={false}
        data={MEETING_KINDS.map((value) => ({ value, label: t(`meetingKind.${value}`) }))}
        {...form.getInputProps('kind')}
      />
      {withWhen && (
        <MeetingWhenFields
          dayInput={form.getInputProps('day')}
          timeInput={form.getInputProps('time')}
        />
      )}
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
    </>
  );
}

/**
 * Schedules a meeting of the case: its kind, day and time (in the browser's time zone), place,
 * notes, and who attends — the school's staff, the case's advocates and the family's guardians
 * picked from lists, anyone else typed by name and role.
 */
export function ScheduleMeeting(props: CasePeople & { caseId: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [schedule] = useMutation(SCHEDULE, { refetchQueries: ['CasePage'] });
  const choices = useChoices(props, opened);
  const form = useMeetingForm(
    { kind: '', day: null, time: '', location: '', people: [], others: [], notes: '' },
    true,
  );

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await schedule({
        variables: {
          input: {
            caseId: props.caseId,
            kind: values.kind as MeetingKind,
            startsAt: toStartsAt(values.day ?? '', values.time).toISOString(),
            location: values.location.trim() || undefined,
            notes: values.notes.trim() || undefined,
            attendees: attendeesOf(values, props.guardians),
          },
        },
      });
      setOpened(false);
      form.reset();
    } catch (error) {
      const fields = formErrors(error, values.people.length);
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
      <MeetingFields form={form} choices={choices} withWhen />
    </RowFormDialog>
  );
}

/**
 * Changes a meeting's kind, place, notes and who attends (the list given replaces the one
 * on file). Its day and time move with "Move the meeting", which moves the due dates too.
 */
export function EditMeeting(
  props: CasePeople & {
    meeting: {
      id: string;
      kind: MeetingKind;
      location: string;
      notes: string;
      attendees: Attendee[];
    };
  },
) {
  const { t } = useTranslation();
  const { meeting } = props;
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [update] = useMutation(UPDATE, { refetchQueries: ['MeetingPage'] });
  const choices = useChoices(props, opened, meeting.attendees);
  const current = (): MeetingFormValues => ({
    kind: meeting.kind,
    day: null,
    time: '',
    location: meeting.location,
    notes: meeting.notes,
    people: meeting.attendees.map(pickedValue).filter((v): v is string => !!v),
    others: meeting.attendees
      .filter((a) => !pickedValue(a))
      .map((a) => ({ name: a.name, role: a.role })),
  });
  const form = useMeetingForm(current(), false);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await update({
        variables: {
          id: meeting.id,
          input: {
            kind: values.kind as MeetingKind,
            location: values.location.trim(),
            notes: values.notes.trim(),
            attendees: attendeesOf(values, props.guardians),
          },
        },
      });
      setOpened(false);
    } catch (error) {
      const fields = formErrors(error, values.people.length);
      if (Object.keys(fields).length) form.setErrors(fields);
      else setProblem(t('common.unexpected'));
    }
  });

  return (
    <RowFormDialog
      openLabel={t('meetings.edit')}
      title={t('meetings.editTitle')}
      submitLabel={t('meetings.editSubmit')}
      opened={opened}
      onOpenChange={(open) => {
        // Each opening starts from what is on file.
        if (open) {
          form.setValues(current());
          form.clearErrors();
          setProblem(null);
        }
        setOpened(open);
      }}
      onSubmit={submit}
      submitting={form.submitting}
      problem={problem}
    >
      <MeetingFields form={form} choices={choices} withWhen={false} />
    </RowFormDialog>
  );
}
