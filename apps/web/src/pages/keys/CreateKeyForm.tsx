import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../errors';
import { graphql } from '../../gql';

const CREATE = graphql(`
  mutation CreateReportingApiKey($name: String!) {
    createReportingApiKey(name: $name) {
      secret
      apiKey {
        id
        name
      }
    }
  }
`);

/** The new key's secret, said once, with a copy button and the warning that it will not return. */
function NewSecret({ name, secret }: { name: string; secret: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" role="status">
      <Stack gap="xs">
        <Text fw={700}>{t('keys.create.created', { name })}</Text>
        <Text size="sm" fw={700}>
          {t('keys.create.once')}
        </Text>
        <Group gap="xs" wrap="nowrap" align="center">
          <Code
            data-testid="new-secret"
            style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}
            fz="sm"
          >
            {secret}
          </Code>
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button variant="default" size="xs" onClick={copy} style={{ flexShrink: 0 }}>
                {copied ? t('keys.create.copied') : t('keys.create.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">{t('keys.create.howToUse')}</Text>
      </Stack>
    </Alert>
  );
}

/** A key made with a name; an empty or too long name is said beside the field. */
export function CreateKeyForm() {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [create] = useMutation(CREATE, { refetchQueries: ['ApiKeysPage'] });
  const form = useForm({ initialValues: { name: '' } });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    setCreated(null);
    try {
      const { data } = await create({ variables: { name: values.name } });
      const made = data?.createReportingApiKey;
      if (made) setCreated({ name: made.apiKey.name, secret: made.secret });
      form.reset();
    } catch (error) {
      // The api names the field; its words are said here in the interface's language.
      const fields = fieldErrors(error);
      if (fields['name'])
        form.setFieldError(
          'name',
          values.name.trim() ? t('keys.create.nameTooLong') : t('keys.create.nameRequired'),
        );
      else setProblem(t('common.unexpected'));
    }
  });

  return (
    <Stack maw={640}>
      {created && <NewSecret name={created.name} secret={created.secret} />}
      <form onSubmit={submit} noValidate>
        <Stack>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <TextInput
            label={t('keys.create.name')}
            description={t('keys.create.nameHelp')}
            required
            autoComplete="off"
            maxLength={200}
            {...form.getInputProps('name')}
          />
          <Group>
            <Button type="submit" loading={form.submitting}>
              {t('keys.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
