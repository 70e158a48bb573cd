import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldErrors } from '../../errors';
import { graphql } from '../../gql';
import { refusal } from './school-parts';

const CREATE_SCHOOL = graphql(`
  mutation CreateSchool($input: CreateSchoolInput!) {
    createSchool(input: $input) {
      id
      name
      districtId
      archivedAt
    }
  }
`);

/**
 * Adds a school to a district (the one chosen above, if any). A missing name or district is
 * said beside its field; a refused school keeps what was typed; an added one links to its page.
 */
export function AddSchoolForm(props: {
  districts: { id: string; name: string }[];
  districtId: string | null;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<{ id: string; name: string } | null>(null);
  const [create] = useMutation(CREATE_SCHOOL, {
    refetchQueries: ['SchoolsPage'],
    awaitRefetchQueries: true,
  });
  const form = useForm({
    initialValues: { name: '', districtId: props.districtId },
    validate: {
      name: (v) => (v.trim() ? null : t('schools.add.nameRequired')),
      districtId: (v) => (v ? null : t('schools.add.districtRequired')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    setAdded(null);
    try {
      const result = await create({
        variables: { input: { name: values.name.trim(), districtId: values.districtId ?? '' } },
      });
      if (result.data) setAdded(result.data.createSchool);
      form.setFieldValue('name', '');
    } catch (error) {
      const fields = fieldErrors(error);
      if (fields['name']) form.setFieldError('name', t('schools.add.nameInvalid'));
      else if (fields['districtId'])
        form.setFieldError('districtId', t('schools.add.districtInvalid'));
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
        {added && (
          <Alert color="green" role="status">
            {t('schools.add.added', { name: added.name })}{' '}
            <Anchor component={Link} to={`/settings/schools/${added.id}`}>
              {t('schools.add.open', { name: added.name })}
            </Anchor>
          </Alert>
        )}
        <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
          <TextInput
            label={t('schools.add.name')}
            required
            autoComplete="off"
            miw={220}
            maxLength={200}
            {...form.getInputProps('name')}
          />
          <Select
            label={t('schools.add.district')}
            required
            searchable
            allowDeselect={false}
            miw={220}
            data={props.districts.map((d) => ({ value: d.id, label: d.name }))}
            {...form.getInputProps('districtId')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('schools.add.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
