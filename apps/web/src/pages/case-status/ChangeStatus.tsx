import { useMutation } from '@apollo/client/react';
import { Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../errors';
import { graphql } from '../../gql';
import type { CaseClosingReason, CaseOutcome, CaseStatus } from '../../gql/graphql';
import { RowFormDialog } from '../RowFormDialog';
import {
  CASE_OUTCOMES,
  CASE_TRANSITIONS,
  CLOSING_REASONS,
  endsCase,
  STATUS_FIELDS,
} from './case-status';

const CHANGE = graphql(`
  mutation ChangeCaseStatus($input: ChangeCaseStatusInput!) {
    changeCaseStatus(input: $input) {
      id
      status
      closedOn
      outcome
      outcomeNotes
      closingReason
    }
  }
`);

interface Current {
  id: string;
  status: CaseStatus;
  outcome?: CaseOutcome | null;
  outcomeNotes: string;
  closingReason?: CaseClosingReason | null;
}

interface StatusValues {
  status: CaseStatus | null;
  /** YYYY-MM-DD; empty: today. */
  on: string;
  outcome: CaseOutcome | null;
  closingReason: CaseClosingReason | null;
  outcomeNotes: string;
  reason: string;
}

/** Today in the browser's clock, as a date input holds it. */
function today(): string {
  const at = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

function initialValues(current: Current): StatusValues {
  const ended = endsCase(current.status);
  return {
    status: null,
    on: '',
    // A RESOLVED case being closed keeps how it ended, unless changed here.
    outcome: ended ? (current.outcome ?? null) : null,
    closingReason: ended ? (current.closingReason ?? null) : null,
    outcomeNotes: ended ? current.outcomeNotes : '',
    reason: '',
  };
}

/** A closing reason in the list: its name, and under it what it means. */
function ReasonOption({ reason }: { reason: CaseClosingReason }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Text size="sm">{t(`closing.reason.${reason}`)}</Text>
      <Text size="xs" c="dimmed">
        {t(`closing.reasonHelp.${reason}`)}
      </Text>
    </Stack>
  );
}

/**
 * Moves the case to another status (only where the api allows it from here); ending it asks
 * how it ended and, optionally, how much was done — legal aid's closing reason.
 */
export function ChangeStatus({ current }: { current: Current }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [change] = useMutation(CHANGE, {
    refetchQueries: ['CasePage', 'CaseSurveyInvitations'],
    awaitRefetchQueries: true,
  });
  const form = useForm<StatusValues>({
    initialValues: initialValues(current),
    validate: {
      status: (v) => (v ? null : t('closing.statusRequired')),
      outcome: (v, values) => (endsCase(values.status) && !v ? t('closing.outcomeRequired') : null),
    },
  });
  const values = form.getValues();
  const ending = endsCase(values.status);

  const openChange = (open: boolean) => {
    if (open) {
      const fresh = initialValues(current);
      form.setInitialValues(fresh);
      form.setValues(fresh);
      form.clearErrors();
      setProblem(null);
    }
    setOpened(open);
  };

  const submit = form.onSubmit(async (v) => {
    if (!v.status) return;
    setProblem(null);
    const ends = endsCase(v.status);
    try {
      await change({
        variables: {
          input: {
            caseId: current.id,
            status: v.status,
            on: v.on || undefined,
            outcome: ends ? v.outcome : undefined,
            closingReason: ends ? v.closingReason : undefined,
            outcomeNotes: ends ? v.outcomeNotes.trim() : undefined,
            reason: v.reason.trim() || undefined,
          },
        },
      });
      setOpened(false);
    } catch (error) {
      const problems = fieldErrors(error);
      const named = STATUS_FIELDS.filter((field) => problems[field]);
      for (const field of named) form.setFieldError(field, t(`closing.invalid.${field}`));
      if (!named.length) setProblem(t('common.unexpected'));
    }
  });

  const chosenReason = values.closingReason;
  return (
    <RowFormDialog
      openLabel={t('closing.open')}
      title={t('closing.title')}
      submitLabel={t('closing.submit')}
      opened={opened}
      onOpenChange={openChange}
      onSubmit={submit}
      submitting={form.submitting}
      problem={problem}
    >
      <Text size="sm">{t('closing.now', { status: t(`status.${current.status}`) })}</Text>
      <Select
        label={t('closing.status')}
        required
        allowDeselect={false}
        data={CASE_TRANSITIONS[current.status].map((value) => ({
          value,
          label: t(`status.${value}`),
        }))}
        {...form.getInputProps('status')}
      />
      <TextInput
        type="date"
        label={t('closing.on')}
        description={t('closing.onHelp')}
        max={today()}
        {...form.getInputProps('on')}
      />
      {ending && (
        <>
          <Select
            label={t('closing.outcome')}
            required
            allowDeselect={false}
            data={CASE_OUTCOMES.map((value) => ({
              value,
              label: t(`closing.caseOutcome.${value}`),
            }))}
            {...form.getInputProps('outcome')}
          />
          <Select
            label={t('closing.closingReason')}
            description={
              chosenReason
                ? t(`closing.reasonHelp.${chosenReason}`)
                : t('closing.closingReasonHelp')
            }
            placeholder={t('closing.notRecorded')}
            clearable
            data={CLOSING_REASONS.map((value) => ({
              value,
              label: t(`closing.reason.${value}`),
            }))}
            renderOption={({ option }) => (
              <ReasonOption reason={option.value as CaseClosingReason} />
            )}
            maxDropdownHeight={320}
            {...form.getInputProps('closingReason')}
          />
          <Textarea
            label={t('closing.outcomeNotes')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('outcomeNotes')}
          />
        </>
      )}
      <Textarea
        label={t('closing.reasonForHistory')}
        autosize
        minRows={1}
        maxRows={4}
        {...form.getInputProps('reason')}
      />
    </RowFormDialog>
  );
}
