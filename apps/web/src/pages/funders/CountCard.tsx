import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FiguresTable } from '../../charts/ChartCard';
import { CountLink } from './CountLink';

export interface CountRow {
  key: string;
  label: string;
  count: number;
  /** The records behind the count, when listed. */
  to?: string;
}

/** One breakdown of a funder report: its title, and a table of labels and counts. */
export function CountCard(props: { title: string; note?: string; head: string; rows: CountRow[] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" component="section" aria-label={props.title} data-keep>
      <Title order={4} size="h5">
        {props.title}
      </Title>
      {props.note && (
        <Text size="xs" c="dimmed">
          {props.note}
        </Text>
      )}
      {props.rows.length === 0 ? (
        <Text size="sm" c="dimmed" mt="xs">
          {t('funders.parentCenter.none')}
        </Text>
      ) : (
        <FiguresTable
          caption={props.title}
          head={[props.head, t('funders.count')]}
          rows={props.rows.map((row) => [
            row.label,
            <CountLink key={row.key} count={row.count} what={row.label} to={row.to} />,
          ])}
        />
      )}
    </Card>
  );
}
