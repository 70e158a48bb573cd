import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, fieldErrors } from '../../errors';
import { graphql } from '../../gql';

const CREATE = graphql(`
  mutation CreateDistrictSchoolYear($input: CreateSchoolYearInput!) {
    createSchoolYear(input: $input) {
      id
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateDistrictSchoolYear($id: ID!, $input: UpdateSchoolYearInput!) {
    updateSchoolYear(id: $id, input: $input) {
      id
      label
      firstDay
      lastDay
    }
  }
`);

interface Values {
  label: string;
  firstDay: string;
  lastDay: string;
}

/** Adds a school year to the district, or edits `year`; each refusal beside its field. */
export function SchoolYearForm(props: {
  districtId: string;
  year?: Values & { id: string };
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const options = { refetchQueries: ['DistrictPage'], awaitRefetchQueries: true };
  const [create] = useMutation(CREATE, options);
  const [update] = useMutation(UPDATE, options);
  const form = useForm<Values>({
    initialValues: {
      label: props.year?.label ?? '',
      firstDay: props.year?.firstDay ?? '',
      lastDay: props.year?.lastDay ?? '',
    },
    validate: {
      label: (v) => (v.trim() ? null : t('districts.years.labelRequired')),
      firstDay: (v) => (v ? null : t('districts.years.dayRequired')),
      lastDay: (v, values) =>
        !v
          ? t('districts.years.dayRequired')
          : v <= values.firstDay
            ? t('districts.years.lastBeforeFirst')
            : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    const input = { ...values, label: values.label.trim() };
    try {
      if (props.year) await update({ variables: { id: props.year.id, input } });
      else await create({ variables: { input: { ...input, districtId: props.districtId } } });
      props.onDone(t('districts.years.saved', { label: input.label }));
    } catch (error) {
      const fields = fieldErrors(error);
      if (fields['label'])
        form.setFieldError(
          'label',
          /already/.test(fields['label'])
            ? t('districts.years.labelTaken')
            : t('districts.years.labelRequired'),
        );
      if (fields['firstDay'])
        form.setFieldError(
          'firstDay',
          /overlaps/.test(fields['firstDay'])
            ? t('districts.years.overlaps')
            : t('districts.years.dayRequired'),
        );
      if (fields['lastDay']) form.setFieldError('lastDay', t('districts.years.lastBeforeFirst'));
      if (!Object.keys(fields).length)
        setProblem(errorCode(error) === 'NOT_FOUND' ? t('districts.gone') : t('common.unexpected'));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <TextInput
          label={t('districts.years.label')}
          description={t('districts.years.labelHelp')}
          required
          autoComplete="off"
          {...form.getInputProps('label')}
        />
        <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
          <TextInput
            type="date"
            label={t('districts.years.firstDay')}
            required
            miw={160}
            {...form.getInputProps('firstDay')}
          />
          <TextInput
            type="date"
            label={t('districts.years.lastDay')}
            required
            miw={160}
            {...form.getInputProps('lastDay')}
          />
        </Group>
        {props.year && (
          <Text size="sm" c="dimmed">
            {t('districts.years.shorterHelp')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('districts.years.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('districts.years.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
