import { Button, FileInput, Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from './import-api';

/** Step 1: what the file holds, and the file. */
export function ChooseFile({
  kind,
  onKind,
  file,
  onFile,
  busy,
  onContinue,
}: {
  kind: ImportKind;
  onKind: (kind: ImportKind) => void;
  file: File | null;
  onFile: (file: File | null) => void;
  busy: boolean;
  onContinue: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={560}>
      <Radio.Group
        label={t('import.kind.label')}
        value={kind}
        onChange={(value) => onKind(value as ImportKind)}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="families" label={t('import.kind.families')} />
          <Radio value="school-contacts" label={t('import.kind.schoolContacts')} />
        </Stack>
      </Radio.Group>
      <Text size="sm" c="dimmed">
        {t(kind === 'families' ? 'import.kind.familiesHelp' : 'import.kind.schoolContactsHelp')}
      </Text>
      <FileInput
        label={t('import.file.label')}
        description={t('import.file.help')}
        placeholder={t('import.file.placeholder')}
        accept=".csv,text/csv"
        value={file}
        onChange={onFile}
        clearable
      />
      <Group>
        <Button onClick={onContinue} disabled={!file} loading={busy}>
          {t('import.file.continue')}
        </Button>
      </Group>
    </Stack>
  );
}
