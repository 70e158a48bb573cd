import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayFromToday, formatDay } from '../../dates';
import { fieldErrorsByPath } from '../../errors';
import { graphql } from '../../gql';

const ADD_SUPPORT = graphql(`
  mutation AddSupport($studentId: ID!, $input: SupportInput!) {
    addSupport(studentId: $studentId, input: $input) {
      id
    }
  }
`);

const END_SUPPORT = graphql(`
  mutation EndSupport($id: ID!, $endedOn: String!) {
    endSupport(id: $id, endedOn: $endedOn) {
      id
      endedOn
    }
  }
`);

interface Support {
  id: string;
  name: string;
  startedOn: string;
  endedOn?: string | null;
}

/** Named in the api's errors as input.name, input.startedOn… */
const formField = (path: string) => path.replace(/^input\./, '');

/**
 * What the school put in place for the student (a late start, a safe person…), since when and
 * until when: the week grid offers those in place on each day, and the pattern compares the
 * days before and after each one started. Added here, ended here.
 */
export function Supports({ studentId, supports }: { studentId: string; supports: Support[] }) {
  const { t, i18n } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const refetchQueries = ['AttendancePage', 'AttendanceSummary'];
  const [add] = useMutation(ADD_SUPPORT, { refetchQueries });
  const [end] = useMutation(END_SUPPORT, { refetchQueries });
  const form = useForm({
    initialValues: { name: '', startedOn: dayFromToday(0), notes: '' },
    validate: {
      name: (v) => (v.trim() ? null : t('attendance.supportsSection.nameRequired')),
      startedOn: (v) => (v ? null : t('attendance.supportsSection.startedOnRequired')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await add({
        variables: {
          studentId,
          input: {
            name: values.name.trim(),
            startedOn: values.startedOn,
            notes: values.notes.trim() || undefined,
          },
        },
      });
      form.reset();
      setAdding(false);
    } catch (error) {
      const fields = Object.fromEntries(
        Object.entries(fieldErrorsByPath(error)).map(([path, message]) => [
          formField(path),
          message,
        ]),
      );
      if (Object.keys(fields).some((f) => f in form.values)) form.setErrors(fields);
      else setProblem(t('common.unexpected'));
    }
  });

  const endToday = async (id: string) => {
    setProblem(null);
    try {
      await end({ variables: { id, endedOn: dayFromToday(0) } });
    } catch {
      setProblem(t('common.unexpected'));
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="supports-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="supports-heading">
          {t('attendance.supportsSection.title')}
        </Title>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {supports.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('attendance.supportsSection.none')}
          </Text>
        ) : (
          <List spacing={4} size="sm">
            {supports.map((support) => (
              <List.Item key={support.id}>
                <Group gap="xs">
                  <Text size="sm" fw={600} span>
                    {support.name}
                  </Text>
                  <Text size="sm" span>
                    {support.endedOn
                      ? t('attendance.supportsSection.between', {
                          from: formatDay(support.startedOn, i18n.language),
                          to: formatDay(support.endedOn, i18n.language),
                        })
                      : t('attendance.supportsSection.since', {
                          from: formatDay(support.startedOn, i18n.language),
                        })}
                  </Text>
                  {!support.endedOn && (
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => void endToday(support.id)}
                    >
                      {t('attendance.supportsSection.endToday', { name: support.name })}
                    </Button>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {adding ? (
          <form onSubmit={submit} noValidate aria-label={t('attendance.supportsSection.add')}>
            <Stack gap="xs">
              <Group align="flex-start" grow>
                <TextInput
                  label={t('attendance.supportsSection.name')}
                  description={t('attendance.supportsSection.nameHelp')}
                  required
                  {...form.getInputProps('name')}
                />
                <TextInput
                  type="date"
                  label={t('attendance.supportsSection.startedOn')}
                  required
                  {...form.getInputProps('startedOn')}
                />
              </Group>
              <TextInput
                label={t('attendance.supportsSection.notes')}
                {...form.getInputProps('notes')}
              />
              <Group>
                <Button type="submit" size="xs" loading={form.submitting}>
                  {t('attendance.supportsSection.save')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setAdding(false)}>
                  {t('common.close')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Group>
            <Button size="xs" variant="default" onClick={() => setAdding(true)}>
              {t('attendance.supportsSection.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
