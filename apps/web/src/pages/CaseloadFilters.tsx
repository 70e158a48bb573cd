import { useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Collapse,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { CaseConcern, CaseloadOrder, CaseStatus } from '../gql/graphql';

export const STATUSES: CaseStatus[] = ['INTAKE', 'ACTIVE', 'ON_HOLD', 'RESOLVED', 'CLOSED'];
export const ORDERS: CaseloadOrder[] = ['URGENCY', 'NEXT_DEADLINE', 'STATUS', 'SCHOOL'];
export const CONCERNS: CaseConcern[] = [
  'SCHOOL_REFUSAL',
  'ATTENDANCE_LETTERS',
  'ATTENDANCE_VS_FAPE',
  'BEHAVIOR_PLAN_FBA',
  'BULLYING_AVOIDANCE',
  'EVALUATION',
  'IEP_NOT_WORKING',
  'OTHER',
];

/** The choices of the filters: the organization's districts with their schools, its members. */
const CASELOAD_CHOICES = graphql(`
  query CaseloadChoices($withMembers: Boolean!) {
    districts(first: 100) {
      edges {
        node {
          id
          name
          schools {
            id
            name
          }
        }
      }
    }
    members(first: 100) @include(if: $withMembers) {
      edges {
        node {
          id
          role
          user {
            id
            name
          }
        }
      }
    }
  }
`);

/** What the caseload is narrowed to, as read from the page's address. */
export interface CaseloadFilterValues {
  order: CaseloadOrder;
  search: string;
  statuses: CaseStatus[];
  concern: CaseConcern | null;
  districtId: string | null;
  schoolId: string | null;
  advocateId: string | null;
}

/**
 * The caseload's search, order and filters. On a phone the search and the order stay in
 * view and the rest folds away behind a button that says how many are set.
 */
export function CaseloadFilters(props: {
  values: CaseloadFilterValues;
  isAdmin: boolean;
  /** One filter's new value(s): the page starts again from the first page. */
  onChange: (name: string, values: string | string[] | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const { values, onChange, isAdmin } = props;
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const set =
    [values.concern, values.districtId, values.schoolId, values.advocateId].filter(Boolean).length +
    (values.statuses.length ? 1 : 0);
  const [more, { toggle }] = useDisclosure(set > 0);
  const [typed, setTyped] = useState(values.search);
  const searchSoon = useDebouncedCallback((value: string) => onChange('q', value.trim()), 300);

  const choices = useQuery(CASELOAD_CHOICES, { variables: { withMembers: isAdmin } });
  const districts = choices.data?.districts.edges.map((e) => e.node) ?? [];
  const schools = useMemo(
    () =>
      (choices.data?.districts.edges ?? [])
        .filter((e) => !values.districtId || e.node.id === values.districtId)
        .flatMap((e) => e.node.schools)
        .map((school) => ({ value: school.id, label: school.name }))
        .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
    [choices.data, values.districtId, i18n.language],
  );

  const always = (
    <>
      <TextInput
        type="search"
        label={t('caseload.search')}
        description={t('caseload.searchHelp')}
        value={typed}
        onChange={(event) => {
          setTyped(event.currentTarget.value);
          searchSoon(event.currentTarget.value);
        }}
      />
      <NativeSelect
        label={t('caseload.order')}
        data={ORDERS.map((o) => ({ value: o, label: t(`caseload.orders.${o}`) }))}
        value={values.order}
        onChange={(event) => onChange('order', event.currentTarget.value)}
      />
    </>
  );
  const rest = (
    <>
      <NativeSelect
        label={t('caseload.concern')}
        data={[
          { value: '', label: t('caseload.any') },
          ...CONCERNS.map((c) => ({ value: c, label: t(`concern.${c}`) })),
        ]}
        value={values.concern ?? ''}
        onChange={(event) => onChange('concern', event.currentTarget.value || null)}
      />
      <NativeSelect
        label={t('caseload.district')}
        data={[
          { value: '', label: t('caseload.any') },
          ...districts.map((d) => ({ value: d.id, label: d.name })),
        ]}
        value={values.districtId ?? ''}
        onChange={(event) => onChange('district', event.currentTarget.value || null)}
      />
      <NativeSelect
        label={t('today.school')}
        data={[{ value: '', label: t('caseload.any') }, ...schools]}
        value={values.schoolId ?? ''}
        onChange={(event) => onChange('school', event.currentTarget.value || null)}
      />
      {isAdmin && (
        <NativeSelect
          label={t('caseload.advocate')}
          data={[
            { value: '', label: t('caseload.me') },
            ...(choices.data?.members?.edges ?? [])
              .filter((e) => e.node.role !== 'ANALYST')
              .map((e) => ({ value: e.node.id, label: e.node.user.name })),
          ]}
          value={values.advocateId ?? ''}
          onChange={(event) => onChange('advocate', event.currentTarget.value || null)}
        />
      )}
    </>
  );
  const statuses = (
    <Checkbox.Group
      label={t('caseload.status')}
      description={t('caseload.openStatuses')}
      value={values.statuses}
      onChange={(checked) => onChange('status', checked)}
    >
      <Group mt="xs">
        {STATUSES.map((s) => (
          <Checkbox key={s} value={s} label={t(`status.${s}`)} />
        ))}
      </Group>
    </Checkbox.Group>
  );

  if (wide) {
    return (
      <Stack>
        <SimpleGrid cols={{ base: 2, lg: 3 }}>
          {always}
          {rest}
        </SimpleGrid>
        {statuses}
      </Stack>
    );
  }
  return (
    <Stack>
      {always}
      <Button variant="default" onClick={toggle} aria-expanded={more}>
        {set ? t('caseload.moreFiltersSet', { count: set }) : t('caseload.moreFilters')}
      </Button>
      <Collapse expanded={more}>
        <Stack>
          {rest}
          {statuses}
        </Stack>
      </Collapse>
    </Stack>
  );
}
