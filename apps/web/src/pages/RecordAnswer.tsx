import { Alert, Checkbox, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayFromToday } from '../dates';
import { fieldErrorsByPath } from '../errors';
import { graphql } from '../gql';
import type { DeliveryChannel, RefusalReason, ResponseOutcome } from '../gql/graphql';
import { CHANNELS } from './RecordSent';
import { RowFormDialog } from './RowFormDialog';

const RECORD = graphql(`
  mutation RecordSchoolAnswer($requestId: ID!, $input: SchoolResponseInput!) {
    recordSchoolResponse(requestId: $requestId, input: $input) {
      id
    }
  }
`);

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

const REASONS: RefusalReason[] = [
  'LACK_OF_DATA',
  'NOT_ELIGIBLE',
  'RESOURCES_STAFFING',
  'PRECEDENT_OR_POLICY',
  'PREDETERMINED',
  'OTHER',
];
/** A yes gives no reasons (the api refuses them). */
const NO_REASONS: ReadonlySet<string> = new Set(['GRANTED', 'MEETING_SCHEDULED']);

const OUTCOMES: ResponseOutcome[] = [
  'GRANTED',
  'PARTIALLY_GRANTED',
  'MEETING_SCHEDULED',
  'DEFERRED_NEEDS_DATA',
  'DENIED',
  'REFERRED_ELSEWHERE',
  'NOT_AVAILABLE',
  'OTHER',
];

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
  const needed = (outcome: string, value: string) =>
    outcome === 'DEFERRED_NEEDS_DATA' && !value.trim() ? t('recordAnswer.needed') : null;
  const form = useForm({
    initialValues: {
      channel: 'EMAIL' as DeliveryChannel,
      receivedOn: dayFromToday(0),
      outcome: '' as ResponseOutcome | '',
      reasons: [] as RefusalReason[],
      partial: false,
      respondedByContactId: null as string | null,
      summary: '',
      priorWrittenNotice: false,
      promise: { description: '', dueOn: '', dataWhat: '', dataHow: '', meanwhile: '' },
    },
    validate: {
      receivedOn: (v) => (v ? null : t('recordAnswer.receivedOnRequired')),
      outcome: (v) => (v ? null : t('recordAnswer.outcomeRequired')),
      // "Needs more data" is recorded only with the school's whole plan.
      promise: {
        description: (v, values) => needed(values.outcome, v),
        dataWhat: (v, values) => needed(values.outcome, v),
        dataHow: (v, values) => needed(values.outcome, v),
        meanwhile: (v, values) => needed(values.outcome, v),
        dueOn: (v, values) => needed(values.outcome, v),
      },
    },
  });
  const deferred = form.values.outcome === 'DEFERRED_NEEDS_DATA';
  const withReasons = form.values.outcome !== '' && !NO_REASONS.has(form.values.outcome);
  const context = useQuery(ANSWER_CONTEXT, { variables: { requestId }, skip: !opened });
  const recipients = context.data?.writtenRequest.recipients ?? [];
  // The follow-ups to the school that an answer stops (the family's own updates are not).
  const stopped =
    context.data?.followUps.edges.filter((e) => !e.node.kind.startsWith('GUARDIAN_')).length ?? 0;

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    const promise = values.promise;
    try {
      await record({
        variables: {
          requestId,
          input: {
            channel: values.channel,
            receivedOn: values.receivedOn,
            outcome: values.outcome as ResponseOutcome,
            reasons: withReasons ? values.reasons : undefined,
            partial: values.partial,
            respondedByContactId: values.respondedByContactId,
            summary: values.summary.trim() || undefined,
            priorWrittenNotice: values.priorWrittenNotice,
            commitments: deferred
              ? [
                  {
                    description: promise.description,
                    dueOn: promise.dueOn,
                    dataWhat: promise.dataWhat || undefined,
                    dataHow: promise.dataHow || undefined,
                    meanwhile: promise.meanwhile || undefined,
                  },
                ]
              : undefined,
          },
        },
      });
      setOpened(false);
      form.reset();
    } catch (error) {
      // The api names commitments.0.dataWhat; the form holds the one promise as promise.*.
      const fields = Object.entries(fieldErrorsByPath(error)).map(
        ([path, message]) => [path.replace(/^commitments(\.0)?/, 'promise'), message] as const,
      );
      const whole = fields.find(([path]) => path === 'promise');
      if (whole) setProblem(whole[1]);
      else if (fields.length) form.setErrors(Object.fromEntries(fields));
      else setProblem(t('common.unexpected'));
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
      <Select
        label={t('recordAnswer.outcome')}
        required
        data={OUTCOMES.map((value) => ({ value, label: t(`outcome.${value}`) }))}
        {...form.getInputProps('outcome')}
      />
      {withReasons && (
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
        placeholder={t('recordAnswer.respondedByNone')}
        clearable
        data={recipients.map((r) => ({
          value: r.id,
          label: `${r.name} — ${t(`contactRole.${r.role}`)}`,
        }))}
        {...form.getInputProps('respondedByContactId')}
      />
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
      <Textarea
        label={t('recordAnswer.summary')}
        description={t('recordAnswer.summaryHelp')}
        autosize
        minRows={2}
        {...form.getInputProps('summary')}
      />
      <Checkbox
        label={t('recordAnswer.priorWrittenNotice')}
        {...form.getInputProps('priorWrittenNotice', { type: 'checkbox' })}
      />
      {deferred && (
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
      )}
      {form.values.outcome && (
        <Alert color="blue" title={t('recordAnswer.changes')}>
          {deferred
            ? t('recordAnswer.changesDeferred')
            : [
                stopped > 0
                  ? t('recordAnswer.changesAnswered', { count: stopped })
                  : t('recordAnswer.changesAnsweredNone'),
                form.values.partial ? t('recordAnswer.changesPartial') : '',
              ].join(' ')}
        </Alert>
      )}
    </RowFormDialog>
  );
}
