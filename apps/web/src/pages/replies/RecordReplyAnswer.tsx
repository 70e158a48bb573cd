import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../errors';
import { graphql } from '../../gql';
import { AnswerFields, useAnswerContext } from '../AnswerFields';
import { answerInput, answerProblems, answerRules, answerValues } from '../answer-form';
import type { Reply } from './ReplyPage';
import { WRAPPING_BUTTON } from './reply-parts';

const RECORD = graphql(`
  mutation RecordReplyAsResponse($id: ID!, $input: ReplyAnswerInput!) {
    recordReplyAsResponse(id: $id, input: $input) {
      # The page is read again with it (ReplyPage): the reply's new standing and the response
      # recorded from it arrive together.
      message {
        id
      }
      response {
        id
      }
    }
  }
`);

/** The fields this form shows, where the api's problems are said beside them. */
const SHOWN =
  /^(receivedOn|outcome|reasons|partial|respondedByContactId|summary|priorWrittenNotice|promise\.\w+)$/;

/**
 * The reply recorded as the school's answer to its request, with the answer form of the case
 * page (AnswerFields) — less how and when it came: by email, on the day it arrived unless
 * another is typed. An empty summary quotes the reply. Shown in the page, beside the words
 * it is about, once asked for.
 */
export function RecordReplyAnswer({ reply }: { reply: Reply }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [record] = useMutation(RECORD, {
    refetchQueries: ['ReplyPage'],
    awaitRefetchQueries: true,
  });
  // No day typed: the api takes the day the reply arrived, in the district's time.
  const form = useForm({ initialValues: answerValues(''), validate: answerRules(t) });
  const requestId = reply.request?.id ?? '';
  const context = useAnswerContext(requestId, !opened || !requestId);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await record({
        variables: {
          id: reply.id,
          input: { ...answerInput(values), receivedOn: values.receivedOn || undefined },
        },
      });
      setOpened(false);
      form.reset();
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        setProblem(t('replies.record.conflict'));
        return;
      }
      const { fields, whole } = answerProblems(error, (path) => SHOWN.test(path));
      form.setErrors(fields);
      setProblem(
        whole ?? (Object.keys(fields).length ? t('replies.record.fix') : t('common.unexpected')),
      );
    }
  });

  if (!opened)
    return (
      <Button onClick={() => setOpened(true)} styles={WRAPPING_BUTTON}>
        {t('replies.record.open')}
      </Button>
    );
  return (
    <form onSubmit={submit} noValidate aria-labelledby="record-reply">
      <Stack>
        <Title order={4} id="record-reply">
          {t('replies.record.title')}
        </Title>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <AnswerFields
          form={form}
          context={context}
          respondedByNone={t('replies.record.respondedByNone')}
          summaryHelp={t('replies.record.summaryHelp')}
          howAndWhen={
            <TextInput
              type="date"
              label={t('recordAnswer.receivedOn')}
              description={t('replies.record.receivedOnHelp')}
              {...form.getInputProps('receivedOn')}
            />
          }
        />
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('recordAnswer.submit')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setOpened(false);
              setProblem(null);
            }}
          >
            {t('replies.record.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
