import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../errors';
import { graphql } from '../../gql';

const SAVE = graphql(`
  mutation SaveLetterhead($input: UpdateOrganizationSettingsInput!) {
    updateOrganizationSettings(input: $input) {
      letterheadAddress
      letterheadPhone
      letterheadEmail
    }
  }
`);

export interface Letterhead {
  letterheadAddress: string;
  letterheadPhone: string;
  letterheadEmail: string;
}

/** Admins: the address, phone and email printed under the organization's name on letters (PDF). */
export function LetterheadSetting({ current }: { current: Letterhead }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SAVE, { refetchQueries: ['TemplatesPage'] });
  const form = useForm<Letterhead>({ initialValues: current });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    setSaved(false);
    try {
      await save({ variables: { input: values } });
      setSaved(true);
    } catch (failure) {
      const fields = Object.keys(fieldErrors(failure));
      if (fields.length)
        form.setErrors(
          Object.fromEntries(fields.map((f) => [f, t(`policy.letterhead.invalid.${f}`)])),
        );
      else setProblem(t('common.unexpected'));
    }
  });

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="letterhead-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} id="letterhead-title">
            {t('policy.letterhead.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('policy.letterhead.intro')}
          </Text>
          <Textarea
            label={t('policy.letterhead.address')}
            description={t('policy.letterhead.addressHelp')}
            autosize
            minRows={2}
            maxRows={4}
            {...form.getInputProps('letterheadAddress')}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('policy.letterhead.phone')}
              type="tel"
              {...form.getInputProps('letterheadPhone')}
            />
            <TextInput
              label={t('policy.letterhead.email')}
              type="email"
              {...form.getInputProps('letterheadEmail')}
            />
          </Group>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          {saved && (
            <Text size="sm" role="status">
              {t('policy.letterhead.saved')}
            </Text>
          )}
          <Group>
            <Button type="submit" variant="default" loading={loading}>
              {t('policy.letterhead.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
