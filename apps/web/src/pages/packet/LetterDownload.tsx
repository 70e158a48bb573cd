import { useState } from 'react';
import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { downloadFile } from './packet-download';

/** A written request's letter as a PDF on the organization's letterhead (as sent, or the draft). */
export function LetterDownload({ requestId, subject }: { requestId: string; subject: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <>
      <Button
        size="xs"
        variant="subtle"
        mt={4}
        loading={busy}
        aria-label={t('packet.letterFor', { subject })}
        onClick={async () => {
          setBusy(true);
          setFailed(false);
          try {
            await downloadFile(
              `/exports/requests/${encodeURIComponent(requestId)}/letter`,
              'letter.pdf',
            );
          } catch {
            setFailed(true);
          } finally {
            setBusy(false);
          }
        }}
      >
        {t('packet.letter')}
      </Button>
      {failed && (
        <Text size="xs" c="red.9" role="alert">
          {t('common.unexpected')}
        </Text>
      )}
    </>
  );
}
