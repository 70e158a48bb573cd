import { Checkbox, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CaseConcern } from '../../gql/graphql';
import { CONCERNS, type IntakeValues } from './intake-form';

export interface AdvocateChoice {
  id: string;
  name: string;
}

interface Props {
  form: UseFormReturnType<IntakeValues>;
  /** For an admin, who the case can be assigned to; null: the member opening it. */
  advocates: AdvocateChoice[] | null;
}

/** What the case is about, and (for an admin) who works it. */
export function CaseSection({ form, advocates }: Props) {
  const { t } = useTranslation();
  return (
    <Stack>
      <TextInput
        label={t('intake.case.title')}
        description={t('intake.case.titleHelp')}
        required
        autoComplete="off"
        {...form.getInputProps('title')}
      />
      <Checkbox.Group
        label={t('intake.case.concerns')}
        description={t('intake.case.concernsHelp')}
        required
        {...form.getInputProps('concerns')}
        onChange={(value) => form.setFieldValue('concerns', value as CaseConcern[])}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
          {CONCERNS.map((concern) => (
            <Checkbox key={concern} value={concern} label={t(`concern.${concern}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      {advocates && (
        <Select
          label={t('intake.case.advocate')}
          description={t('intake.case.advocateHelp')}
          required
          allowDeselect={false}
          data={advocates.map((a) => ({ value: a.id, label: a.name }))}
          {...form.getInputProps('advocateId')}
        />
      )}
    </Stack>
  );
}
