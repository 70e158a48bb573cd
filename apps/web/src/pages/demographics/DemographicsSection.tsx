import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Loader, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../errors';
import type { CaseDemographicsQuery } from '../../gql/graphql';
import { RowFormDialog } from '../RowFormDialog';
import { Section } from '../Section';
import {
  CASE_DEMOGRAPHICS,
  SET_FAMILY_DEMOGRAPHICS,
  SET_GUARDIAN_DEMOGRAPHICS,
  SET_STUDENT_DEMOGRAPHICS,
} from './demographics-api';
import { DemographicsForm } from './DemographicsForm';
import { DemographicsSummary } from './DemographicsSummary';
import {
  familyInput,
  guardianInput,
  studentInput,
  toValues,
  type DemographicsValues,
} from './demographics-form';

type OnFile = CaseDemographicsQuery['case'];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The dialog that records them: only what changed is sent, each part replaced whole. */
function RecordDemographics({ onFile }: { onFile: OnFile }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [setStudent] = useMutation(SET_STUDENT_DEMOGRAPHICS);
  const [setGuardian] = useMutation(SET_GUARDIAN_DEMOGRAPHICS);
  const [setFamily] = useMutation(SET_FAMILY_DEMOGRAPHICS);
  const form = useForm<DemographicsValues>({ initialValues: toValues(onFile) });

  const openChange = (open: boolean) => {
    if (open) {
      const values = toValues(onFile);
      form.setInitialValues(values);
      form.setValues(values);
      form.clearErrors();
      setProblem(null);
    }
    setOpened(open);
  };

  /** Runs one save; a refusal's fields are said beside them (`at` maps the api's names). */
  const attempt = async (save: () => Promise<unknown>, at: (field: string) => string | null) => {
    try {
      await save();
      return true;
    } catch (error) {
      const named = Object.keys(fieldErrors(error)).flatMap((field) => {
        const path = at(field);
        return path ? [[path, field] as const] : [];
      });
      for (const [path, field] of named)
        form.setFieldError(path, t(`demographics.invalid.${field}`));
      if (!named.length) setProblem(t('common.unexpected'));
      return false;
    }
  };

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    const before = form.getInitialValues();
    const saves: Promise<boolean>[] = [];
    const student = studentInput(values);
    if (!same(student, studentInput(before)))
      saves.push(
        attempt(
          () => setStudent({ variables: { studentId: onFile.student.id, input: student } }),
          (field) => (field === 'raceEthnicity' || field === 'primaryDisability' ? field : null),
        ),
      );
    values.guardians.forEach((g, i) => {
      const input = guardianInput(g);
      const was = before.guardians.find((b) => b.id === g.id);
      if (was && same(input, guardianInput(was))) return;
      saves.push(
        attempt(
          () => setGuardian({ variables: { guardianId: g.id, input } }),
          (field) => (field.startsWith('primaryLanguage') ? `guardians.${i}.language` : null),
        ),
      );
    });
    const family = familyInput(values);
    if (!same(family, familyInput(before)))
      saves.push(
        attempt(
          () => setFamily({ variables: { familyId: onFile.family.id, input: family } }),
          (field) => (['county', 'postalCode', 'placeDeclined'].includes(field) ? field : null),
        ),
      );
    const saved = await Promise.all(saves);
    if (saved.every(Boolean)) setOpened(false);
    else form.setInitialValues(values);
  });

  return (
    <RowFormDialog
      openLabel={t('demographics.open')}
      title={t('demographics.title')}
      submitLabel={t('demographics.submit')}
      opened={opened}
      onOpenChange={openChange}
      onSubmit={submit}
      submitting={form.submitting}
      problem={problem}
      size="lg"
    >
      <Text size="sm">{t('demographics.explanation')}</Text>
      <DemographicsForm
        form={form}
        studentName={onFile.student.name}
        guardians={onFile.family.guardians}
      />
    </RowFormDialog>
  );
}

/**
 * "Demographics (for funder reports)" on the case page, for admins and advocates only: what
 * is on file and the dialog to record it. Never rendered for anyone else (an analyst is
 * refused the fields), so its query is never sent for them.
 */
export function DemographicsSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CASE_DEMOGRAPHICS, { variables: { id: caseId } });
  return (
    <Section title={t('demographics.section')}>
      {loading && !data ? (
        <Loader size="sm" role="status" aria-label={t('common.loading')} />
      ) : error || !data ? (
        <Alert color="red" role="alert">
          {t('common.loadFailed')}
        </Alert>
      ) : (
        <Stack gap="xs" align="flex-start">
          <Text size="xs" c="dimmed">
            {t('demographics.who')}
          </Text>
          <DemographicsSummary onFile={data.case} />
          <RecordDemographics onFile={data.case} />
        </Stack>
      )}
    </Section>
  );
}
