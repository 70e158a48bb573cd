import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { TemplatesPageQuery, WrittenRequestType } from '../../gql/graphql';
import {
  MergeFieldList,
  ResetToBuiltIn,
  templateErrors,
  type MergeFieldInfo,
} from './template-parts';

type Letter = TemplatesPageQuery['letterTemplates'][number];

const SAVE = graphql(`
  mutation SaveLetterTemplate($requestType: WrittenRequestType!, $input: LetterTemplateInput!) {
    updateLetterTemplate(requestType: $requestType, input: $input) {
      requestType
      subject
      body
      isDefault
      updatedAt
    }
  }
`);

const RESET = graphql(`
  mutation ResetLetterTemplate($requestType: WrittenRequestType!) {
    resetLetterTemplate(requestType: $requestType) {
      requestType
      subject
      body
      isDefault
      updatedAt
    }
  }
`);

const DRAFT = graphql(`
  query LetterTemplatePreview($input: DraftLetterInput!) {
    draftLetter(input: $input) {
      subject
      body
      missingFields
    }
  }
`);

/** The letter as the case would get it, from the words in the editor (not yet saved). */
function LetterPreview(props: {
  caseId: string | null;
  type: WrittenRequestType;
  subject: string;
  body: string;
}) {
  const { t } = useTranslation();
  const { data, previousData, loading, error } = useQuery(DRAFT, {
    variables: {
      input: {
        caseId: props.caseId ?? '',
        type: props.type,
        template: { subject: props.subject, body: props.body },
      },
    },
    skip: !props.caseId || !props.subject.trim() || !props.body.trim(),
  });
  const letter = (data ?? previousData)?.draftLetter;
  if (!props.caseId) return <Text c="dimmed">{t('policy.templates.noCases')}</Text>;
  if (error)
    return (
      <Alert color="yellow" role="status">
        {Object.keys(templateErrors(error, t)).length
          ? t('policy.templates.previewWaits')
          : t('common.loadFailed')}
      </Alert>
    );
  if (!letter) return loading ? <Loader role="status" aria-label={t('common.loading')} /> : null;
  return (
    <Paper withBorder p="md" data-testid="letter-preview" aria-busy={loading}>
      <Text fw={700} mb="xs">
        {letter.subject}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {letter.body}
      </Text>
      {letter.missingFields.length > 0 && (
        <Text size="xs" c="dimmed" mt="sm">
          {t('policy.templates.missing', {
            fields: letter.missingFields
              .map((f) => t(`mergeField.${f}`, { defaultValue: f }))
              .join(', '),
          })}
        </Text>
      )}
    </Paper>
  );
}

/** One request type's letter: its words, saved or reset, and the case it is previewed on. */
function LetterEditor(props: {
  letter: Letter;
  fields: MergeFieldInfo[];
  cases: Array<{ id: string; title: string }>;
}) {
  const { t } = useTranslation();
  const { letter } = props;
  const [caseId, setCaseId] = useState<string | null>(props.cases[0]?.id ?? null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [save] = useMutation(SAVE, { refetchQueries: ['TemplatesPage'] });
  const [reset] = useMutation(RESET, { refetchQueries: ['TemplatesPage'] });
  const form = useForm({ initialValues: { subject: letter.subject, body: letter.body } });
  const [words] = useDebouncedValue(form.values, 500);
  const what = t(`requestType.${letter.requestType}`);

  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    try {
      await save({ variables: { requestType: letter.requestType, input: values } });
      form.resetDirty(values);
      setMessage({ ok: true, text: t('policy.templates.saved', { what }) });
    } catch (error) {
      const problems = templateErrors(error, t);
      for (const [field, text] of Object.entries(problems)) form.setFieldError(field, text);
      setMessage({
        ok: false,
        text: Object.keys(problems).length ? t('policy.templates.fix') : t('common.unexpected'),
      });
    }
  });

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          {message && (
            <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
              {message.text}
            </Alert>
          )}
          <Text size="sm" c="dimmed">
            {letter.isDefault ? t('policy.templates.builtIn') : t('policy.templates.own')}
          </Text>
          <TextInput label={t('policy.templates.subject')} {...form.getInputProps('subject')} />
          <Textarea
            label={t('policy.templates.body')}
            autosize
            minRows={10}
            maxRows={24}
            {...form.getInputProps('body')}
          />
          <Group>
            <Button type="submit" loading={form.submitting}>
              {t('policy.templates.save')}
            </Button>
            <ResetToBuiltIn
              disabled={letter.isDefault}
              what={what}
              onReset={async () => {
                setMessage(null);
                try {
                  const { data } = await reset({ variables: { requestType: letter.requestType } });
                  const built = data?.resetLetterTemplate;
                  if (built) {
                    form.setValues({ subject: built.subject, body: built.body });
                    form.resetDirty({ subject: built.subject, body: built.body });
                  }
                  setMessage({ ok: true, text: t('policy.templates.wasReset', { what }) });
                } catch {
                  setMessage({ ok: false, text: t('common.unexpected') });
                }
              }}
            />
          </Group>
          <MergeFieldList fields={props.fields} />
        </Stack>
      </form>
      <Stack component="section" aria-labelledby="letter-preview-title">
        <Title order={4} id="letter-preview-title">
          {t('policy.templates.preview')}
        </Title>
        <Select
          label={t('policy.templates.case')}
          description={t('policy.templates.caseHelp')}
          searchable
          allowDeselect={false}
          data={props.cases.map((c) => ({ value: c.id, label: c.title }))}
          value={caseId}
          onChange={setCaseId}
        />
        <LetterPreview
          caseId={caseId}
          type={letter.requestType}
          subject={words.subject}
          body={words.body}
        />
      </Stack>
    </SimpleGrid>
  );
}

/** The letters, one request type at a time. */
export function LetterTemplates(props: {
  letters: Letter[];
  fields: MergeFieldInfo[];
  cases: Array<{ id: string; title: string }>;
}) {
  const { t } = useTranslation();
  const [type, setType] = useState<WrittenRequestType>(
    props.letters[0]?.requestType ?? 'EVALUATION',
  );
  const letter = props.letters.find((l) => l.requestType === type);
  return (
    <Stack>
      <Select
        label={t('policy.templates.requestType')}
        allowDeselect={false}
        maw={360}
        data={props.letters.map((l) => ({
          value: l.requestType,
          label: l.isDefault
            ? t(`requestType.${l.requestType}`)
            : t('policy.templates.ownLabel', { what: t(`requestType.${l.requestType}`) }),
        }))}
        value={type}
        onChange={(value) => value && setType(value as WrittenRequestType)}
      />
      {letter && (
        <LetterEditor
          key={letter.requestType}
          letter={letter}
          fields={props.fields}
          cases={props.cases}
        />
      )}
    </Stack>
  );
}
