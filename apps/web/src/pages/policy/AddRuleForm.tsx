import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, fieldErrors } from '../../errors';
import { graphql } from '../../gql';
import type { WrittenRequestType } from '../../gql/graphql';
import { RULE_UNITS, whole } from './rule-parts';

const ADD = graphql(`
  mutation AddDeadlineRule($input: AddDeadlineRuleInput!) {
    addDeadlineRule(input: $input) {
      ruleId
    }
  }
`);

const REQUEST_TYPES: WrittenRequestType[] = [
  'EVALUATION',
  'IEP_MEETING',
  'RECORDS',
  'FBA',
  'BEHAVIOR_PLAN',
  'ACCOMMODATIONS',
  'REINTEGRATION_PLAN',
  'PRIOR_WRITTEN_NOTICE',
  'INDEPENDENT_EVALUATION',
  'HOME_INSTRUCTION',
  'OTHER',
];

const FIELDS = [
  'id',
  'jurisdiction',
  'requestTypes',
  'triggers',
  'duty',
  'period',
  'unit',
  'citation',
  'reason',
];

/** The organization's own rule, for requests no statute times: labelled as its own. */
export function AddRuleForm({ home }: { home: string }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [add] = useMutation(ADD, {
    refetchQueries: ['DeadlineRulesPage'],
    awaitRefetchQueries: true,
  });
  const form = useForm({
    initialValues: {
      id: '',
      jurisdiction: home,
      requestTypes: [] as string[],
      trigger: 'WRITTEN_REQUEST_RECEIVED',
      duty: '',
      period: '' as number | string,
      unit: 'SCHOOL_DAYS',
      citation: '',
      reason: '',
    },
    validate: {
      id: (v) => (v.trim() ? null : t('policy.rules.errors.id')),
      requestTypes: (v) => (v.length ? null : t('policy.rules.errors.requestTypes')),
      duty: (v) => (v.trim() ? null : t('policy.rules.errors.duty')),
      period: (v) => (Number.isInteger(whole(v)) ? null : t('policy.rules.errors.period')),
      reason: (v) => (v.trim() ? null : t('policy.rules.errors.reason')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    try {
      await add({
        variables: {
          input: {
            id: values.id.trim(),
            jurisdiction: values.jurisdiction.trim(),
            requestTypes: values.requestTypes as WrittenRequestType[],
            triggers: [values.trigger],
            duty: values.duty.trim(),
            period: whole(values.period),
            unit: values.unit,
            citation: values.citation.trim() || null,
            reason: values.reason.trim(),
          },
        },
      });
      setMessage({ ok: true, text: t('policy.rules.added', { id: values.id.trim() }) });
      form.reset();
    } catch (error) {
      const fields = fieldErrors(error);
      const known = FIELDS.filter((f) => fields[f]);
      for (const f of known)
        form.setFieldError(f === 'triggers' ? 'trigger' : f, t(`policy.rules.errors.${f}`));
      if (!known.length && errorCode(error) === 'CONFLICT')
        form.setFieldError('id', t('policy.rules.errors.idTaken'));
      else if (!known.length) setMessage({ ok: false, text: t('common.unexpected') });
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={760}>
        {message && (
          <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('policy.rules.idLabel')}
            description={t('policy.rules.idHelp')}
            required
            autoComplete="off"
            {...form.getInputProps('id')}
          />
          <TextInput
            label={t('policy.rules.jurisdiction')}
            description={t('policy.rules.jurisdictionHelp')}
            required
            {...form.getInputProps('jurisdiction')}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('policy.rules.requestTypes')}
          required
          data={REQUEST_TYPES.map((r) => ({ value: r, label: t(`requestType.${r}`) }))}
          {...form.getInputProps('requestTypes')}
        />
        <Select
          label={t('newRequest.trigger')}
          allowDeselect={false}
          searchable
          data={TRIGGERS.map((v) => ({ value: v, label: t(`trigger.${v}`) }))}
          {...form.getInputProps('trigger')}
        />
        <TextInput
          label={t('policy.rules.dutyLabel')}
          description={t('policy.rules.dutyHelp')}
          required
          {...form.getInputProps('duty')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
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
            data={RULE_UNITS.map((u) => ({
              value: u,
              label: t(`policy.units.${u}`, { count: 2 }),
            }))}
            {...form.getInputProps('unit')}
          />
          <TextInput label={t('policy.rules.citationLabel')} {...form.getInputProps('citation')} />
        </SimpleGrid>
        <Textarea
          label={t('policy.rules.reasonLabel')}
          description={t('policy.rules.reasonHelp')}
          required
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('policy.rules.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const TRIGGERS = [
  'WRITTEN_REQUEST_RECEIVED',
  'ORAL_REQUEST_RECEIVED',
  'CONSENT_RECEIVED',
  'MEETING_SCHEDULED',
  'IEP_MEETING_HELD',
  'EVALUATION_REPORT_COMPLETED',
  'ELIGIBILITY_DETERMINED',
  'DISTRICT_PROPOSAL',
  'IEE_REQUESTED',
  'REEVALUATION_REQUESTED',
  'HOSPITAL_STAY_NOTIFIED',
];
