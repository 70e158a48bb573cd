import { Checkbox, Fieldset, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  DECLINED,
  DISABILITY_CATEGORIES,
  LANGUAGE_DECLINED,
  languageOptions,
  RACE_ETHNICITIES,
  type DemographicsValues,
} from './demographics-form';

interface Props {
  form: UseFormReturnType<DemographicsValues>;
  studentName: string;
  guardians: { id: string; name: string; relationship?: string | null }[];
}

/** The fields, each optional, each with "declined to say"; saving is the dialog's. */
export function DemographicsForm({ form, studentName, guardians }: Props) {
  const { t, i18n } = useTranslation();
  const values = form.getValues();
  const declined = { value: DECLINED, label: t('demographics.declined') };
  const languages = [
    ...languageOptions(
      values.guardians.map((g) => g.language),
      i18n.language,
    ),
    { value: LANGUAGE_DECLINED, label: t('demographics.declined') },
  ];
  return (
    <Stack>
      <Fieldset legend={t('demographics.studentLegend', { name: studentName })}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('demographics.raceEthnicity')}
            description={t('demographics.raceEthnicityHelp')}
            placeholder={t('demographics.notAsked')}
            clearable
            data={[
              ...RACE_ETHNICITIES.map((value) => ({
                value,
                label: t(`demographics.race.${value}`),
              })),
              declined,
            ]}
            {...form.getInputProps('raceEthnicity')}
          />
          <Select
            label={t('demographics.primaryDisability')}
            description={t('demographics.primaryDisabilityHelp')}
            placeholder={t('demographics.notAsked')}
            clearable
            data={[
              ...DISABILITY_CATEGORIES.map((value) => ({
                value,
                label: t(`demographics.disability.${value}`),
              })),
              declined,
            ]}
            {...form.getInputProps('primaryDisability')}
          />
        </SimpleGrid>
      </Fieldset>
      {guardians.length > 0 && (
        <Fieldset legend={t('demographics.languageLegend')}>
          <Stack>
            {guardians.map((g, i) => (
              <Select
                key={g.id}
                label={t('demographics.primaryLanguage', {
                  name: g.relationship ? `${g.name} (${g.relationship})` : g.name,
                })}
                placeholder={t('demographics.notAsked')}
                nothingFoundMessage={t('demographics.noLanguage')}
                searchable
                clearable
                data={languages}
                {...form.getInputProps(`guardians.${i}.language`)}
              />
            ))}
          </Stack>
        </Fieldset>
      )}
      <Fieldset legend={t('demographics.placeLegend')}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('demographics.county')}
              disabled={values.placeDeclined}
              autoComplete="off"
              {...form.getInputProps('county')}
            />
            <TextInput
              label={t('demographics.postalCode')}
              description={t('demographics.postalCodeHelp')}
              disabled={values.placeDeclined}
              inputMode="numeric"
              autoComplete="off"
              {...form.getInputProps('postalCode')}
            />
          </SimpleGrid>
          <Checkbox
            label={t('demographics.placeDeclined')}
            {...form.getInputProps('placeDeclined', { type: 'checkbox' })}
          />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
