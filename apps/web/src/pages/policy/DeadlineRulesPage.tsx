import { useQuery } from '@apollo/client/react';
import { Alert, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useActiveRole } from '../../auth/useActiveRole';
import { AdminsOnly } from '../../layout/AdminsOnly';
import { AddRuleForm } from './AddRuleForm';
import { RuleList } from './RuleList';

const RULES_PAGE = graphql(`
  query DeadlineRulesPage {
    deadlineRules(filter: { includeDisabled: true }) {
      id
      jurisdiction
      program
      duty
      plainDuty
      period
      unit
      direction
      citation
      enabled
      source
      status
      verified
      requestTypes
      triggers
      override {
        kind
        reason
        changedAt
      }
      softDefault {
        from
        label
        period
        unit
      }
    }
    me {
      activeOrganization {
        id
        homeState
      }
    }
  }
`);

/** Administration: the rules the organization's deadlines are counted by, and its changes. */
export function DeadlineRulesPage() {
  const { t } = useTranslation();
  const { isAdmin, timeZone } = useActiveRole();
  const { data, loading, error } = useQuery(RULES_PAGE, { skip: !isAdmin });
  const [chosen, setChosen] = useState<string | null>(null);
  if (!isAdmin) return <AdminsOnly says="policy.adminsOnly" />;

  const rules = data?.deadlineRules ?? [];
  const home = data?.me.activeOrganization?.homeState ?? 'US';
  const places = [...new Set(rules.map((r) => r.jurisdiction))].sort((a, b) =>
    a === 'US' ? -1 : b === 'US' ? 1 : a.localeCompare(b),
  );
  const place = chosen ?? (places.includes(home) ? home : 'US');
  const changed = rules.filter((r) => r.override || r.source === 'ORGANIZATION');
  const shown = rules.filter((r) => r.jurisdiction === place && !changed.includes(r));
  const placeName = (p: string) => (p === 'US' ? t('policy.rules.federal') : p);

  return (
    <Stack gap="xl">
      <div>
        <Title order={2}>{t('policy.rules.title')}</Title>
        <Text c="dimmed" maw={760}>
          {t('policy.rules.intro')}
        </Text>
      </div>
      {loading && !data ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : error || !data ? (
        <Alert color="red" role="alert">
          {t('common.loadFailed')}
        </Alert>
      ) : (
        <>
          <Stack component="section" aria-labelledby="rules-changed">
            <Title order={3} id="rules-changed">
              {t('policy.rules.changedTitle')}
            </Title>
            {changed.length ? (
              <RuleList rules={changed} timeZone={timeZone} />
            ) : (
              <Text c="dimmed">{t('policy.rules.noneChanged')}</Text>
            )}
          </Stack>
          <Stack component="section" aria-labelledby="rules-all">
            <Title order={3} id="rules-all">
              {t('policy.rules.builtInTitle')}
            </Title>
            <Select
              label={t('policy.rules.jurisdiction')}
              allowDeselect={false}
              searchable
              maw={320}
              data={places.map((p) => ({ value: p, label: placeName(p) }))}
              value={place}
              onChange={setChosen}
            />
            {shown.length ? (
              <RuleList rules={shown} timeZone={timeZone} />
            ) : (
              <Text c="dimmed">{t('policy.rules.noneHere')}</Text>
            )}
          </Stack>
          <Stack component="section" aria-labelledby="rules-add">
            <Title order={3} id="rules-add">
              {t('policy.rules.addTitle')}
            </Title>
            <Text c="dimmed" maw={760}>
              {t('policy.rules.addIntro')}
            </Text>
            <AddRuleForm home={home} />
          </Stack>
        </>
      )}
    </Stack>
  );
}
