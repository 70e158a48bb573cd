import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, fieldErrors } from '../../errors';
import { graphql } from '../../gql';
import { US_STATES } from '../../us-states';
import { timeZoneOptions } from './district-parts';

const CREATE = graphql(`
  mutation CreateDistrict($input: CreateDistrictInput!) {
    createDistrict(input: $input) {
      id
      name
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateDistrict($id: ID!, $input: UpdateDistrictInput!) {
    updateDistrict(id: $id, input: $input) {
      id
      name
      state
      timeZone
    }
  }
`);

interface Values {
  name: string;
  state: string;
  timeZone: string;
}

/**
 * A district's name, state and time zone: adds one, or edits `district`. Each refusal is said
 * beside its field and what was typed is kept.
 */
export function DistrictForm({ district }: { district?: Values & { id: string } }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [create] = useMutation(CREATE, { refetchQueries: ['DistrictsPage'] });
  const [update] = useMutation(UPDATE);
  const form = useForm<Values>({
    initialValues: {
      name: district?.name ?? '',
      state: district?.state ?? '',
      timeZone: district?.timeZone ?? '',
    },
    validate: {
      name: (v) => (v.trim() ? null : t('districts.form.nameRequired')),
      state: (v) => (v ? null : t('districts.form.stateRequired')),
      timeZone: (v) => (v ? null : t('districts.form.timeZoneRequired')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    setDone(null);
    const input = { ...values, name: values.name.trim() };
    try {
      if (district) {
        await update({ variables: { id: district.id, input } });
        setDone(t('districts.form.saved'));
      } else {
        await create({ variables: { input } });
        setDone(t('districts.form.added', { name: input.name }));
        form.reset();
      }
    } catch (error) {
      const fields = fieldErrors(error);
      if (fields['name'])
        form.setFieldError(
          'name',
          /long/.test(fields['name'])
            ? t('districts.form.nameTooLong')
            : t('districts.form.nameRequired'),
        );
      if (fields['state']) form.setFieldError('state', t('districts.form.stateRequired'));
      if (fields['timeZone']) form.setFieldError('timeZone', t('districts.form.timeZoneRequired'));
      if (!Object.keys(fields).length) {
        const code = errorCode(error);
        setProblem(
          code === 'NOT_FOUND'
            ? t('districts.gone')
            : code === 'FORBIDDEN'
              ? t('districts.forbidden')
              : t('common.unexpected'),
        );
      }
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
        {done && (
          <Alert color="green" role="status">
            {done}
          </Alert>
        )}
        <TextInput
          label={t('districts.form.name')}
          required
          autoComplete="off"
          {...form.getInputProps('name')}
        />
        <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
          <Select
            label={t('districts.form.state')}
            description={t('districts.form.stateHelp')}
            required
            searchable
            allowDeselect={false}
            miw={160}
            data={[...US_STATES]}
            {...form.getInputProps('state')}
          />
          <Select
            label={t('districts.form.timeZone')}
            description={t('districts.form.timeZoneHelp')}
            required
            searchable
            allowDeselect={false}
            miw={220}
            data={timeZoneOptions(district?.timeZone)}
            {...form.getInputProps('timeZone')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={form.submitting}>
            {district ? t('districts.form.save') : t('districts.form.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
