import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../dates';
import { fieldErrorsByPath } from '../errors';
import { graphql } from '../gql';

const CREATE_SCHOOL_YEAR = graphql(`
  mutation AddSchoolYear($input: CreateSchoolYearInput!) {
    createSchoolYear(input: $input) {
      id
    }
  }
`);

/** "2026–2027" for a year from August 2026 to June 2027. */
const labelOf = (firstDay: string, lastDay: string) =>
  `${firstDay.slice(0, 4)}–${lastDay.slice(0, 4)}`;

/**
 * Said where a deadline was counted without the district's school calendar: which day the
 * calendar stops, and a short form to add the school year that covers it (first and last
 * day; days off can be added later). `onAdded` counts the deadline again.
 */
export function AddSchoolYear(props: {
  districtId: string;
  districtName: string;
  missingFrom: string;
  onAdded: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [create] = useMutation(CREATE_SCHOOL_YEAR);
  const form = useForm({
    initialValues: { firstDay: '', lastDay: '' },
    validate: {
      firstDay: (v) => (v ? null : t('schoolYear.firstDayRequired')),
      lastDay: (v, values) =>
        !v
          ? t('schoolYear.lastDayRequired')
          : v <= values.firstDay
            ? t('schoolYear.lastDayAfter')
            : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await create({
        variables: {
          input: {
            districtId: props.districtId,
            label: labelOf(values.firstDay, values.lastDay),
            firstDay: values.firstDay,
            lastDay: values.lastDay,
          },
        },
      });
      setOpened(false);
      props.onAdded();
    } catch (error) {
      const fields = Object.fromEntries(
        Object.entries(fieldErrorsByPath(error)).map(([path, message]) => [
          path.replace(/^input\./, ''),
          message,
        ]),
      );
      const known = Object.keys(fields).filter((f) => f === 'firstDay' || f === 'lastDay');
      if (known.length) form.setErrors(fields);
      else setProblem(Object.values(fields)[0] ?? t('common.unexpected'));
    }
  });

  return (
    <Stack gap="xs">
      <Text size="sm">
        {t('schoolYear.missing', {
          district: props.districtName,
          date: formatDay(props.missingFrom, i18n.language),
        })}
      </Text>
      {!opened ? (
        <Group>
          <Button size="xs" variant="default" onClick={() => setOpened(true)}>
            {t('schoolYear.add', { district: props.districtName })}
          </Button>
        </Group>
      ) : (
        <form onSubmit={submit} noValidate aria-label={t('schoolYear.formLabel')}>
          <Stack gap="xs">
            {problem && (
              <Alert color="red" role="alert">
                {problem}
              </Alert>
            )}
            <Group align="flex-start">
              <TextInput
                type="date"
                label={t('schoolYear.firstDay')}
                required
                {...form.getInputProps('firstDay')}
              />
              <TextInput
                type="date"
                label={t('schoolYear.lastDay')}
                required
                {...form.getInputProps('lastDay')}
              />
            </Group>
            <Text size="xs" c="dimmed">
              {t('schoolYear.help')}
            </Text>
            <Group>
              <Button type="submit" size="xs" loading={form.submitting}>
                {t('schoolYear.save')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setOpened(false)}>
                {t('common.close')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
