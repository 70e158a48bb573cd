import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../errors';
import { graphql } from '../../gql';
import { refusal } from './school-parts';

const UPDATE_SCHOOL = graphql(`
  mutation UpdateSchool($id: ID!, $input: UpdateSchoolInput!) {
    updateSchool(id: $id, input: $input) {
      id
      name
    }
  }
`);

/** The school's name, changed in place; a refusal said beside the field. */
export function SchoolNameForm(props: { id: string; name: string }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [update] = useMutation(UPDATE_SCHOOL);
  const form = useForm({
    initialValues: { name: props.name },
    validate: { name: (v) => (v.trim() ? null : t('schools.add.nameRequired')) },
  });
  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    setSaved(false);
    try {
      await update({ variables: { id: props.id, input: { name: values.name.trim() } } });
      setSaved(true);
    } catch (error) {
      if (fieldErrors(error)['name']) form.setFieldError('name', t('schools.add.nameInvalid'));
      else setProblem(refusal(error, t));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={640}>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {saved && (
          <Alert color="green" role="status">
            {t('schools.school.renamed')}
          </Alert>
        )}
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('schools.add.name')}
            required
            autoComplete="off"
            maxLength={200}
            miw={220}
            style={{ flex: 1 }}
            {...form.getInputProps('name')}
          />
          <Button type="submit" variant="default" loading={form.submitting}>
            {t('schools.school.rename')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
