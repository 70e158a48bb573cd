import { Card, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParentCenterReportQuery } from '../../gql/graphql';
import { CountLink } from './CountLink';
import { useFunderLabels } from './labels';
import { ScrollTable } from './ScrollTable';

type Outreach = ParentCenterReportQuery['parentCenterReport']['outreach'];

/** The rows in the funder's order, each a kind and a format (the records' key). */
const ROWS = ['TRAINING:IN_PERSON', 'TRAINING:VIRTUAL', 'OUTREACH:IN_PERSON', 'OUTREACH:VIRTUAL'];
const COLUMNS = ['events', 'parents', 'professionals', 'students'] as const;

/**
 * Trainings and outreach events held in the range, in person and virtual, and the parents,
 * professionals and students they reached; each event count links to its events (`behind`,
 * when the member may read the records).
 */
export function OutreachTable(props: { outreach: Outreach; behind?: (key: string) => string }) {
  const { t, i18n } = useTranslation();
  const outreachLabel = useFunderLabels().outreach;
  const number = new Intl.NumberFormat(i18n.language);
  const title = t('funders.parentCenter.outreachTable');
  const rows = ROWS.map((key) => ({
    key,
    label: outreachLabel(key),
    figures: props.outreach.find((o) => `${o.kind}:${o.format}` === key),
  }));
  return (
    <Card withBorder padding="sm" component="section" aria-label={title} data-keep>
      <Title order={4} size="h5">
        {title}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('funders.parentCenter.outreachTableNote')}
      </Text>
      <ScrollTable label={title} minWidth={520}>
        <Table fz="sm" striped withColumnBorders data-testid="outreach-table">
          <caption>
            <VisuallyHidden>{title}</VisuallyHidden>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('funders.parentCenter.outreachEvent')}</Table.Th>
              {COLUMNS.map((column) => (
                <Table.Th scope="col" key={column} ta="right">
                  {t(`funders.parentCenter.outreachColumn.${column}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key} data-outreach={row.key}>
                <Table.Th scope="row">{row.label}</Table.Th>
                <Table.Td ta="right" data-column="events">
                  <CountLink
                    count={row.figures?.events ?? 0}
                    what={row.label}
                    to={props.behind?.(row.key)}
                  />
                </Table.Td>
                {COLUMNS.slice(1).map((column) => (
                  <Table.Td key={column} ta="right" data-column={column}>
                    {number.format(row.figures?.[column] ?? 0)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Card>
  );
}
