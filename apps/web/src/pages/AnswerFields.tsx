import { useQuery } from '@apollo/client/react';
import { Alert, Checkbox, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { isDeferred, OUTCOMES, REASONS, takesReasons, type AnswerValues } from './answer-form';

/** Who the answer could come from, and what it would stop: read when the form opens. */
const ANSWER_CONTEXT = graphql(`
  query AnswerContext($requestId: ID!) {
    writtenRequest(id: $requestId) {
      id
      recipients {
        id
        name
        role
      }
    }
    followUps(first: 100, filter: { requestId: $requestId, status: [PLANNED, DRAFT, QUEUED] }) {
      edges {
        node {
          id
          kind
        }
      }
    }
  }
`);

export interface AnswerContext {
  recipients: Array<{ id: string; name: string; role: string }>;
  /** The follow-ups to the school that an answer stops (the family's own updates are not). */
  stopped: number;
}

export function useAnswerContext(requestId: string, skip: boolean): AnswerContext {
  const context = useQuery(ANSWER_CONTEXT, { variables: { requestId }, skip });
  return {
    recipients: context.data?.writtenRequest.recipients ?? [],
    stopped:
      context.data?.followUps.edges.filter((e) => !e.node.kind.startsWith('GUARDIAN_')).length ?? 0,
  };
}

/**
 * What the school said, in the answer forms' order: the outcome and its reasons, who answered,
 * then how and when it came (each form's own, `howAndWhen`), its words, Prior Written Notice,
 * and — for "needs more data" — the school's plan.
 */
export function AnswerFields(props: {
  form: UseFormReturnType<AnswerValues>;
  context: AnswerContext;
  howAndWhen: ReactNode;
  /** What an empty "who answered" means. */
  respondedByNone: string;
  /** What an empty summary means. */
  summaryHelp: string;
}) {
  const { t } = useTranslation();
  const { form } = props;
  return (
    <>
      <Select
        label={t('recordAnswer.outcome')}
        required
        data={OUTCOMES.map((value) => ({ value, label: t(`outcome.${value}`) }))}
        {...form.getInputProps('outcome')}
      />
      {takesReasons(form.values) && (
        <MultiSelect
          label={t('recordAnswer.reasons')}
          description={t('recordAnswer.reasonsHelp')}
          data={REASONS.map((value) => ({ value, label: t(`refusalReason.${value}`) }))}
          {...form.getInputProps('reasons')}
        />
      )}
      <Checkbox
        label={t('recordAnswer.partial')}
        {...form.getInputProps('partial', { type: 'checkbox' })}
      />
      <Select
        label={t('recordAnswer.respondedBy')}
        placeholder={props.respondedByNone}
        clearable
        data={props.context.recipients.map((r) => ({
          value: r.id,
          label: `${r.name} — ${t(`contactRole.${r.role}`)}`,
        }))}
        {...form.getInputProps('respondedByContactId')}
      />
      {props.howAndWhen}
      <Textarea
        label={t('recordAnswer.summary')}
        description={props.summaryHelp}
        autosize
        minRows={2}
        {...form.getInputProps('summary')}
      />
      <Checkbox
        label={t('recordAnswer.priorWrittenNotice')}
        {...form.getInputProps('priorWrittenNotice', { type: 'checkbox' })}
      />
      {isDeferred(form.values) && <PromiseFields form={form} />}
      {form.values.outcome && (
        <AnswerChanges values={form.values} stopped={props.context.stopped} />
      )}
    </>
  );
}

/** "Needs more data": the school's plan, every part of it required. */
function PromiseFields({ form }: { form: UseFormReturnType<AnswerValues> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <legend>{t('recordAnswer.promise')}</legend>
      <TextInput
        label={t('recordAnswer.promiseDescription')}
        required
        {...form.getInputProps('promise.description')}
      />
      <TextInput
        label={t('recordAnswer.dataWhat')}
        required
        {...form.getInputProps('promise.dataWhat')}
      />
      <TextInput
        label={t('recordAnswer.dataHow')}
        required
        {...form.getInputProps('promise.dataHow')}
      />
      <TextInput
        label={t('recordAnswer.meanwhile')}
        required
        {...form.getInputProps('promise.meanwhile')}
      />
      <TextInput
        type="date"
        label={t('recordAnswer.promiseDueOn')}
        required
        {...form.getInputProps('promise.dueOn')}
      />
    </Stack>
  );
}

/** What saving does to the request and its follow-ups, said before it is saved. */
function AnswerChanges({ values, stopped }: { values: AnswerValues; stopped: number }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" title={t('recordAnswer.changes')}>
      {isDeferred(values)
        ? t('recordAnswer.changesDeferred')
        : [
            stopped > 0
              ? t('recordAnswer.changesAnswered', { count: stopped })
              : t('recordAnswer.changesAnsweredNone'),
            values.partial ? t('recordAnswer.changesPartial') : '',
          ].join(' ')}
    </Alert>
  );
}
