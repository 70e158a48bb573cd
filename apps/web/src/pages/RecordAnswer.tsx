import { Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayFromToday } from '../dates';
import { graphql } from '../gql';
import { AnswerFields, useAnswerContext } from './AnswerFields';
import { answerInput, answerProblems, answerRules, answerValues } from './answer-form';
import { CHANNELS } from './RecordSent';
import { RowFormDialog } from './RowFormDialog';

const RECORD = graphql(`
  mutation RecordSchoolAnswer($requestId: ID!, $input: SchoolResponseInput!) {
    recordSchoolResponse(requestId: $requestId, input: $input) {
      id
    }
  }
`);

/** The fields this form shows, where the api's problems are said beside them. */
const SHOWN =
  /^(channel|receivedOn|outcome|reasons|partial|respondedByContactId|summary|priorWrittenNotice|promise\.\w+)$/;

/**
 * Records what the school answered to a request: how and when it came, what it said, whether
 * Prior Written Notice came with it. "Needs more data" is not an answer that ends the clock:
 * the school's promise (what data, how, by when, what happens meanwhile) is recorded with it,
 * and the request stays followed up.
 */
export function RecordAnswer({ requestId, subject }: { requestId: string; subject: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [record] = useMutation(RECORD, { refetchQueries: ['CasePage'] });
  const form = useForm({
    initialValues: answerValues(dayFromToday(0)),
    validate: {
      ...answerRules(t),
      receivedOn: (v) => (v ? null : t('recordAnswer.receivedOnRequired')),
    },
  });
  const context = useAnswerContext(requestId, !opened);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await record({
        variables: {
          requestId,
          input: { ...answerInput(values), channel: values.channel, receivedOn: values.receivedOn },
        },
      });
      setOpened(false);
      form.reset();
    } catch (error) {
      const { fields, whole } = answerProblems(error, (path) => SHOWN.test(path));
      form.setErrors(fields);
      if (whole) setProblem(whole);
      else if (!Object.keys(fields).length) setProblem(t('common.unexpected'));
    }
  });

  return (
    <RowFormDialog
      openLabel={t('recordAnswer.open')}
      title={t('recordAnswer.title', { subject })}
      submitLabel={t('recordAnswer.submit')}
      opened={opened}
      onOpenChange={setOpened}
      onSubmit={submit}
      submitting={form.submitting}
      problem={problem}
    >
      <AnswerFields
        form={form}
        context={context}
        respondedByNone={t('recordAnswer.respondedByNone')}
        summaryHelp={t('recordAnswer.summaryHelp')}
        howAndWhen={
          <>
            <Select
              label={t('recordAnswer.channel')}
              required
              allowDeselect={false}
              data={CHANNELS.map((value) => ({ value, label: t(`recordSent.channels.${value}`) }))}
              {...form.getInputProps('channel')}
            />
            <TextInput
              type="date"
              label={t('recordAnswer.receivedOn')}
              required
              {...form.getInputProps('receivedOn')}
            />
          </>
        }
      />
    </RowFormDialog>
  );
}
