import { Card, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseServiceReportQuery, FunderFigure } from '../../gql/graphql';
import { Figure } from '../outcomes/Figure';
import { CountLink } from './CountLink';
import type { FunderLabels } from './labels';
import { ScrollTable } from './ScrollTable';

type Report = CaseServiceReportQuery['caseServiceReport'];

/** No outcome recorded on a closed case: its column. */
const NO_OUTCOME = '';

/**
 * Legal aid's case service report: cases closed, open at the end, the median days open, and
 * the closed cases by closing reason (rows) and outcome (columns).
 */
export function CaseServiceSection(props: {
  report: Report;
  labels: FunderLabels;
  behind?: (figure: FunderFigure, key?: string | null) => string;
}) {
  const { t, i18n } = useTranslation();
  const { report: r, labels, behind } = props;
  const number = new Intl.NumberFormat(i18n.language);
  const days = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const outcomes = [...new Set(r.closings.map((c) => c.outcome ?? NO_OUTCOME))].sort();
  const cell = (reason: string, outcome: string) =>
    r.closings.find((c) => c.closingReason === reason && (c.outcome ?? NO_OUTCOME) === outcome)
      ?.cases ?? 0;
  const title = t('funders.caseService.closings');

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" data-keep>
        <Figure
          label={t('funders.caseService.casesClosed')}
          value={number.format(r.casesClosed)}
          detail={t('funders.caseService.casesClosedDetail')}
          to={r.casesClosed ? behind?.('CASES_CLOSED') : undefined}
          linkLabel={t('funders.seeRecords')}
        />
        <Figure
          label={t('funders.caseService.openAtEnd')}
          value={number.format(r.openAtEnd)}
          detail={t('funders.caseService.openAtEndDetail')}
        />
        <Figure
          label={t('funders.caseService.medianDaysOpen')}
          value={
            r.medianDaysOpen === null || r.medianDaysOpen === undefined
              ? '—'
              : t('funders.caseService.days', {
                  count: r.medianDaysOpen,
                  value: days.format(r.medianDaysOpen),
                })
          }
          detail={t('funders.caseService.medianDaysOpenDetail')}
        />
      </SimpleGrid>
      <Card withBorder padding="sm" component="section" aria-label={title} data-keep>
        <Title order={4} size="h5" mb="xs">
          {title}
        </Title>
        {r.byClosingReason.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('funders.caseService.none')}
          </Text>
        ) : (
          <ScrollTable label={title} minWidth={160 + 110 * (outcomes.length + 1)}>
            <Table fz="sm" striped withColumnBorders data-testid="closings-table">
              <caption>
                <VisuallyHidden>{title}</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('funders.caseService.reason')}</Table.Th>
                  {outcomes.map((o) => (
                    <Table.Th scope="col" key={o} ta="right">
                      {labels.outcome(o || null)}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col" ta="right">
                    {t('funders.total')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.byClosingReason.map((reason) => (
                  <Table.Tr key={reason.key} data-reason={reason.key}>
                    <Table.Th scope="row">{labels.closingReason(reason.key)}</Table.Th>
                    {outcomes.map((o) => (
                      <Table.Td key={o} ta="right">
                        {number.format(cell(reason.key, o))}
                      </Table.Td>
                    ))}
                    <Table.Td ta="right" fw={700} data-total>
                      <CountLink
                        count={reason.count}
                        what={labels.closingReason(reason.key)}
                        to={behind?.('CASES_CLOSED', reason.key)}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Card>
    </Stack>
  );
}
