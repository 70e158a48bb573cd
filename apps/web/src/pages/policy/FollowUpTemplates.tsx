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
import type { FollowUpKind, TemplatesPageQuery } from '../../gql/graphql';
import {
  MergeFieldList,
  ResetToBuiltIn,
  templateErrors,
  type MergeFieldInfo,
} from './template-parts';

type Words = TemplatesPageQuery['followUpTemplates'][number];

const SAVE = graphql(`
  mutation SaveFollowUpTemplate(
    $kind: FollowUpKind!
    $language: String!
    $input: FollowUpTemplateInput!
  ) {
    saveFollowUpTemplate(kind: $kind, language: $language, input: $input) {
      kind
      language
      subject
      body
      customized
    }
  }
`);

const RESET = graphql(`
  mutation ResetFollowUpTemplate($kind: FollowUpKind!, $language: String!) {
    resetFollowUpTemplate(kind: $kind, language: $language) {
      kind
      language
      subject
      body
      customized
    }
  }
`);

const ONE_OF_KIND = graphql(`
  query FollowUpOfKind($kind: FollowUpKind!) {
    followUps(first: 1, filter: { kind: [$kind] }) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const PREVIEW = graphql(`
  query FollowUpTemplatePreview($id: ID!, $template: FollowUpTemplatePreviewInput) {
    followUpPreview(id: $id, template: $template) {
      subject
      text
      to
    }
  }
`);

/** A real follow-up of this kind as it would go out with the words being typed (not saved). */
function LivePreview(props: {
  kind: FollowUpKind;
  language: string;
  subject: string;
  body: string;
}) {
  const { t } = useTranslation();
  const found = useQuery(ONE_OF_KIND, { variables: { kind: props.kind } });
  const id = found.data?.followUps.edges[0]?.node.id;
  const {
    data,
    previousData,
    loading: previewing,
    error,
  } = useQuery(PREVIEW, {
    variables: {
      id: id ?? '',
      template: { language: props.language, subject: props.subject, body: props.body },
    },
    skip: !id || !props.subject.trim() || !props.body.trim(),
  });
  const message = id ? (data ?? previousData)?.followUpPreview : null;
  const loading = found.loading || previewing;
  if (found.error)
    return (
      <Alert color="red" role="alert">
        {t('common.loadFailed')}
      </Alert>
    );
  if (!found.loading && !id) return <Text c="dimmed">{t('policy.templates.noFollowUp')}</Text>;
  if (error)
    return (
      <Alert color="yellow" role="status">
        {Object.keys(templateErrors(error, t)).length
          ? t('policy.templates.previewWaits')
          : t('common.loadFailed')}
      </Alert>
    );
  if (!message) return loading ? <Loader role="status" aria-label={t('common.loading')} /> : null;
  return (
    <Paper withBorder p="md" data-testid="follow-up-preview" aria-busy={loading}>
      <Text size="xs" c="dimmed">
        {t('policy.templates.to', { to: message.to.join(', ') || '—' })}
      </Text>
      <Text fw={700} my="xs">
        {message.subject}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {message.text}
      </Text>
    </Paper>
  );
}

function FollowUpEditor(props: { words: Words; label: string; fields: MergeFieldInfo[] }) {
  const { t } = useTranslation();
  const { words } = props;
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const refetchQueries = ['TemplatesPage'];
  const [save] = useMutation(SAVE, { refetchQueries });
  const [reset] = useMutation(RESET, { refetchQueries });
  const form = useForm({ initialValues: { subject: words.subject, body: words.body } });
  // The preview follows the typing, half a second behind.
  const [typed] = useDebouncedValue(form.values, 500);
  const variables = { kind: words.kind, language: words.language };

  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    try {
      await save({ variables: { ...variables, input: values }, awaitRefetchQueries: true });
      setMessage({ ok: true, text: t('policy.templates.saved', { what: props.label }) });
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
            {words.customized ? t('policy.templates.own') : t('policy.templates.builtIn')}
          </Text>
          <TextInput label={t('policy.templates.subject')} {...form.getInputProps('subject')} />
          <Textarea
            label={t('policy.templates.body')}
            autosize
            minRows={8}
            maxRows={20}
            {...form.getInputProps('body')}
          />
          <Group>
            <Button type="submit" loading={form.submitting}>
              {t('policy.templates.save')}
            </Button>
            <ResetToBuiltIn
              disabled={!words.customized}
              what={props.label}
              onReset={async () => {
                setMessage(null);
                try {
                  const { data } = await reset({ variables, awaitRefetchQueries: true });
                  const built = data?.resetFollowUpTemplate;
                  if (built) form.setValues({ subject: built.subject, body: built.body });
                  setMessage({
                    ok: true,
                    text: t('policy.templates.wasReset', { what: props.label }),
                  });
                } catch {
                  setMessage({ ok: false, text: t('common.unexpected') });
                }
              }}
            />
          </Group>
          <MergeFieldList fields={props.fields} />
        </Stack>
      </form>
      <Stack component="section" aria-labelledby="follow-up-preview-title">
        <Title order={4} id="follow-up-preview-title">
          {t('policy.templates.preview')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('policy.templates.followUpPreviewHelp')}
        </Text>
        <LivePreview
          kind={words.kind}
          language={words.language}
          subject={typed.subject}
          body={typed.body}
        />
      </Stack>
    </SimpleGrid>
  );
}

/** The follow-ups' words, one kind and language at a time. */
export function FollowUpTemplates(props: { templates: Words[]; fields: MergeFieldInfo[] }) {
  const { t } = useTranslation();
  const keyOf = (w: Words) => `${w.kind}/${w.language}`;
  const [chosen, setChosen] = useState(props.templates[0] ? keyOf(props.templates[0]) : '');
  const labelOf = (w: Words) =>
    t('policy.templates.kindIn', {
      kind: t(`followUps.kind.${w.kind}`),
      language: t(`languages.${w.language}`),
    });
  const words = props.templates.find((w) => keyOf(w) === chosen);
  return (
    <Stack>
      <Select
        label={t('policy.templates.kind')}
        allowDeselect={false}
        maw={420}
        data={props.templates.map((w) => ({
          value: keyOf(w),
          label: w.customized ? t('policy.templates.ownLabel', { what: labelOf(w) }) : labelOf(w),
        }))}
        value={chosen}
        onChange={(value) => value && setChosen(value)}
      />
      {words && (
        <FollowUpEditor key={chosen} words={words} label={labelOf(words)} fields={props.fields} />
      )}
    </Stack>
  );
}
