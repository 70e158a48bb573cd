import {
  Anchor,
  Checkbox,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import '@mantine/notifications/styles.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldErrors } from '../../errors';
import { graphql } from '../../gql';
import type {
  ContactChannel,
  ContactDirection,
  ContactParty,
  ContactTopic,
} from '../../gql/graphql';
import { FormDialog } from '../RowFormDialog';
import { CasePicker, type PickedCase } from './CasePicker';
import {
  CONTACT_CHANNELS,
  CONTACT_LANGUAGES,
  CONTACT_TOPICS,
  PARTIES,
  useLanguageName,
} from './contact-choices';

const LOG = graphql(`
  mutation LogContact($input: LogContactInput!) {
    logContact(input: $input) {
      id
      occurredAt
    }
  }
`);

const GUARDIANS = graphql(`
  query ContactCaseGuardians($id: ID!) {
    case(id: $id) {
      id
      family {
        guardians {
          id
          name
          relationship
        }
      }
    }
  }
`);

/** The form's fields the api may name a problem with, each with words of its own. */
const FIELDS = [
  'caseId',
  'party',
  'channel',
  'guardianId',
  'withWhom',
  'direction',
  'occurredAt',
  'durationMinutes',
  'language',
  'topics',
  'note',
  'visibility',
] as const;

/** Lists that show contacts, refreshed once one is logged (those on screen). */
const SHOWING_CONTACTS = ['CasePage', 'Contacts'];

export interface Guardian {
  id: string;
  name: string;
  relationship?: string | null;
}

interface ContactFormValues {
  party: ContactParty | null;
  channel: ContactChannel | null;
  guardianId: string | null;
  withWhom: string;
  direction: ContactDirection;
  /** YYYY-MM-DDTHH:mm in the browser's clock (a datetime-local input's value). */
  occurredAt: string;
  durationMinutes: number | string;
  language: string;
  topics: ContactTopic[];
  note: string;
  shared: boolean;
}

/** Now, to the minute, as a datetime-local input holds it: the browser's day and clock. */
function nowLocal(): string {
  const at = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}` +
    `T${pad(at.getHours())}:${pad(at.getMinutes())}`
  );
}

/** The family's only guardian is the one a guardian contact was with. */
const onlyGuardian = (guardians: Guardian[]) =>
  guardians.length === 1 ? (guardians[0]?.id ?? null) : null;

function initialValues(guardians: Guardian[]): ContactFormValues {
  return {
    party: null,
    channel: null,
    guardianId: onlyGuardian(guardians),
    withWhom: '',
    // Outgoing, as the api defaults it: most contacts an advocate logs are their own calls,
    // emails and letters following a case up, and a contact logged from here without touching
    // the direction then reads the same as one logged through the api.
    direction: 'OUTGOING',
    occurredAt: nowLocal(),
    durationMinutes: '',
    language: 'en',
    topics: [],
    note: '',
    shared: false,
  };
}

/**
 * Logs a contact in seconds: with whom and how are all it needs (and a note, most often);
 * which guardian, who in words, the direction, when (now unless changed), how long, in which
 * language, about what, and whether the family sees it can be told too.
 *
 * From a case's page it is on that case (`onCase`). From anywhere else the advocate picks one
 * of the organization's open cases, or none: an information-and-referral call from someone
 * who is not a client yet, whose name is then told in words; once logged, a notification
 * links to the case. Mounted when opened, so each opening is a fresh form, "when" being the
 * moment it opened.
 */
export function LogContactDialog({
  onCase,
  onClose,
}: {
  onCase?: { id: string; guardians: Guardian[] };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const [picked, setPicked] = useState<PickedCase | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const caseId = onCase?.id ?? picked?.id ?? null;
  const { data: pickedCase } = useQuery(GUARDIANS, {
    variables: { id: picked?.id ?? '' },
    skip: !picked,
  });
  const guardians = onCase?.guardians ?? (picked ? (pickedCase?.case.family.guardians ?? []) : []);
  const [log] = useMutation(LOG, {
    refetchQueries: SHOWING_CONTACTS,
    awaitRefetchQueries: true,
  });
  const form = useForm<ContactFormValues>({
    initialValues: initialValues(guardians),
    validate: {
      party: (v) => (v ? null : t('contactLog.partyRequired')),
      channel: (v) => (v ? null : t('contactLog.channelRequired')),
    },
  });

  // Another case picked: its family's guardians, the only one chosen.
  const pickedGuardians = pickedCase?.case.family.guardians;
  useEffect(() => {
    // Only the case's guardians matter here (the form's identity changes each render).
    form.setFieldValue('guardianId', onlyGuardian(pickedGuardians ?? []));
  }, [pickedGuardians]);

  const notifyLogged = () => {
    const message = picked ? (
      <Anchor component={Link} to={`/cases/${picked.id}`} size="sm">
        {t('contactLog.openCase', { name: picked.label })}
      </Anchor>
    ) : (
      <Anchor component={Link} to="/contacts" size="sm">
        {t('contactLog.seeContacts')}
      </Anchor>
    );
    notifications.show({
      title: picked ? t('contactLog.loggedOnCase') : t('contactLog.loggedOnNoCase'),
      message,
      color: 'teal.9',
      closeButtonProps: { 'aria-label': t('common.close') },
      // Long enough to follow the link; it stays while hovered.
      autoClose: 10_000,
    });
  };

  const submit = form.onSubmit(async (values) => {
    const { party, channel } = values;
    // Checked by the form's rules: both are chosen by now.
    if (!party || !channel) return;
    setProblem(null);
    const minutes = values.durationMinutes === '' ? null : Number(values.durationMinutes);
    try {
      await log({
        variables: {
          input: {
            caseId,
            party,
            channel,
            guardianId: caseId && party === 'GUARDIAN' ? values.guardianId : null,
            withWhom: values.withWhom.trim() || undefined,
            direction: values.direction,
            // Left as it opened: the api's now, to the second, rather than the minute shown.
            occurredAt:
              form.isDirty('occurredAt') && values.occurredAt
                ? new Date(values.occurredAt).toISOString()
                : undefined,
            durationMinutes: minutes,
            language: values.language,
            topics: values.topics,
            note: values.note.trim() || undefined,
            visibility: caseId && values.shared ? 'SHARED_WITH_FAMILY' : 'INTERNAL',
          },
        },
      });
      // On its own case's page the timeline shows it; from anywhere else, say where it went.
      if (!onCase) notifyLogged();
      onClose();
    } catch (error) {
      const problems = fieldErrors(error);
      const named = FIELDS.filter((field) => problems[field]);
      for (const field of named)
        form.setFieldError(
          field === 'visibility' ? 'shared' : field,
          t(`contactLog.invalid.${field}`),
        );
      if (!named.length) setProblem(t('common.unexpected'));
    }
  });

  return (
    <FormDialog
      title={t('contactLog.title')}
      submitLabel={t('contactLog.submit')}
      opened
      onClose={onClose}
      onSubmit={submit}
      submitting={form.submitting}
      problem={problem}
    >
      {!onCase && (
        <CasePicker
          value={picked}
          onChange={(next) => {
            setPicked(next);
            form.clearFieldError('caseId');
          }}
          error={form.errors['caseId'] as string | undefined}
        />
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('contactLog.party')}
          required
          data={PARTIES.map((value) => ({ value, label: t(`contactLog.parties.${value}`) }))}
          {...form.getInputProps('party')}
        />
        <Select
          label={t('contactLog.channel')}
          required
          data={CONTACT_CHANNELS.map((value) => ({
            value,
            label: t(`contactLog.channels.${value}`),
          }))}
          {...form.getInputProps('channel')}
        />
      </SimpleGrid>
      {caseId && form.values.party === 'GUARDIAN' && guardians.length > 0 && (
        <Select
          label={t('contactLog.guardian')}
          clearable
          allowDeselect={false}
          data={guardians.map((g) => ({
            value: g.id,
            label: g.relationship ? `${g.name} (${g.relationship})` : g.name,
          }))}
          {...form.getInputProps('guardianId')}
        />
      )}
      <Textarea
        label={t('contactLog.note')}
        autosize
        minRows={2}
        maxRows={8}
        {...form.getInputProps('note')}
      />
      <TextInput
        label={t('contactLog.withWhom')}
        // On no case, nobody is on file: their name in words is who it was with.
        description={caseId ? t('contactLog.withWhomHelp') : t('contactLog.withWhomNoCase')}
        {...form.getInputProps('withWhom')}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="contact-direction">
          {t('contactLog.direction')}
        </Text>
        <SegmentedControl
          aria-labelledby="contact-direction"
          data={(['INCOMING', 'OUTGOING'] as const).map((value) => ({
            value,
            label: t(`contactLog.directions.${value}`),
          }))}
          {...form.getInputProps('direction')}
        />
        {form.errors['direction'] && (
          <Text size="xs" c="red.8">
            {form.errors['direction']}
          </Text>
        )}
      </Stack>
      <TextInput
        type="datetime-local"
        label={t('contactLog.occurredAt')}
        max={nowLocal()}
        {...form.getInputProps('occurredAt')}
      />
      <SimpleGrid cols={2}>
        <NumberInput
          label={t('contactLog.durationMinutes')}
          min={0}
          max={1440}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('durationMinutes')}
        />
        <Select
          label={t('contactLog.language')}
          allowDeselect={false}
          searchable
          data={CONTACT_LANGUAGES.map((value) => ({ value, label: languageName(value) }))}
          {...form.getInputProps('language')}
        />
      </SimpleGrid>
      <MultiSelect
        label={t('contactLog.topics')}
        data={CONTACT_TOPICS.map((value) => ({ value, label: t(`contactLog.topic.${value}`) }))}
        {...form.getInputProps('topics')}
      />
      {/* Only a contact on a case can be shared: a family on no case has no portal. */}
      {caseId && (
        <Checkbox
          label={t('contactLog.shared')}
          description={t('contactLog.sharedHelp')}
          {...form.getInputProps('shared', { type: 'checkbox' })}
        />
      )}
    </FormDialog>
  );
}
