import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatWhen } from './admin';
import { ruleState, type Rule } from './rule-parts';
import { RuleActions } from './RuleActions';

const STATE_COLORS = {
  BUILT_IN: 'gray.8',
  CORRECTED: 'blue.9',
  DISABLED: 'red.9',
  OWN: 'violet.9',
  SOFT: 'teal.9',
} as const;

/** A phrase ("the initial evaluation report…") as a line's first words. */
const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "45 school days after", or "no fixed period" and the soft deadline that stands in. */
function Period({ rule }: { rule: Rule }) {
  const { t } = useTranslation();
  if (rule.period !== null && rule.period !== undefined && rule.unit)
    return (
      <Text size="sm">
        {t('policy.rules.period', {
          count: rule.period,
          unit: t(`policy.units.${rule.unit}`, { count: rule.period }),
          direction: t(`policy.rules.direction.${rule.direction}`),
        })}
      </Text>
    );
  return (
    <Text size="sm">
      {t('policy.rules.noPeriod')}
      {rule.softDefault
        ? ` · ${t('policy.rules.soft', {
            period: rule.softDefault.period,
            unit: t(`policy.units.${rule.softDefault.unit}`, { count: rule.softDefault.period }),
          })}`
        : ''}
    </Text>
  );
}

function RuleCard({ rule, timeZone }: { rule: Rule; timeZone?: string }) {
  const { t, i18n } = useTranslation();
  const state = ruleState(rule);
  return (
    <Paper component="li" withBorder p="sm" data-testid="rule" aria-label={rule.id}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          {/* At least 220 px for the words: on a phone the badges go below them. */}
          <div style={{ minWidth: 0, flex: '1 1 220px' }}>
            <Text fw={600} size="sm">
              {sentenceCase(rule.plainDuty ?? rule.duty)}
            </Text>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {rule.id} ·{' '}
              {rule.jurisdiction === 'US' ? t('policy.rules.federal') : rule.jurisdiction}
            </Text>
          </div>
          <Group gap={4}>
            <Badge color={STATE_COLORS[state]} data-testid="rule-state">
              {t(`policy.rules.state.${state}`)}
            </Badge>
            {!rule.verified && (
              <Badge variant="outline" color="gray.8">
                {t('policy.rules.unverified')}
              </Badge>
            )}
          </Group>
        </Group>
        <Period rule={rule} />
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('policy.rules.citation', { citation: rule.citation || '—' })}
        </Text>
        <Text size="xs" c="dimmed">
          {rule.requestTypes.map((r) => t(`requestType.${r}`)).join(', ')}
        </Text>
        {rule.override && (
          <Text size="sm" data-testid="rule-reason">
            {t('policy.rules.reason', {
              reason: rule.override.reason || '—',
              date: formatWhen(rule.override.changedAt, i18n.language, timeZone),
            })}
          </Text>
        )}
        <RuleActions rule={rule} />
      </Stack>
    </Paper>
  );
}

export function RuleList({ rules, timeZone }: { rules: Rule[]; timeZone?: string }) {
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} maw={860}>
      {rules.map((r) => (
        <RuleCard key={r.id} rule={r} timeZone={timeZone} />
      ))}
    </Stack>
  );
}
