import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../errors';
import { graphql } from '../../gql';
import { RULE_UNITS, SOFT_UNITS, whole, type Rule } from './rule-parts';

const CORRECT = graphql(`
  mutation CorrectDeadlineRule($ruleId: String!, $input: CorrectDeadlineRuleInput!) {
    correctDeadlineRule(ruleId: $ruleId, input: $input) {
      ruleId
    }
  }
`);
const DISABLE = graphql(`
  mutation DisableDeadlineRule($ruleId: String!, $reason: String!) {
    disableDeadlineRule(ruleId: $ruleId, reason: $reason) {
      ruleId
    }
  }
`);
const SOFT = graphql(`
  mutation SetSoftDeadline($ruleId: String!, $input: SetSoftDeadlineInput!) {
    setSoftDeadline(ruleId: $ruleId, input: $input) {
      ruleId
    }
  }
`);
const refetchQueries = ['DeadlineRulesPage'];

/** The api's field refusals shown on the form's fields, in the interface's language. */
function showRefusal(
  error: unknown,
  form: { setFieldError: (field: string, message: string) => void },
  known: string[],
  t: (key: string) => string,
): boolean {
  const fields = fieldErrors(error);
  const found = known.filter((f) => fields[f]);
  for (const f of found) form.setFieldError(f, t(`policy.rules.errors.${f}`));
  return found.length > 0;
}

function Footer({
  onCancel,
  loading,
  label,
}: {
  onCancel: () => void;
  loading: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('policy.cancel')}
      </Button>
      <Button type="submit" loading={loading}>
        {label}
      </Button>
    </Group>
  );
}

export function CorrectForm({ rule, close }: { rule: Rule; close: () => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [correct] = useMutation(CORRECT, { refetchQueries, awaitRefetchQueries: true });
  const form = useForm({
    initialValues: {
      period: (rule.period ?? '') as number | string,
      unit: rule.unit ?? null,
      citation: rule.citation,
      reason: '',
    },
    validate: {
      reason: (v) => (v.trim() ? null : t('policy.rules.errors.reason')),
      period: (v) =>
        v === '' || Number.isInteger(whole(v)) ? null : t('policy.rules.errors.period'),
    },
  });
  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    const period = values.period === '' ? null : whole(values.period);
    try {
      await correct({
        variables: {
          ruleId: rule.id,
          input: {
            reason: values.reason.trim(),
            ...(period !== null && period !== rule.period ? { period } : {}),
            ...(values.unit && values.unit !== rule.unit ? { unit: values.unit } : {}),
            ...(values.citation.trim() !== rule.citation
              ? { citation: values.citation.trim() }
              : {}),
          },
        },
      });
      close();
    } catch (error) {
      const fields = fieldErrors(error);
      if (fields['input']) setProblem(t('policy.rules.errors.nothingChanged'));
      else if (!showRefusal(error, form, ['period', 'unit', 'citation', 'reason'], t))
        setProblem(t('common.unexpected'));
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
        <Text size="sm">{t('policy.rules.correctHelp')}</Text>
        <Group grow align="flex-start">
          <NumberInput
            label={t('policy.rules.periodLabel')}
            allowDecimal={false}
            clampBehavior="none"
            {...form.getInputProps('period')}
          />
          <Select
            label={t('policy.rules.unitLabel')}
            data={RULE_UNITS.map((u) => ({
              value: u,
              label: t(`policy.units.${u}`, { count: 2 }),
            }))}
            {...form.getInputProps('unit')}
          />
        </Group>
        <TextInput label={t('policy.rules.citationLabel')} {...form.getInputProps('citation')} />
        <Textarea
          label={t('policy.rules.reasonLabel')}
          description={t('policy.rules.reasonHelp')}
          required
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
        <Footer onCancel={close} loading={form.submitting} label={t('policy.rules.correctSave')} />
      </Stack>
    </form>
  );
}

export function DisableForm({ rule, close }: { rule: Rule; close: () => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [disable] = useMutation(DISABLE, { refetchQueries, awaitRefetchQueries: true });
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim() ? null : t('policy.rules.errors.reason')) },
  });
  const submit = form.onSubmit(async ({ reason }) => {
    setProblem(null);
    try {
      await disable({ variables: { ruleId: rule.id, reason: reason.trim() } });
      close();
    } catch (error) {
      if (!showRefusal(error, form, ['reason'], t)) setProblem(t('common.unexpected'));
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
        <Text size="sm">{t('policy.rules.disableHelp')}</Text>
        <Textarea
          label={t('policy.rules.reasonLabel')}
          required
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
        <Footer onCancel={close} loading={form.submitting} label={t('policy.rules.disableSave')} />
      </Stack>
    </form>
  );
}

export function SoftForm({ rule, close }: { rule: Rule; close: () => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [setSoft] = useMutation(SOFT, { refetchQueries, awaitRefetchQueries: true });
  const form = useForm({
    initialValues: {
      period: (rule.softDefault?.period ?? '') as number | string,
      unit: rule.softDefault?.unit ?? 'SCHOOL_DAYS',
      reason: '',
    },
    validate: {
      period: (v) => (Number.isInteger(whole(v)) ? null : t('policy.rules.errors.period')),
    },
  });
  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await setSoft({
        variables: {
          ruleId: rule.id,
          input: {
            period: whole(values.period),
            unit: values.unit,
            reason: values.reason.trim() || null,
          },
        },
      });
      close();
    } catch (error) {
      if (!showRefusal(error, form, ['period', 'unit', 'reason'], t))
        setProblem(t('common.unexpected'));
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
        <Text size="sm">{t('policy.rules.softHelp')}</Text>
        <Group grow align="flex-start">
          <NumberInput
            label={t('policy.rules.periodLabel')}
            required
            allowDecimal={false}
            clampBehavior="none"
            {...form.getInputProps('period')}
          />
          <Select
            label={t('policy.rules.unitLabel')}
            allowDeselect={false}
            data={SOFT_UNITS.map((u) => ({
              value: u,
              label: t(`policy.units.${u}`, { count: 2 }),
            }))}
            {...form.getInputProps('unit')}
          />
        </Group>
        <Textarea
          label={t('policy.rules.reasonOptional')}
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
        <Footer onCancel={close} loading={form.submitting} label={t('policy.rules.softSave')} />
      </Stack>
    </form>
  );
}
