import { Alert, Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from './import-api';

/**
 * Step 2: which column holds each field, started from the mapping saved for the organization
 * or from the headers' guess; kept for the next file once the import is made.
 */
export function MapColumns({
  report,
  mapping,
  onChange,
  busy,
  onBack,
  onCheck,
}: {
  report: ImportReport;
  mapping: Record<string, string>;
  onChange: (mapping: Record<string, string>) => void;
  busy: boolean;
  onBack: () => void;
  onCheck: () => void;
}) {
  const { t } = useTranslation();
  const problemOf = (field: string) =>
    report.mappingProblems.find((p) => p.field === `mapping.${field}`)?.message;
  const choose = (field: string, header: string | null) => {
    const next = { ...mapping };
    if (header) next[field] = header;
    else delete next[field];
    onChange(next);
  };
  return (
    <Stack gap="md">
      <Text>
        {t(`import.mapping.from.${report.mappingFrom}`)}{' '}
        {t('import.mapping.rows', { count: report.rows })}
      </Text>
      {report.mappingProblems.length > 0 && (
        <Alert color="yellow" role="status">
          {t('import.mapping.incomplete')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {report.fields.map((field) => (
          <Select
            key={field}
            label={t(`import.fields.${field}`)}
            placeholder={t('import.mapping.none')}
            data={report.headers}
            value={mapping[field] ?? null}
            onChange={(header) => choose(field, header)}
            error={problemOf(field)}
            clearable
            searchable
          />
        ))}
      </SimpleGrid>
      <Group>
        <Button variant="default" onClick={onBack}>
          {t('import.back')}
        </Button>
        <Button onClick={onCheck} loading={busy}>
          {t('import.mapping.check')}
        </Button>
      </Group>
    </Stack>
  );
}
