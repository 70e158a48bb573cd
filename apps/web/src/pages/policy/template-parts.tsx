import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsByPath } from '../../errors';

export interface MergeFieldInfo {
  name: string;
  description: string;
}

/**
 * The fields a template can use, each named in words (the console's own words for a letter's
 * fields; the api's description for the others).
 */
export function MergeFieldList({ fields }: { fields: MergeFieldInfo[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} id="merge-fields-title">
        {t('policy.templates.fields')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('policy.templates.fieldsHelp', { example: '{{student.name}}' })}
      </Text>
      <List size="sm" spacing={2} aria-labelledby="merge-fields-title">
        {fields.map((f) => (
          <List.Item key={f.name}>
            <Text span size="sm" ff="monospace">{`{{${f.name}}}`}</Text>{' '}
            <Text span size="sm">
              —{' '}
              {t(`mergeField.${f.name}`, {
                defaultValue: t(`policy.fieldWords.${f.name}`, { defaultValue: f.description }),
              })}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/**
 * The api's refusal of a template's subject or body, in the interface's language: the
 * unknown fields it names, or a section written wrongly. Keyed by the last part of the path.
 */
export function templateErrors(
  error: unknown,
  t: (key: string, options?: Record<string, unknown>) => string,
): Partial<Record<'subject' | 'body', string>> {
  const result: Partial<Record<'subject' | 'body', string>> = {};
  for (const [path, message] of Object.entries(fieldErrorsByPath(error))) {
    const field = path.split('.').pop();
    if (field !== 'subject' && field !== 'body') continue;
    const unknown = message.includes('unknown') ? message.match(/\{\{[^}]*\}\}/g) : null;
    result[field] = unknown
      ? t('policy.templates.unknownFields', { fields: unknown.join(', ') })
      : message.includes('empty')
        ? t('policy.templates.empty')
        : t('policy.templates.badSyntax', { open: '{{#field}}', close: '{{/field}}' });
  }
  return result;
}

/** "Reset to the built-in text", after a confirmation that says what is lost. */
export function ResetToBuiltIn(props: {
  disabled: boolean;
  what: string;
  onReset: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Button variant="default" disabled={props.disabled} onClick={() => setOpened(true)}>
        {t('policy.templates.reset')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('policy.templates.resetTitle', { what: props.what })}
      >
        <Stack>
          <Text>{t('policy.templates.resetBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('policy.cancel')}
            </Button>
            <Button
              color="red.9"
              loading={busy}
              onClick={async () => {
                setBusy(true);
                try {
                  await props.onReset();
                } finally {
                  setBusy(false);
                  setOpened(false);
                }
              }}
            >
              {t('policy.templates.resetConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
