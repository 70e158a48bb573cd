import { Alert, Anchor, Button, Group, List, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportReport } from './import-api';
import { ImportCounts } from './ImportCounts';

/** Step 4: what the import made, with the way to it. */
export function ImportSummary({
  report,
  onAnother,
}: {
  report: ImportReport;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {/* No Alert title: a light alert's title colour is too pale to read. */}
      <Alert color="green" role="status">
        <Text fw={700}>{t('import.done.title')}</Text>
        <Text>{t('import.done.rows', { count: report.goodRows })}</Text>
      </Alert>
      <ImportCounts report={report} lead="import.done.made" />
      <Group>
        <Button
          component={Link}
          to={report.kind === 'families' ? '/caseload' : '/settings/schools'}
        >
          {t(report.kind === 'families' ? 'import.done.toCaseload' : 'import.done.toSchools')}
        </Button>
        <Button variant="default" onClick={onAnother}>
          {t('import.done.another')}
        </Button>
      </Group>
      {report.cases.length > 0 && (
        <div>
          <Text fw={600}>{t('import.done.cases')}</Text>
          <ScrollArea.Autosize mah={320} type="auto">
            <List size="sm">
              {report.cases.map((c) => (
                <List.Item key={c.id}>
                  <Anchor component={Link} to={`/cases/${c.id}`}>
                    {c.title}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
        </div>
      )}
    </Stack>
  );
}
