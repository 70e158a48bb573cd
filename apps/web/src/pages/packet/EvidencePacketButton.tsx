import { useState } from 'react';
import { Button, Checkbox, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiFileError } from '../../api-files';
import { FormDialog } from '../RowFormDialog';
import { downloadFile, packetAddress, type PacketChoices } from './packet-download';

/**
 * The case page's "Evidence packet": a dialog with the packet's options (a date range,
 * internal notes, the documents as appendices, PDF or CSV) that downloads the file.
 */
export function EvidencePacketButton({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm<PacketChoices>({
    initialValues: { format: 'pdf', from: '', to: '', internal: false, documents: false },
    validate: {
      to: (to, values) => (to && values.from && to < values.from ? t('packet.toBeforeFrom') : null),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    setDone(false);
    setBusy(true);
    try {
      await downloadFile(packetAddress(caseId, values), `evidence-packet.${values.format}`);
      setDone(true);
    } catch (failure) {
      if (failure instanceof ApiFileError && Object.keys(failure.fields).length) {
        form.setErrors(
          Object.fromEntries(
            Object.keys(failure.fields).map((field) => [field, t('packet.invalid')]),
          ),
        );
      } else setProblem(t('common.unexpected'));
    } finally {
      setBusy(false);
    }
  });

  return (
    <>
      <Button size="xs" variant="light" onClick={() => setOpened(true)}>
        {t('packet.open')}
      </Button>
      <FormDialog
        title={t('packet.title')}
        submitLabel={t('packet.download')}
        opened={opened}
        onClose={() => setOpened(false)}
        onSubmit={submit}
        submitting={busy}
        problem={problem}
      >
        <Text size="sm">{t('packet.intro')}</Text>
        <Group grow align="flex-start">
          <TextInput type="date" label={t('packet.from')} {...form.getInputProps('from')} />
          <TextInput type="date" label={t('packet.to')} {...form.getInputProps('to')} />
        </Group>
        <Text size="xs" c="dimmed">
          {t('packet.rangeHelp')}
        </Text>
        <Checkbox
          label={t('packet.internal')}
          description={t('packet.internalHelp')}
          {...form.getInputProps('internal', { type: 'checkbox' })}
        />
        <Radio.Group label={t('packet.format')} {...form.getInputProps('format')}>
          <Stack gap="xs" mt="xs">
            <Radio value="pdf" label={t('packet.pdf')} />
            <Radio value="csv" label={t('packet.csv')} />
          </Stack>
        </Radio.Group>
        <Checkbox
          label={t('packet.documents')}
          description={t('packet.documentsHelp')}
          disabled={form.values.format !== 'pdf'}
          {...form.getInputProps('documents', { type: 'checkbox' })}
        />
        {done && (
          <Text size="sm" role="status">
            {t('packet.done')}
          </Text>
        )}
      </FormDialog>
    </>
  );
}
