import {
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
  Timeline,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../errors';
import { graphql } from '../gql';
import type { ContactChannel, ContactDirection, ContactParty, ContactTopic } from '../gql/graphql';
import { RowFormDialog } from './RowFormDialog';

const LOG = graphql(`
  mutation LogContact($input: LogContactInput!) {
    logContact(input: $input) {
      id
      occurredAt
    }
  }
`);

export const PARTIES: ContactParty[] = ['GUARDIAN', 'STUDENT', 'SCHOOL_CONTACT', 'PROFESSIONAL'];
export const CONTACT_CHANNELS: ContactChannel[] = [
  'PHONE',
  'VIDEO',
  'IN_PERSON',
  'EMAIL',
  'TEXT',
  'LETTER',
];
export const CONTACT_TOPICS: ContactTopic[] = [
  'ATTENDANCE',
  'EVALUATION',
  'IEP',
  'SECTION_504',
  'BEHAVIOR_DISCIPLINE',
  'BULLYING',
  'RECORDS',
  'REINTEGRATION',
  'HOME_INSTRUCTION',
  'DISPUTE_RESOLUTION',
  'INFORMATION_REFERRAL',
  'OTHER',
];
/**
 * The languages families served most often speak (ISO 639-1), named in the interface's own
 * language by the browser; English first, the api's default.
 */
export const CONTACT_LANGUAGES = [
  'en',
  'es',
  'vi',
  'zh',
  'ko',
  'ar',
  'ht',
  'pt',
  'ru',
  'so',
  'fr',
  'tl',
];

/** The form's fields the api may name a problem with, each with words of its own. */
const FIELDS = [
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

interface Guardian {
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

function initialValues(guardians: Guardian[]): ContactFormValues {
  return {
    party: null,
    channel: null,
    // The family's only guardian is the one a guardian contact was with.
    guardianId: guardians.length === 1 ? (guardians[0]?.id ?? null) : null,
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
 * Logs a contact on the case in seconds: with whom and how are all it needs (and a note, most
 * often); which guardian, who in words, the direction, when (now unless changed), how long,
 * in which language, about what, and whether the family sees it can be told too.
 */
export function LogContact({ caseId, guardians }: { caseId: string; guardians: Guardian[] }) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [log] = useMutation(LOG, { refetchQueries: ['CasePage'], awaitRefetchQueries: true });
  const form = useForm<ContactFormValues>({
    initialValues: initialValues(guardians),
    validate: {
      party: (v) => (v ? null : t('contactLog.partyRequired')),
      channel: (v) => (v ? null : t('contactLog.channelRequired')),
    },
  });
  const languageNames = new Intl.DisplayNames([i18n.language], { type: 'language' });
  // A name in a list of names: capitalized ("Inglés"), as Spanish writes it lowercase.
  const languageName = (code: string) => {
    const name = languageNames.of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(i18n.language) + name.slice(1);
  };

  const openChange = (open: boolean) => {
    if (open) {
      // A fresh form each time, "when" being the moment it opens.
      const values = initialValues(guardians);
      form.setInitialValues(values);
      form.setValues(values);
      form.clearErrors();
      setProblem(null);
    }
    setOpened(open);
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
            guardianId: party === 'GUARDIAN' ? values.guardianId : null,
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
            visibility: values.shared ? 'SHARED_WITH_FAMILY' : 'INTERNAL',
          },
        },
      });
      setOpened(false);
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
    <RowFormDialog
      openLabel={t('contactLog.open')}
      title={t('contactLog.title')}
      submitLabel={t('contactLog.submit')}
      opened={opened}
      onOpenChange={openChange}
      onSubmit={submit}
      submitting={form.submitting}
      problem={problem}
    >
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
      {form.values.party === 'GUARDIAN' && guardians.length > 0 && (
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
        description={t('contactLog.withWhomHelp')}
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
      <Checkbox
        label={t('contactLog.shared')}
        description={t('contactLog.sharedHelp')}
        {...form.getInputProps('shared', { type: 'checkbox' })}
      />
    </RowFormDialog>
  );
}

/** A logged contact as the case page has it: what the timeline says of it, in words. */
export interface ContactEntry {
  id: string;
  party: ContactParty;
  channel: ContactChannel;
  direction: ContactDirection;
  guardianId?: string | null;
  withWhom: string;
  durationMinutes?: number | null;
  topics: ContactTopic[];
}

/**
 * A contact on the case's timeline, in the interface's language: how, which way, with whom,
 * how long; when (to the minute); its topics and note.
 */
export function ContactItem({
  event,
  entry,
  guardians,
}: {
  event: { occurredAt: string; detail?: string | null; title: string };
  entry: ContactEntry | undefined;
  guardians: Guardian[];
}) {
  const { t, i18n } = useTranslation();
  let title = event.title;
  if (entry) {
    const who =
      entry.withWhom ||
      guardians.find((g) => g.id === entry.guardianId)?.name ||
      t(`contactLog.parties.${entry.party}`);
    title = t('contactLog.event', {
      channel: t(`contactLog.channels.${entry.channel}`),
      direction: t(`contactLog.directions.${entry.direction}`).toLowerCase(),
      who,
    });
    if (entry.durationMinutes)
      title += ` ${t('contactLog.minutes', { count: entry.durationMinutes })}`;
  }
  return (
    <Timeline.Item title={title}>
      <Text size="xs" c="dimmed">
        {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(event.occurredAt),
        )}
        {entry?.topics.length
          ? ` · ${entry.topics.map((topic) => t(`contactLog.topic.${topic}`)).join(', ')}`
          : ''}
      </Text>
      {event.detail && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {event.detail}
        </Text>
      )}
    </Timeline.Item>
  );
}
