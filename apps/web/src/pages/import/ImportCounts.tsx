import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from './import-api';

/** What an import would make (after a dry run) or made, counted by record. */
export function ImportCounts({ report, lead }: { report: ImportReport; lead: string }) {
  const { t } = useTranslation();
  const counts =
    report.kind === 'families'
      ? (['families', 'joinedFamilies', 'guardians', 'students', 'cases'] as const)
      : (['schoolContacts'] as const);
  return (
    <div>
      <Text fw={600}>{t(lead)}</Text>
      <List size="sm">
        {/* Families already on record only when the file added to some. */}
        {counts
          .filter((name) => name !== 'joinedFamilies' || report.counts[name] > 0)
          .map((name) => (
            <List.Item key={name}>
              {t(`import.counts.${name}`, { count: report.counts[name] })}
            </List.Item>
          ))}
      </List>
    </div>
  );
}
