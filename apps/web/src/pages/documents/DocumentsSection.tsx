import '@mantine/dropzone/styles.css';
import { useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useTranslation } from 'react-i18next';
import { ApiFileError, fetchWithSession, saveResponse } from '../../api-files';
import { Section } from '../Section';
import { DocumentDialog, type DocumentDialogSubject } from './DocumentDialog';
import { DocumentItem } from './DocumentItem';
import { isAt, type CaseDocument, type DocumentPlace } from './document-place';
import { ARCHIVE_DOCUMENT, CASE_DOCUMENTS, SHARE_DOCUMENT } from './documents-api';

/**
 * A case's documents (IEPs, evaluations, the school's letters…), or those of one place of it
 * (a request, a response, a meeting, an attendance week): dropped here or chosen, said what
 * they are, shared with the family or not, changed, downloaded, archived. Every place reads
 * the case's one list (one query, kept by Apollo's cache), so a document added at a place
 * shows on the case too. Only admins and advocates see it (the pages ask for it only for
 * them). `compact`: a button and the list, no section, for a table's cell.
 */
export function DocumentsSection({
  caseId,
  place,
  title,
  compact = false,
}: {
  caseId: string;
  place?: DocumentPlace;
  title?: string;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CASE_DOCUMENTS, { variables: { caseId } });
  const [share] = useMutation(SHARE_DOCUMENT);
  const [archive] = useMutation(ARCHIVE_DOCUMENT);
  const [subject, setSubject] = useState<DocumentDialogSubject>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const openRef = useRef<() => void>(null);
  const all = data?.caseDocuments.edges.map((e) => e.node) ?? [];
  const documents = place ? all.filter((d) => isAt(d, place)) : all;

  const download = async (document: CaseDocument) => {
    setProblem(null);
    try {
      await saveResponse(await fetchWithSession(document.downloadPath), document.fileName);
    } catch (failure) {
      setProblem(
        failure instanceof ApiFileError && failure.status === 404
          ? t('documents.gone')
          : t('common.unexpected'),
      );
    }
  };

  const act = async (run: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await run();
    } catch {
      setProblem(t('common.unexpected'));
    }
  };

  const dropzone = (
    <Dropzone
      onDrop={(files) => setSubject(files[0] ? { file: files[0] } : null)}
      onReject={() => setProblem(t('documents.oneFile'))}
      multiple={false}
      openRef={openRef}
      activateOnClick={false}
      inputProps={{
        'aria-label': title ? `${t('documents.choose')}: ${title}` : t('documents.choose'),
      }}
      p={compact ? 0 : 'md'}
      style={compact ? { border: 'none', background: 'none' } : undefined}
    >
      <Stack align={compact ? 'flex-start' : 'center'} gap={4}>
        {!compact && (
          <Text size="sm" ta="center">
            {t('documents.drop')}
          </Text>
        )}
        <Button size="xs" variant="light" onClick={() => openRef.current?.()}>
          {compact ? t('documents.attach') : t('documents.choose')}
        </Button>
      </Stack>
    </Dropzone>
  );

  const body = (
    <Stack gap="sm">
      {dropzone}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {loading && !data ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : error ? (
        <Alert color="red" role="alert">
          {t('common.unexpected')}
        </Alert>
      ) : documents.length ? (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {documents.map((d) => (
            <DocumentItem
              key={d.id}
              document={d}
              showPlace={!place}
              onDownload={() => void download(d)}
              onShare={(shared) => void act(() => share({ variables: { id: d.id, shared } }))}
              onEdit={() => setSubject({ editing: d })}
              onArchive={() =>
                void act(async () => {
                  await archive({ variables: { id: d.id } });
                  await refetch();
                })
              }
            />
          ))}
        </Stack>
      ) : compact ? null : (
        <Text size="sm" c="dimmed">
          {place ? t('documents.noneHere') : t('documents.none')}
        </Text>
      )}
      <DocumentDialog
        caseId={caseId}
        place={place}
        subject={subject}
        onClose={() => setSubject(null)}
        onDone={() => void refetch()}
      />
    </Stack>
  );

  return compact ? body : <Section title={title ?? t('documents.section')}>{body}</Section>;
}
