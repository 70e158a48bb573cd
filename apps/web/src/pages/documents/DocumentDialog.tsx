import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Select, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiFileError } from '../../api-files';
import { errorCode } from '../../errors';
import { formatSize } from '../../file-size';
import type { DocumentKind } from '../../gql/graphql';
import { FormDialog } from '../RowFormDialog';
import type { CaseDocument, DocumentPlace } from './document-place';
import { DOCUMENT_KINDS, UPDATE_DOCUMENT } from './documents-api';
import { titleFromFileName, uploadDocument } from './upload-document';

interface Values {
  kind: string;
  title: string;
  documentDate: string;
  sharedWithFamily: boolean;
}

const FIELDS = ['kind', 'title', 'documentDate', 'file'] as const;

/** What the dialog is for: a dropped or chosen file to add, or a document to change. */
export type DocumentDialogSubject = { file: File } | { editing: CaseDocument } | null;

const valuesOf = (subject: NonNullable<DocumentDialogSubject>): Values =>
  'file' in subject
    ? {
        kind: '',
        title: titleFromFileName(subject.file.name),
        documentDate: '',
        sharedWithFamily: false,
      }
    : {
        kind: subject.editing.kind,
        title: subject.editing.title,
        documentDate: subject.editing.documentDate ?? '',
        sharedWithFamily: subject.editing.sharedWithFamily,
      };

/**
 * What a document is, said before a file is kept (its kind, a title — its name to start
 * with —, the date on it, whether the family sees it) or changed afterwards. The api's
 * refusal of a field (the file's type, its size, a title) is said beside it.
 */
export function DocumentDialog({
  caseId,
  place,
  subject,
  onClose,
  onDone,
}: {
  caseId: string;
  place?: DocumentPlace;
  subject: DocumentDialogSubject;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [update] = useMutation(UPDATE_DOCUMENT);
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
  const [shownFor, setShownFor] = useState<DocumentDialogSubject>(null);
  if (subject && subject !== shownFor) {
    // Another file or document: the form starts again from it.
    setShownFor(subject);
    form.setValues(valuesOf(subject));
    form.clearErrors();
    setProblem(null);
    setFileProblem(null);
  }

  const submit = form.onSubmit(async (values) => {
    if (!subject) return;
    setSending(true);
    setProblem(null);
    setFileProblem(null);
    try {
      if ('file' in subject) await uploadDocument({ caseId, place, file: subject.file, ...values });
      else
        await update({
          variables: {
            id: subject.editing.id,
            input: {
              ...values,
              kind: values.kind as DocumentKind,
              documentDate: values.documentDate || null,
            },
          },
        });
      onDone();
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
      } else if (errorCode(error) === 'BAD_USER_INPUT') setProblem(t('documents.invalid.title'));
      else setProblem(t('common.unexpected'));
    } finally {
      setSending(false);
    }
  });

  const file = subject && 'file' in subject ? subject.file : null;
  return (
    <FormDialog
      title={file ? t('documents.addTitle') : t('documents.editTitle')}
      submitLabel={file ? t('documents.save') : t('documents.saveChanges')}
      opened={subject !== null}
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
