import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { RECORD_TYPES, type AuditFilterValues } from './audit-parts';

/**
 * Who acted, on which record (its kind and/or id) and between which days. Applied on submit;
 * an end day before the start day is said beside the end day.
 */
export function AuditFilters(props: {
  values: AuditFilterValues;
  members: Array<{ userId: string; name: string }>;
  onApply: (values: AuditFilterValues) => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: props.values,
    validate: {
      to: (to, values) =>
        to && values.from && to < values.from ? t('keys.audit.toBeforeFrom') : null,
    },
  });
  const typeLabel = (type: string) => t(`keys.types.${type}`, { defaultValue: type });
  const types = [...RECORD_TYPES] as string[];
  if (props.values.type && !types.includes(props.values.type)) types.push(props.values.type);

  return (
    <form onSubmit={form.onSubmit((values) => props.onApply(values))} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          <Select
            label={t('keys.audit.actor')}
            placeholder={t('keys.audit.anyone')}
            clearable
            searchable
            data={props.members.map((m) => ({ value: m.userId, label: m.name }))}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('actor')}
            value={form.values.actor || null}
            onChange={(value) => form.setFieldValue('actor', value ?? '')}
          />
          <Select
            label={t('keys.audit.recordType')}
            placeholder={t('keys.audit.anyType')}
            clearable
            searchable
            data={types.map((value) => ({ value, label: typeLabel(value) }))}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('type')}
            value={form.values.type || null}
            onChange={(value) => form.setFieldValue('type', value ?? '')}
          />
          <TextInput
            label={t('keys.audit.recordId')}
            description={t('keys.audit.recordIdHelp')}
            autoComplete="off"
            {...form.getInputProps('id')}
          />
          <TextInput type="date" label={t('keys.audit.from')} {...form.getInputProps('from')} />
          <TextInput type="date" label={t('keys.audit.to')} {...form.getInputProps('to')} />
        </SimpleGrid>
        <Group>
          <Button type="submit">{t('keys.audit.apply')}</Button>
          <Button
            variant="default"
            onClick={() => {
              const empty = { actor: '', type: '', id: '', from: '', to: '' };
              form.setValues(empty);
              props.onApply(empty);
            }}
          >
            {t('keys.audit.clear')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
