import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from './import-api';
import { ImportCounts } from './ImportCounts';

/**
 * Step 3: the dry run — nothing is written yet. Every problem by row (as the spreadsheet
 * numbers it) and column; the import is all or nothing unless only the good rows are asked for.
 */
export function DryRunResults({
  report,
  busy,
  onBack,
  onImport,
}: {
  report: ImportReport;
  busy: boolean;
  onBack: () => void;
  onImport: (goodRowsOnly: boolean) => void;
}) {
  const { t } = useTranslation();
  const [goodRowsOnly, setGoodRowsOnly] = useState(false);
  const badRows = new Set(report.problems.map((p) => p.row)).size;
  const blocked = report.mappingProblems.length > 0 || (badRows > 0 && !goodRowsOnly);
  return (
    <Stack gap="md">
      {/* No Alert title: a yellow alert's title colour is too light to read. */}
      <Alert color={badRows ? 'yellow' : 'green'} role="status">
        <Text fw={700}>{t('import.dryRun.title')}</Text>
        <Text>
          {badRows
            ? t('import.dryRun.problems', {
                rows: report.rows,
                bad: badRows,
                count: report.goodRows,
              })
            : t('import.dryRun.clean', { count: report.rows })}
        </Text>
      </Alert>
      <ImportCounts report={report} lead="import.dryRun.wouldMake" />
      {report.problems.length > 0 && (
        <Table striped withTableBorder aria-label={t('import.dryRun.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('import.dryRun.row')}</Table.Th>
              <Table.Th>{t('import.dryRun.column')}</Table.Th>
              <Table.Th>{t('import.dryRun.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.problems.map((p, index) => (
              <Table.Tr key={`${p.row}-${index}`}>
                <Table.Td>{p.row}</Table.Td>
                <Table.Td>{p.column ?? '—'}</Table.Td>
                <Table.Td>{p.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {badRows > 0 && (
        <Stack gap={4}>
          <Text size="sm">{t('import.dryRun.fixHint')}</Text>
          <Checkbox
            checked={goodRowsOnly}
            onChange={(event) => setGoodRowsOnly(event.currentTarget.checked)}
            label={t('import.dryRun.goodRowsOnly', { count: report.goodRows })}
          />
        </Stack>
      )}
      <Group>
        <Button variant="default" onClick={onBack}>
          {t('import.back')}
        </Button>
        <Button onClick={() => onImport(goodRowsOnly)} disabled={blocked} loading={busy}>
          {t('import.dryRun.import')}
        </Button>
      </Group>
    </Stack>
  );
}
