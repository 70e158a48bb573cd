import { useMutation } from '@apollo/client/react';
import {
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  SegmentedControl,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayFromToday } from '../../dates';
import { fieldErrors } from '../../errors';
import type {
  ContactTopic,
  OutreachFieldsFragment,
  OutreachFormat,
  OutreachKind,
} from '../../gql/graphql';
import { CONTACT_LANGUAGES, CONTACT_TOPICS, useLanguageName } from '../contacts/contact-choices';
import { FormDialog } from '../RowFormDialog';
import { RECORD_OUTREACH, UPDATE_OUTREACH } from './outreach-operations';

export const OUTREACH_KINDS: OutreachKind[] = ['TRAINING', 'OUTREACH'];
export const OUTREACH_FORMATS: OutreachFormat[] = ['IN_PERSON', 'VIRTUAL'];
/** The people an event reached, counted one field each. */
export const PEOPLE = ['parents', 'professionals', 'students'] as const;

/** The form's fields the api may name a problem with, each with words of its own. */
const FIELDS = [
  'kind',
  'title',
  'heldOn',
  'format',
  'language',
  'topics',
  'parents',
  'professionals',
  'students',
  'notes',
] as const;

interface OutreachFormValues {
  kind: OutreachKind;
  title: string;
  heldOn: string;
  format: OutreachFormat;
  language: string;
  topics: ContactTopic[];
  parents: number | string;
  professionals: number | string;
  students: number | string;
  notes: string;
}

function initialValues(activity?: OutreachFieldsFragment): OutreachFormValues {
  if (activity)
    return {
      kind: activity.kind,
      title: activity.title,
      heldOn: activity.heldOn,
      format: activity.format,
      language: activity.language,
      topics: activity.topics,
      parents: activity.parents,
      professionals: activity.professionals,
      students: activity.students,
      notes: activity.notes,
    };
  return {
    kind: 'TRAINING',
    title: '',
    heldOn: dayFromToday(0),
    format: 'IN_PERSON',
    language: 'en',
    topics: [],
    parents: 0,
    professionals: 0,
    students: 0,
    notes: '',
  };
}

const count = (value: number | string) => (value === '' ? 0 : Number(value));

/**
 * Records a training or an outreach event, or corrects one (`activity`): what it was, its
 * title, the day, in person or virtual, the language, the topics, how many parents,
 * professionals and students it reached, and notes. The api's refusals show beside their
 * fields. Mounted when opened: each opening is a fresh form.
 */
export function OutreachDialog({
  activity,
  onClose,
}: {
  activity?: OutreachFieldsFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const [problem, setProblem] = useState<string | null>(null);
  const [record] = useMutation(RECORD_OUTREACH, {
    refetchQueries: ['OutreachActivities'],
    awaitRefetchQueries: true,
  });
  const [update] = useMutation(UPDATE_OUTREACH);
  const form = useForm<OutreachFormValues>({ initialValues: initialValues(activity) });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    const input = {
      kind: values.kind,
      title: values.title,
      heldOn: values.heldOn,
      format: values.format,
      language: values.language,
      topics: values.topics,
      parents: count(values.parents),
      professionals: count(values.professionals),
      students: count(values.students),
      notes: values.notes.trim(),
    };
    try {
      if (activity) await update({ variables: { id: activity.id, input } });
      else await record({ variables: { input } });
      onClose();
    } catch (error) {
      const problems = fieldErrors(error);
      const named = FIELDS.filter((field) => problems[field]);
      for (const field of named) form.setFieldError(field, t(`outreach.invalid.${field}`));
      if (!named.length) setProblem(t('common.unexpected'));
    }
  });

  const choice = (
    name: 'kind' | 'format',
    values: readonly string[],
    label: (value: string) => string,
  ) => (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={`outreach-${name}`}>
        {t(`outreach.${name}`)}
      </Text>
      <SegmentedControl
        aria-labelledby={`outreach-${name}`}
        data={values.map((value) => ({ value, label: label(value) }))}
        {...form.getInputProps(name)}
      />
      {form.errors[name] && (
        <Text size="xs" c="red.8">
          {form.errors[name]}
        </Text>
      )}
    </Stack>
  );

  return (
    <FormDialog
      title={activity ? t('outreach.editTitle') : t('outreach.recordTitle')}
      submitLabel={activity ? t('outreach.save') : t('outreach.submit')}
      opened
      onClose={onClose}
      onSubmit={submit}
      submitting={form.submitting}
      problem={problem}
      size="lg"
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        {choice('kind', OUTREACH_KINDS, (value) => t(`outreach.kinds.${value}`))}
        {choice('format', OUTREACH_FORMATS, (value) => t(`outreach.formats.${value}`))}
      </SimpleGrid>
      <TextInput
        label={t('outreach.titleField')}
        description={t('outreach.titleHelp')}
        required
        maxLength={200}
        {...form.getInputProps('title')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput
          type="date"
          label={t('outreach.heldOn')}
          required
          {...form.getInputProps('heldOn')}
        />
        <Select
          label={t('outreach.language')}
          allowDeselect={false}
          searchable
          data={CONTACT_LANGUAGES.map((value) => ({ value, label: languageName(value) }))}
          {...form.getInputProps('language')}
        />
      </SimpleGrid>
      <MultiSelect
        label={t('outreach.topics')}
        data={CONTACT_TOPICS.map((value) => ({ value, label: t(`contactLog.topic.${value}`) }))}
        {...form.getInputProps('topics')}
      />
      <SimpleGrid cols={{ base: 2, xs: 3 }}>
        {PEOPLE.map((field) => (
          <NumberInput
            key={field}
            label={t(`outreach.people.${field}`)}
            min={0}
            max={100_000}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps(field)}
          />
        ))}
      </SimpleGrid>
      <Textarea
        label={t('outreach.notes')}
        autosize
        minRows={2}
        maxRows={8}
        {...form.getInputProps('notes')}
      />
    </FormDialog>
  );
}
