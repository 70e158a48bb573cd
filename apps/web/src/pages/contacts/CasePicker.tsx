import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';

const OPEN_CASES = graphql(`
  query ContactCases($search: String) {
    cases(first: 20, filter: { search: $search, status: [INTAKE, ACTIVE, ON_HOLD] }) {
      edges {
        node {
          id
          title
          family {
            householdName
          }
          student {
            name
          }
        }
      }
    }
  }
`);

export interface PickedCase {
  id: string;
  label: string;
}

/**
 * One of the organization's open cases, found by the family's or the student's name (the
 * api searches; the list shows what it found), or none.
 */
export function CasePicker({
  value,
  onChange,
  error,
}: {
  value: PickedCase | null;
  onChange: (picked: PickedCase | null) => void;
  error?: string | null;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // Typing the chosen case's own label is not a new search.
  const asked = search === value?.label ? '' : search.trim();
  const [debounced] = useDebouncedValue(asked, 250);
  const { data, loading } = useQuery(OPEN_CASES, {
    variables: { search: debounced || null },
  });
  const found = (data?.cases.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.family.householdName} — ${node.student.name}: ${node.title}`,
  }));
  // The chosen case stays among the options, so its name stays in the field.
  const options =
    value && !found.some((o) => o.value === value.id)
      ? [{ value: value.id, label: value.label }, ...found]
      : found;
  return (
    <Select
      label={t('contactLog.case')}
      description={t('contactLog.caseHelp')}
      placeholder={t('contactLog.casePlaceholder')}
      searchable
      clearable
      data={options}
      // The api has searched already: every option it returned is shown.
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? t('common.loading') : t('contactLog.noCases')}
      searchValue={search}
      onSearchChange={setSearch}
      value={value?.id ?? null}
      onChange={(id, option) => onChange(id && option ? { id, label: option.label } : null)}
      error={error}
    />
  );
}
