import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../dates';
import type { CaseClosingReason, CaseOutcome } from '../../gql/graphql';

/** How an ended case ended: when, its outcome, and how much was done (if recorded). */
export function CaseEnding(props: {
  closedOn?: string | null;
  outcome?: CaseOutcome | null;
  outcomeNotes: string;
  closingReason?: CaseClosingReason | null;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Text size="sm">
      {[
        props.closedOn && t('closing.endedOn', { date: formatDay(props.closedOn, i18n.language) }),
        props.outcome &&
          t('closing.outcomeWas', { outcome: t(`closing.caseOutcome.${props.outcome}`) }),
        t('closing.reasonWas', {
          reason: props.closingReason
            ? t(`closing.reason.${props.closingReason}`)
            : t('closing.notRecorded'),
        }),
      ]
        .filter(Boolean)
        .join(' · ')}
      {props.outcomeNotes ? ` — ${props.outcomeNotes}` : ''}
    </Text>
  );
}
