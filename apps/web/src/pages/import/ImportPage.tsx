import { useState } from 'react';
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiFileError } from '../../api-files';
import { useActiveRole } from '../../auth/useActiveRole';
import { AdminsOnly } from '../../layout/AdminsOnly';
import { ChooseFile } from './ChooseFile';
import { DryRunResults } from './DryRunResults';
import { ImportSummary } from './ImportSummary';
import { MapColumns } from './MapColumns';
import { sendImport, type ImportKind, type ImportReport } from './import-api';

type Step = 'file' | 'map' | 'review' | 'done';
const STEPS: Step[] = ['file', 'map', 'review', 'done'];

/**
 * Administration: importing a spreadsheet — families (guardians, students, cases) or school
 * contacts. Choose the kind and the CSV file → map its columns (the saved mapping or a guess
 * to start from) → the dry run's problems by row and column → import → what was made.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const { isAdmin } = useActiveRole();
  const [step, setStep] = useState<Step>('file');
  const [kind, setKind] = useState<ImportKind>('families');
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!isAdmin) return <AdminsOnly says="import.adminsOnly" />;

  /** Sends the file; the api's refusal is said above the step. */
  const send = async (
    stepName: 'preview' | 'run',
    options: { mapping?: Record<string, string>; goodRowsOnly?: boolean },
    next: Step,
  ) => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      const answer = await sendImport(stepName, { kind, file, ...options });
      setReport(answer);
      setMapping(answer.mapping);
      setStep(next);
    } catch (error) {
      setProblem(
        error instanceof ApiFileError && error.message ? error.message : t('import.failed'),
      );
    } finally {
      setBusy(false);
    }
  };

  const restart = () => {
    setStep('file');
    setFile(null);
    setReport(null);
    setProblem(null);
  };

  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Title order={2}>{t('import.title')}</Title>
        <Text c="dimmed">{t('import.intro')}</Text>
      </div>
      <Text fw={600} aria-live="polite">
        {t('import.stepOf', { step: STEPS.indexOf(step) + 1, count: STEPS.length })} ·{' '}
        {t(`import.steps.${step}`)}
      </Text>
      {problem && (
        <Alert color="red" role="alert" title={t('import.refused')}>
          {problem}
        </Alert>
      )}
      {step === 'file' && (
        <ChooseFile
          kind={kind}
          onKind={setKind}
          file={file}
          onFile={setFile}
          busy={busy}
          onContinue={() => void send('preview', {}, 'map')}
        />
      )}
      {step === 'map' && report && (
        <MapColumns
          report={report}
          mapping={mapping}
          onChange={setMapping}
          busy={busy}
          onBack={restart}
          onCheck={() => void send('preview', { mapping }, 'review')}
        />
      )}
      {step === 'review' && report && (
        <DryRunResults
          report={report}
          busy={busy}
          onBack={() => setStep('map')}
          onImport={(goodRowsOnly) => void send('run', { mapping, goodRowsOnly }, 'done')}
        />
      )}
      {step === 'done' && report && <ImportSummary report={report} onAnother={restart} />}
    </Stack>
  );
}
