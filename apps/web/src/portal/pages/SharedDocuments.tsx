import { useState } from 'react';
import { Alert, Button, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatSize } from '../../file-size';
import { longDay } from '../dates';
import type { PortalCase } from '../operations';
import { currentSession } from '../session';
import { AddFamilyDocument } from './AddFamilyDocument';

type SharedDocument = PortalCase['documents'][number];

/**
 * The documents shared with the family, newest first — the advocate's, and those the family
 * sent — what each is, and a button that downloads it with the portal session (the api sends
 * it as a download, never as a page); then the form to send one.
 */
export function SharedDocuments({
  record,
  onAdded,
}: {
  record: PortalCase;
  onAdded: (document: SharedDocument) => void;
}) {
  const { t, i18n } = useTranslation();
  const [failed, setFailed] = useState(false);
  const upload = <AddFamilyDocument caseId={record.id} onAdded={onAdded} />;
  if (record.documents.length === 0)
    return (
      <>
        <Text>{t('case.noDocuments')}</Text>
        {upload}
      </>
    );

  const download = async (document: SharedDocument) => {
    setFailed(false);
    try {
      const response = await fetch(document.downloadPath, {
        headers: { authorization: `Bearer ${currentSession()?.token ?? ''}` },
      });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = window.document.createElement('a');
      link.href = url;
      link.download = document.fileName;
      window.document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setFailed(true);
    }
  };

  return (
    <>
      <Text size="sm" c="dimmed">
        {t('case.documentsIntro')}
      </Text>
      {failed && (
        <Alert color="red" role="alert">
          {t('case.documentFailed')}
        </Alert>
      )}
      {record.documents.map((d) => (
        <Paper withBorder p="sm" key={d.id} component="article" data-testid="shared-document">
          <Stack gap={4} align="flex-start">
            <Text fw={600}>{d.title}</Text>
            <Text size="sm" c="dimmed">
              {[
                t('case.documentDetails', {
                  kind: t(`case.documentKinds.${d.kind}`),
                  size: formatSize(d.sizeBytes, i18n.language),
                }),
                d.documentDate
                  ? t('case.documentDated', { date: longDay(d.documentDate, i18n.language) })
                  : null,
                d.addedByFamily ? t('case.documentYours') : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            <Button
              size="sm"
              variant="light"
              onClick={() => void download(d)}
              aria-label={t('case.downloadDocument', { title: d.title })}
            >
              {t('case.downloadDocument', { title: d.fileName })}
            </Button>
          </Stack>
        </Paper>
      ))}
      {upload}
    </>
  );
}
