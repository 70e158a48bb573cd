import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, FileInput, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, fieldErrors } from '../../errors';
import { graphql } from '../../gql';
import type { PreviewSchoolCalendarQuery } from '../../gql/graphql';
import { ImportReview } from './ImportReview';
import { icsProblem } from './import-parts';

const PREVIEW = graphql(`
  query PreviewSchoolCalendar($input: ImportSchoolCalendarInput!) {
    previewSchoolCalendar(input: $input) {
      label
      firstDay
      lastDay
      replaces
      nonSchoolDays {
        date
        label
      }
      ignoredEvents {
        summary
        date
        reason
      }
    }
  }
`);

const IMPORT = graphql(`
  mutation ImportDistrictCalendar($input: ImportSchoolCalendarInput!) {
    importSchoolCalendar(input: $input) {
      schoolYear {
        id
        label
      }
      nonSchoolDayCount
    }
  }
`);

type Preview = PreviewSchoolCalendarQuery['previewSchoolCalendar'];

/**
 * Imports the district's published .ics: a file or pasted text is first read by the api
 * without saving, shown for review, and saved only when the person says so.
 */
export function CalendarImport(props: { districtId: string; onSaved: (yearId: string) => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<{ ics?: string; label?: string }>({});
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [review, setReview] = useState<{ preview: Preview; ics: string } | null>(null);
  const [save, saving] = useMutation(IMPORT, {
    refetchQueries: ['DistrictPage'],
    awaitRefetchQueries: true,
  });

  const input = (ics: string) => ({
    districtId: props.districtId,
    ics,
    label: label.trim() || null,
  });

  /** The api's refusal: on the file or the name, or said above the form. */
  const refused = (error: unknown) => {
    const fields = fieldErrors(error);
    const found = {
      ...(fields['ics'] ? { ics: icsProblem(fields['ics'], t) } : {}),
      ...(fields['label'] ? { label: t('districts.years.labelRequired') } : {}),
    };
    setErrors(found);
    if (!Object.keys(found).length)
      setProblem(
        fields['districtId'] || errorCode(error) === 'NOT_FOUND'
          ? t('districts.gone')
          : t('common.unexpected'),
      );
    return found;
  };

  const read = async () => {
    setErrors({});
    setProblem(null);
    setDone(null);
    let ics = pasted;
    if (file) {
      try {
        ics = await file.text();
      } catch {
        setErrors({ ics: t('districts.import.unreadable') });
        return;
      }
    }
    if (!ics.trim()) {
      setErrors({ ics: t('districts.import.nothing') });
      return;
    }
    setReading(true);
    try {
      const { data } = await client.query({
        query: PREVIEW,
        variables: { input: input(ics) },
        fetchPolicy: 'no-cache',
      });
      if (data) setReview({ preview: data.previewSchoolCalendar, ics });
    } catch (error) {
      refused(error);
    } finally {
      setReading(false);
    }
  };

  const confirm = async () => {
    if (!review) return;
    setProblem(null);
    try {
      const { data } = await save({ variables: { input: input(review.ics) } });
      const result = data?.importSchoolCalendar;
      setReview(null);
      setFile(null);
      setPasted('');
      setLabel('');
      if (result) {
        setDone(
          t('districts.import.saved', {
            label: result.schoolYear.label,
            count: result.nonSchoolDayCount,
          }),
        );
        props.onSaved(result.schoolYear.id);
      }
    } catch (error) {
      // The district's years changed since the review: said in the review.
      const found = refused(error);
      if (found.ics || found.label) setProblem(found.ics ?? found.label ?? null);
    }
  };

  return (
    <Stack maw={760}>
      <Text size="sm">{t('districts.import.help')}</Text>
      {done && (
        <Alert color="green" role="status">
          {done}
        </Alert>
      )}
      {review ? (
        <ImportReview
          preview={review.preview}
          saving={saving.loading}
          problem={problem}
          onSave={() => void confirm()}
          onCancel={() => {
            setReview(null);
            setProblem(null);
            setDone(t('districts.import.cancelled'));
          }}
        />
      ) : (
        <Stack>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <FileInput
            label={t('districts.import.file')}
            placeholder={t('districts.import.filePlaceholder')}
            accept=".ics,text/calendar"
            clearable
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              setErrors({});
            }}
            error={file || !pasted ? errors.ics : undefined}
          />
          <Textarea
            label={t('districts.import.paste')}
            autosize
            minRows={3}
            maxRows={8}
            value={pasted}
            disabled={!!file}
            onChange={(e) => setPasted(e.currentTarget.value)}
            error={!file && pasted ? errors.ics : undefined}
          />
          <TextInput
            label={t('districts.import.label')}
            description={t('districts.import.labelHelp')}
            autoComplete="off"
            maw={320}
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
            error={errors.label}
          />
          <Group>
            <Button loading={reading} onClick={() => void read()}>
              {t('districts.import.review')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
