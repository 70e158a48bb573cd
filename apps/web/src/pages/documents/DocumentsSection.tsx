import '@mantine/dropzone/styles.css';
import { useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Loader, Paper, Stack, Switch, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useTranslation } from 'react-i18next';
import { ApiFileError, fetchWithSession, saveResponse } from '../../api-files';
import { formatDay } from '../../dates';
import { formatSize } from '../../file-size';
import type { CaseDocumentsQuery } from '../../gql/graphql';
import { Section } from '../Section';
import { AddDocument } from './AddDocument';
import { ARCHIVE_DOCUMENT, CASE_DOCUMENTS, SHARE_DOCUMENT } from './documents-api';

type CaseDocument = CaseDocumentsQuery['caseDocuments']['edges'][number]['node'];

/**
 * A case's documents (IEPs, evaluations, the school's letters…): dropped here or chosen, said
 * what they are, shared with the family or not, downloaded, archived. Only admins and
 * advocates see the section (the case page asks for it only for them).
 */
export function DocumentsSection({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CASE_DOCUMENTS, { variables: { caseId } });
  const [share] = useMutation(SHARE_DOCUMENT);
  const [archive] = useMutation(ARCHIVE_DOCUMENT);
  const [adding, setAdding] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const openRef = useRef<() => void>(null);
  const documents = data?.caseDocuments.edges.map((e) => e.node) ?? [];

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

  return (
    <Section title={t('documents.section')}>
      <Stack gap="sm">
        <Dropzone
          onDrop={(files) => setAdding(files[0] ?? null)}
          onReject={() => setProblem(t('documents.oneFile'))}
          multiple={false}
          openRef={openRef}
          activateOnClick={false}
          inputProps={{ 'aria-label': t('documents.choose') }}
          p="md"
        >
          <Stack align="center" gap={4}>
            <Text size="sm" ta="center">
              {t('documents.drop')}
            </Text>
            <Button size="xs" variant="light" onClick={() => openRef.current?.()}>
              {t('documents.choose')}
            </Button>
          </Stack>
        </Dropzone>
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
              <Paper key={d.id} component="li" withBorder p="xs" data-testid="document">
                <Stack gap={4}>
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      onClick={() => void download(d)}
                      styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                      h="auto"
                      aria-label={t('documents.download', { title: d.title })}
                    >
                      {d.title}
                    </Button>
                    <Badge
                      variant="outline"
                      color="indigo.9"
                      styles={{ label: { overflow: 'visible' } }}
                    >
                      {t(`documents.kinds.${d.kind}`)}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {[
                      d.fileName,
                      formatSize(d.sizeBytes, i18n.language),
                      d.documentDate
                        ? t('documents.dated', { date: formatDay(d.documentDate, i18n.language) })
                        : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                  <Group justify="space-between" gap="xs">
                    <Switch
                      size="sm"
                      label={t('documents.shared')}
                      checked={d.sharedWithFamily}
                      onChange={(event) => {
                        const shared = event.currentTarget.checked;
                        void act(() => share({ variables: { id: d.id, shared } }));
                      }}
                    />
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() =>
                        void act(async () => {
                          await archive({ variables: { id: d.id } });
                          await refetch();
                        })
                      }
                      aria-label={t('documents.archive', { title: d.title })}
                    >
                      {t('documents.archiveShort')}
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('documents.none')}
          </Text>
        )}
      </Stack>
      <AddDocument
        caseId={caseId}
        file={adding}
        onClose={() => setAdding(null)}
        onAdded={() => void refetch()}
      />
    </Section>
  );
}
