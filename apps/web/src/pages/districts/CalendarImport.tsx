import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, FileInput, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, fieldErrors } from '../../errors';
import { graphql } from '../../gql';
import type { PreviewSchoolCalendarQuery } from '../../gql/graphql';
import { ImportReview } from './ImportReview';
import { closureOfEvent, icsProblem } from './import-parts';

const PREVIEW = graphql(`
  query PreviewSchoolCalendar($input: ImportSchoolCalendarInput!) {
    previewSchoolCalendar(input: $input) {
      label
      firstDay
      lastDay
      replaces
      schoolDayCount
      nonSchoolDays {
        date
        label
        event
      }
      ignoredEvents {
        summary
        date
        to
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

/** What the person changed in the review; sent with the file to preview and to save. */
interface Corrections {
  firstDay: string | null;
  lastDay: string | null;
  removeClosures: string[];
  addClosures: Array<{ from: string; to: string | null; label: string }>;
}
const NO_CORRECTIONS: Corrections = {
  firstDay: null,
  lastDay: null,
  removeClosures: [],
  addClosures: [],
};
const countOf = (c: Corrections) =>
  (c.firstDay ? 1 : 0) + (c.lastDay ? 1 : 0) + c.removeClosures.length + c.addClosures.length;

/**
 * Imports the district's published .ics: a file or pasted text is first read by the api
 * without saving, shown for review, corrected if need be (each correction read again by the
 * api, so what is shown is what would be saved), and saved only when the person says so.
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
  const [review, setReview] = useState<{
    preview: Preview;
    ics: string;
    corrections: Corrections;
  } | null>(null);
  const [updating, setUpdating] = useState(false);
  const [dayErrors, setDayErrors] = useState<{ firstDay?: string; lastDay?: string }>({});
  const [save, saving] = useMutation(IMPORT, {
    refetchQueries: ['DistrictPage'],
    awaitRefetchQueries: true,
  });

  const input = (ics: string, corrections: Corrections = NO_CORRECTIONS) => ({
    districtId: props.districtId,
    ics,
    label: label.trim() || null,
    ...corrections,
  });

  /** The api's reading of the file with these corrections. */
  const preview = async (ics: string, corrections: Corrections) =>
    (
      await client.query({
        query: PREVIEW,
        variables: { input: input(ics, corrections) },
        fetchPolicy: 'no-cache',
      })
    ).data?.previewSchoolCalendar;

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
      const read = await preview(ics, NO_CORRECTIONS);
      if (read) setReview({ preview: read, ics, corrections: NO_CORRECTIONS });
    } catch (error) {
      refused(error);
    } finally {
      setReading(false);
    }
  };

  /**
   * A change made in the review, read again by the api. Refused (a day before the first, a
   * closure outside the year), the review stays as it was and says why, beside the date.
   */
  const correct = async (change: (current: Corrections) => Corrections) => {
    if (!review) return;
    const corrections = change(review.corrections);
    setProblem(null);
    setDayErrors({});
    setUpdating(true);
    try {
      const read = await preview(review.ics, corrections);
      if (read) setReview({ preview: read, ics: review.ics, corrections });
    } catch (error) {
      const fields = fieldErrors(error);
      const day = (message: string | undefined) => (message ? icsProblem(message, t) : undefined);
      const found = {
        ...(fields['firstDay'] ? { firstDay: day(fields['firstDay']) } : {}),
        ...(fields['lastDay'] ? { lastDay: day(fields['lastDay']) } : {}),
      };
      setDayErrors(found);
      if (!found.firstDay && !found.lastDay) {
        const other = fields['addClosures'] ?? fields['removeClosures'] ?? fields['ics'];
        setProblem(
          other
            ? icsProblem(other, t)
            : fields['districtId'] || errorCode(error) === 'NOT_FOUND'
              ? t('districts.gone')
              : t('common.unexpected'),
        );
      }
    } finally {
      setUpdating(false);
    }
  };

  const confirm = async () => {
    if (!review) return;
    setProblem(null);
    try {
      const { data } = await save({
        variables: { input: input(review.ics, review.corrections) },
      });
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
          updating={updating}
          problem={problem}
          dayErrors={dayErrors}
          corrections={countOf(review.corrections)}
          onFirstDay={(firstDay) => void correct((c) => ({ ...c, firstDay }))}
          onLastDay={(lastDay) => void correct((c) => ({ ...c, lastDay }))}
          onRemove={(dates) =>
            void correct((c) => ({
              ...c,
              // A day added in this review is taken back rather than removed.
              addClosures: c.addClosures.filter((a) => !dates.includes(a.from)),
              removeClosures: [
                ...c.removeClosures,
                ...dates.filter(
                  (d) =>
                    !c.addClosures.some((a) => a.from <= d && d <= (a.to ?? a.from)) &&
                    !c.removeClosures.includes(d),
                ),
              ],
            }))
          }
          onMarkClosure={(event) => {
            const closure = closureOfEvent(
              event,
              review.preview,
              t('districts.import.markClosure'),
            );
            if (closure) void correct((c) => ({ ...c, addClosures: [...c.addClosures, closure] }));
          }}
          onUndo={() => void correct(() => NO_CORRECTIONS)}
          onSave={() => void confirm()}
          onCancel={() => {
            setReview(null);
            setProblem(null);
            setDayErrors({});
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
