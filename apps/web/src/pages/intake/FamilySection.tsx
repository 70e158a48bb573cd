import { useQuery } from '@apollo/client/react';
import {
  Autocomplete,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIND_FAMILIES, INTAKE_FAMILY } from './intake-api';
import { GUARDIAN_LANGUAGES, NEW_STUDENT, type FamilyMode, type IntakeValues } from './intake-form';

const RELATIONSHIPS = [
  'mother',
  'father',
  'grandmother',
  'grandfather',
  'aunt',
  'uncle',
  'fosterParent',
  'legalGuardian',
];

/** A language's name in the interface's language, capitalized: "Spanish", "Español". */
function languageName(tag: string, language: string): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

interface Props {
  form: UseFormReturnType<IntakeValues>;
  /** Saved by an earlier try: the family can no longer be changed here. */
  locked: boolean;
}

/** The family: a new one with its first guardian, or one the organization already has. */
export function FamilySection({ form, locked }: Props) {
  const { t, i18n } = useTranslation();
  const values = form.getValues();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const existing = values.familyMode === 'existing';
  const found = useQuery(FIND_FAMILIES, {
    variables: { search: debounced.trim() || null },
    skip: !existing || locked,
  });
  const families = found.data?.families.edges.map((e) => e.node) ?? [];
  const family = useQuery(INTAKE_FAMILY, {
    variables: { id: values.familyId ?? '' },
    skip: !existing || !values.familyId,
  });
  const guardians = family.data?.family.guardians ?? [];

  return (
    <Stack>
      <Radio.Group
        label={t('intake.family.which')}
        {...form.getInputProps('familyMode')}
        onChange={(mode) => {
          form.setFieldValue('familyMode', mode as FamilyMode);
          form.setFieldValue('studentChoice', NEW_STUDENT);
        }}
      >
        <Group mt="xs">
          <Radio value="new" label={t('intake.family.new')} disabled={locked} />
          <Radio value="existing" label={t('intake.family.existing')} disabled={locked} />
        </Group>
      </Radio.Group>
      {existing ? (
        <>
          <Select
            label={t('intake.family.find')}
            description={t('intake.family.findHelp')}
            placeholder={t('intake.family.findPlaceholder')}
            required
            searchable
            disabled={locked}
            nothingFoundMessage={found.loading ? t('common.loading') : t('intake.family.none')}
            searchValue={search}
            onSearchChange={setSearch}
            // The api searches (household, guardians' and students' names): no second filter here.
            filter={({ options }) => options}
            data={[
              ...families.map((f) => ({ value: f.id, label: f.householdName })),
              ...(family.data && !families.some((f) => f.id === family.data?.family.id)
                ? [{ value: family.data.family.id, label: family.data.family.householdName }]
                : []),
            ]}
            {...form.getInputProps('familyId')}
            onChange={(id) => {
              form.setFieldValue('familyId', id);
              form.setFieldValue('studentChoice', NEW_STUDENT);
            }}
          />
          {guardians.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('intake.family.guardians', {
                names: guardians.map((g) => `${g.name} (${g.relationship})`).join(', '),
              })}
            </Text>
          )}
        </>
      ) : (
        <>
          <TextInput
            label={t('intake.family.householdName')}
            description={t('intake.family.householdHelp')}
            required
            disabled={locked}
            {...form.getInputProps('householdName')}
          />
          <Text fw={600} size="sm">
            {t('intake.guardian.title')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('intake.guardian.name')}
              required
              autoComplete="off"
              disabled={locked}
              {...form.getInputProps('guardian.name')}
            />
            <Autocomplete
              label={t('intake.guardian.relationship')}
              description={t('intake.guardian.relationshipHelp')}
              required
              disabled={locked}
              data={RELATIONSHIPS.map((r) => t(`intake.guardian.relationships.${r}`))}
              {...form.getInputProps('guardian.relationship')}
            />
            <TextInput
              label={t('intake.guardian.email')}
              type="email"
              autoComplete="off"
              disabled={locked}
              {...form.getInputProps('guardian.email')}
            />
            <TextInput
              label={t('intake.guardian.phone')}
              description={t('intake.guardian.phoneHelp')}
              type="tel"
              autoComplete="off"
              disabled={locked}
              {...form.getInputProps('guardian.phone')}
            />
            <Select
              label={t('intake.guardian.language')}
              description={t('intake.guardian.languageHelp')}
              required
              allowDeselect={false}
              disabled={locked}
              data={GUARDIAN_LANGUAGES.map((tag) => ({
                value: tag,
                label: languageName(tag, i18n.language),
              }))}
              {...form.getInputProps('guardian.preferredLanguage')}
            />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
