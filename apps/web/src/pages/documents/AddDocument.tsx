import { useState } from 'react';
import { Select, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiFileError } from '../../api-files';
import { formatSize } from '../../file-size';
import { FormDialog } from '../RowFormDialog';
import { DOCUMENT_KINDS } from './documents-api';
import { titleFromFileName, uploadDocument } from './upload-document';

interface Values {
  kind: string;
  title: string;
  documentDate: string;
  sharedWithFamily: boolean;
}

const FIELDS = ['kind', 'title', 'documentDate', 'file'] as const;

/**
 * What a dropped or chosen file is, said before it is kept: its kind, a title (its name to
 * start with), the date on it, and whether the family sees it. The api's refusal of a field
 * (the file's type, its size) is said beside it.
 */
export function AddDocument({
  caseId,
  file,
  onClose,
  onAdded,
}: {
  caseId: string;
  file: File | null;
  onClose: () => void;
  onAdded: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { kind: '', title: '', documentDate: '', sharedWithFamily: false },
    validate: {
      kind: (value) => (value ? null : t('documents.kindRequired')),
      title: (value) => (value.trim() ? null : t('documents.titleRequired')),
    },
  });
  const [shownFor, setShownFor] = useState<File | null>(null);
  if (file && file !== shownFor) {
    // A new file: the form starts again, its title from the file's name.
    setShownFor(file);
    form.setValues({
      kind: '',
      title: titleFromFileName(file.name),
      documentDate: '',
      sharedWithFamily: false,
    });
    form.clearErrors();
    setProblem(null);
    setFileProblem(null);
  }

  const submit = form.onSubmit(async (values) => {
    if (!file) return;
    setSending(true);
    setProblem(null);
    setFileProblem(null);
    try {
      await uploadDocument({ caseId, file, ...values });
      onAdded();
      onClose();
    } catch (error) {
      if (error instanceof ApiFileError && error.status === 413)
        setFileProblem(t('documents.tooLarge'));
      else if (error instanceof ApiFileError && Object.keys(error.fields).length) {
        for (const field of FIELDS)
          if (error.fields[field]) {
            if (field === 'file') setFileProblem(t('documents.fileRefused'));
            else form.setFieldError(field, t(`documents.invalid.${field}`));
          }
      } else setProblem(t('common.unexpected'));
    } finally {
      setSending(false);
    }
  });

  return (
    <FormDialog
      title={t('documents.addTitle')}
      submitLabel={t('documents.save')}
      opened={file !== null}
      onClose={onClose}
      onSubmit={submit}
      submitting={sending}
      problem={problem}
    >
      {file && (
        <Text size="sm">
          {t('documents.file', { name: file.name, size: formatSize(file.size, i18n.language) })}
        </Text>
      )}
      {fileProblem && (
        <Text size="sm" c="red.9" role="alert">
          {fileProblem}
        </Text>
      )}
      <Select
        label={t('documents.kind')}
        required
        data={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`documents.kinds.${kind}`) }))}
        {...form.getInputProps('kind')}
      />
      <TextInput label={t('documents.titleLabel')} required {...form.getInputProps('title')} />
      <TextInput
        type="date"
        label={t('documents.date')}
        description={t('documents.dateHelp')}
        {...form.getInputProps('documentDate')}
      />
      <Switch
        label={t('documents.shareLabel')}
        description={t('documents.shareHelp')}
        {...form.getInputProps('sharedWithFamily', { type: 'checkbox' })}
      />
    </FormDialog>
  );
}
