import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  FileInput,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PortalCase } from '../operations';
import { currentSession } from '../session';

type SharedDocument = PortalCase['documents'][number];

/** What a family may send from the portal (the api refuses any other kind). */
const FAMILY_KINDS = ['PHOTO', 'SCHOOL_LETTER', 'MEDICAL_NOTE', 'EVALUATION', 'OTHER'] as const;

/** "IMG_2041.jpg" → "IMG_2041": a title to start from. */
const titleOf = (name: string) =>
  name
    .replace(/\.[^.]{1,10}$/, '')
    .trim()
    .slice(0, 200);

/**
 * The family sends their advocate a document (a photo of a letter from the school, a
 * doctor's note…), phone first: the file (the camera on a phone), what it is, a title. It is
 * kept on the case, shared with the family, and the advocate sees it came from them. The
 * api reads the file (its type, its size) as for the advocate's uploads and says what is
 * wrong with it.
 */
export function AddFamilyDocument({
  caseId,
  onAdded,
}: {
  caseId: string;
  onAdded: (document: SharedDocument) => void;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<string>('PHOTO');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setErrors({});
    setSent(null);
    if (chosen && !title.trim()) setTitle(titleOf(chosen.name));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!file) missing['file'] = t('case.addDocument.fileRequired');
    if (!title.trim()) missing['title'] = t('case.addDocument.titleRequired');
    setErrors(missing);
    setProblem(null);
    setSent(null);
    if (!file || Object.keys(missing).length) return;
    setSending(true);
    try {
      const form = new FormData();
      form.append('caseId', caseId);
      form.append('kind', kind);
      form.append('title', title.trim());
      form.append('file', file, file.name);
      const response = await fetch('/portal/documents', {
        method: 'POST',
        headers: { authorization: `Bearer ${currentSession()?.token ?? ''}` },
        body: form,
      });
      if (response.status === 413) {
        setErrors({ file: t('case.addDocument.tooLarge') });
        return;
      }
      const body = (await response.json().catch(() => null)) as
        (SharedDocument & { fields?: Array<{ field: string }> }) | null;
      if (!response.ok) {
        const fields = body?.fields?.map((f) => f.field) ?? [];
        if (fields.includes('file')) setErrors({ file: t('case.addDocument.fileRefused') });
        else if (fields.includes('title'))
          setErrors({ title: t('case.addDocument.titleRequired') });
        else setProblem(t('case.addDocument.failed'));
        return;
      }
      onAdded(body as SharedDocument);
      setSent(t('case.addDocument.sent', { title: title.trim() }));
      setFile(null);
      setTitle('');
    } catch {
      setProblem(t('case.addDocument.failed'));
    } finally {
      setSending(false);
    }
  };

  return (
    <Stack component="section" gap="xs" aria-labelledby="add-document-heading">
      <Title order={3} size="h4" id="add-document-heading">
        {t('case.addDocument.heading')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('case.addDocument.intro')}
      </Text>
      {sent && (
        <Alert color="green" role="status">
          {sent}
        </Alert>
      )}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <FileInput
            label={t('case.addDocument.file')}
            placeholder={t('case.addDocument.filePlaceholder')}
            accept="image/*,application/pdf,.doc,.docx,.odt,.rtf,.txt"
            value={file}
            onChange={choose}
            error={errors['file']}
          />
          <NativeSelect
            label={t('case.addDocument.kind')}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value)}
            data={FAMILY_KINDS.map((value) => ({
              value,
              label: t(`case.documentKinds.${value}`),
            }))}
          />
          <TextInput
            label={t('case.addDocument.title')}
            value={title}
            maxLength={200}
            error={errors['title']}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
          <Button type="submit" loading={sending} fullWidth>
            {t('case.addDocument.send')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
