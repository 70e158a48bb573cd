import { Anchor, Card, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * One headline figure of a report, with what it rests on, when asked the same days a year
 * before, and a link to the records behind it.
 */
export function Figure(props: {
  label: string;
  value: string;
  detail?: string;
  before?: string | null;
  /** The list of the records behind the figure. */
  to?: string;
  /** The link's words (the outcome report's "See these requests" by default). */
  linkLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" role="group" aria-label={props.label}>
      <Text size="sm" fw={600}>
        {props.label}
      </Text>
      <Text size="xl" fw={700} data-figure>
        {props.value}
      </Text>
      {props.detail && (
        <Text size="xs" c="dimmed">
          {props.detail}
        </Text>
      )}
      {props.before && (
        <Text size="xs" mt={4}>
          {props.before}
        </Text>
      )}
      {props.to && (
        <Anchor component={Link} to={props.to} size="xs" mt={4} display="block" data-no-print>
          {props.linkLabel ?? t('outcomes.behind.link')}
        </Anchor>
      )}
    </Card>
  );
}
