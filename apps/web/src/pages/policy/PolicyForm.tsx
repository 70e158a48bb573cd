import {
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SENDING_DAYS, type PolicyValues } from './policy-form';

/** A whole number of days, its bounds said beside it; the api checks them. */
function Days(props: {
  form: UseFormReturnType<PolicyValues>;
  field:
    | 'remindBusinessDaysBefore'
    | 'followUpSchoolDaysAfter'
    | 'escalateSchoolDaysAfter'
    | 'maxFollowUps'
    | 'replyHoldSchoolDays';
}) {
  const { t } = useTranslation();
  return (
    <NumberInput
      label={t(`policy.form.${props.field}`)}
      description={t(`policy.form.${props.field}Help`)}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      {...props.form.getInputProps(props.field)}
    />
  );
}

function Time(props: {
  form: UseFormReturnType<PolicyValues>;
  field: 'digestTime' | 'sendingWindowStart' | 'sendingWindowEnd';
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t(`policy.form.${props.field}`)}
      description={t(`policy.form.${props.field}Help`)}
      placeholder="08:00"
      inputMode="numeric"
      autoComplete="off"
      {...props.form.getInputProps(props.field)}
    />
  );
}

/** The policy's fields in three groups; saving is the page's (it knows the api). */
export function PolicyForm(props: {
  form: UseFormReturnType<PolicyValues>;
  onSubmit: (event?: React.FormEvent<HTMLFormElement>) => void;
  saving: boolean;
  message: { ok: boolean; text: string } | null;
}) {
  const { t } = useTranslation();
  const { form } = props;
  return (
    <form onSubmit={props.onSubmit} noValidate>
      <Stack maw={760}>
        {props.message && (
          <Alert
            color={props.message.ok ? 'green' : 'red'}
            role={props.message.ok ? 'status' : 'alert'}
          >
            {props.message.text}
          </Alert>
        )}
        <Fieldset legend={t('policy.form.schoolLegend')}>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Days form={form} field="followUpSchoolDaysAfter" />
              <Days form={form} field="escalateSchoolDaysAfter" />
              <Days form={form} field="maxFollowUps" />
              <Days form={form} field="replyHoldSchoolDays" />
            </SimpleGrid>
            <Switch
              label={t('policy.form.requireApproval')}
              description={t('policy.form.requireApprovalHelp')}
              {...form.getInputProps('requireApproval', { type: 'checkbox' })}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('policy.form.peopleLegend')}>
          <Stack>
            <Switch
              label={t('policy.form.remindAdvocates')}
              description={t('policy.form.remindAdvocatesHelp')}
              {...form.getInputProps('remindAdvocates', { type: 'checkbox' })}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Days form={form} field="remindBusinessDaysBefore" />
              <Time form={form} field="digestTime" />
            </SimpleGrid>
            <Switch
              label={t('policy.form.notifyGuardians')}
              description={t('policy.form.notifyGuardiansHelp')}
              {...form.getInputProps('notifyGuardians', { type: 'checkbox' })}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('policy.form.sendingLegend')}>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Time form={form} field="sendingWindowStart" />
              <Time form={form} field="sendingWindowEnd" />
              <Select
                label={t('policy.form.sendingDays')}
                description={t('policy.form.sendingDaysHelp')}
                allowDeselect={false}
                data={SENDING_DAYS.map((value) => ({
                  value,
                  label: t(`policy.sendingDays.${value}`),
                }))}
                {...form.getInputProps('sendingDays')}
              />
            </SimpleGrid>
            <TextInput
              label={t('policy.form.sendingAddress')}
              description={t('policy.form.sendingAddressHelp')}
              type="email"
              autoComplete="off"
              {...form.getInputProps('sendingAddress')}
            />
          </Stack>
        </Fieldset>
        <Group>
          <Button type="submit" loading={props.saving}>
            {t('policy.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
