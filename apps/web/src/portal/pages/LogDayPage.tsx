import {
  Alert,
  Box,
  Button,
  Chip,
  Group,
  List,
  NativeSelect,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { daysBefore, longDay, today } from '../dates';
import { PortalApiError, request } from '../graphql';
import {
  ATTENDANCE_STATUSES,
  DAYS,
  RECORD_DAY,
  SUPPORTS,
  TRIGGER_CHOICES,
  TRIGGERS,
  type AttendanceStatus,
  type PortalSupport,
  type TriggerChoice,
} from '../operations';
import { usePortalSession } from '../PortalSession';

interface Day {
  id: string;
  date: string;
  status: AttendanceStatus;
  arrivalTime: string | null;
  recordedByFamily: boolean;
}

const NEEDS_ARRIVAL: ReadonlySet<AttendanceStatus> = new Set(['TARDY', 'PARTIAL']);

const BUILT_IN_CHOICES: TriggerChoice[] = TRIGGERS.map((label) => ({
  label,
  builtIn: true,
  translations: [],
}));

/** A support the school gave that day (started by then, not yet ended). */
const inPlaceOn = (support: PortalSupport, date: string) =>
  support.startedOn <= date && (support.endedOn === null || support.endedOn >= date);

/** Where the api's field problems show on this page, in the family's words. */
const FIELD_WORDS: Record<string, string> = {
  date: 'log.dateFuture',
  arrivalTime: 'log.arrivalNeeded',
  notes: 'log.notesTooLong',
};

/**
 * Log a day in a few taps: today is already chosen, one tap for how the morning went, an
 * arrival time only when it matters, optional triggers, supports and words. A day the school calendar
 * has no school on is recorded anyway (the advocate sees it apart), never refused.
 */
export function LogDayPage() {
  const { t, i18n } = useTranslation();
  const { me } = usePortalSession();
  const students = me?.families.flatMap((f) => f.students) ?? [];
  const [studentId, setStudentId] = useState(students[0]?.id ?? '');
  const [date, setDate] = useState(today());
  const [status, setStatus] = useState<AttendanceStatus | ''>('');
  const [arrivalTime, setArrivalTime] = useState('');
  const [triggers, setTriggers] = useState<string[]>([]);
  const [supports, setSupports] = useState<PortalSupport[]>([]);
  const [supportIds, setSupportIds] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [recent, setRecent] = useState<Day[]>([]);
  const [choices, setChoices] = useState<TriggerChoice[]>(BUILT_IN_CHOICES);

  // The organization's own triggers too, each shown in the page's language when it has one.
  useEffect(() => {
    request<{ portalTriggers: TriggerChoice[] }>(TRIGGER_CHOICES)
      .then((data) => setChoices(data.portalTriggers))
      .catch(() => undefined);
  }, []);
  const words = (choice: TriggerChoice) =>
    choice.builtIn
      ? t(`trigger.${choice.label}`)
      : (choice.translations.find((x) => x.language === i18n.language)?.label ?? choice.label);

  useEffect(() => {
    setSupports([]);
    if (!studentId) return;
    request<{ portalSupports: PortalSupport[] }>(SUPPORTS, { studentId })
      .then((data) => setSupports(data.portalSupports))
      .catch(() => undefined);
  }, [studentId]);
  const supportsThatDay = supports.filter((support) => inPlaceOn(support, date));

  const loadRecent = useCallback(async () => {
    if (!studentId) return;
    const to = today();
    const data = await request<{ portalAttendanceEntries: Day[] }>(DAYS, {
      studentId,
      from: daysBefore(to, 13),
      to,
    }).catch(() => null);
    setRecent(data ? [...data.portalAttendanceEntries].reverse() : []);
  }, [studentId]);
  useEffect(() => void loadRecent(), [loadRecent]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!status) problems['status'] = t('log.status');
    if (!date || date > today()) problems['date'] = t('log.dateFuture');
    if (status === 'PARTIAL' && !arrivalTime) problems['arrivalTime'] = t('log.arrivalNeeded');
    setErrors(problems);
    setSaved(null);
    setFailed(null);
    if (Object.keys(problems).length || !status) return;
    setBusy(true);
    try {
      await request(RECORD_DAY, {
        input: {
          studentId,
          date,
          status,
          arrivalTime: NEEDS_ARRIVAL.has(status) && arrivalTime ? arrivalTime : null,
          triggers,
          supportIds: supportIds.filter((id) => supportsThatDay.some((s) => s.id === id)),
          notes: notes.trim() || null,
          acknowledgeNonSchoolDay: true,
        },
      });
      setSaved(t('log.saved'));
      setStatus('');
      setArrivalTime('');
      setTriggers([]);
      setSupportIds([]);
      setNotes('');
      await loadRecent();
    } catch (error) {
      const fields = error instanceof PortalApiError ? error.fields : [];
      if (fields.length) {
        // The api names the field; the page says it in the family's words, beside the field,
        // or above the form for a field it does not show (never the api's English).
        const mine: Record<string, string> = {};
        for (const f of fields) {
          const key = f.field.replace(/^input\./, '').split('.')[0] ?? f.field;
          const words = FIELD_WORDS[key];
          if (words) mine[key] = t(words);
          else setFailed(t('log.notSaved'));
        }
        setErrors(mine);
      } else {
        setFailed(
          error instanceof PortalApiError && error.code === 'NETWORK'
            ? t('app.network')
            : t('app.unexpected'),
        );
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('log.title')}
      </Title>
      <Text>{t('log.intro')}</Text>
      {saved && (
        <Alert color="green" role="status">
          {saved}
        </Alert>
      )}
      {failed && (
        <Alert color="red" role="alert">
          {failed}
        </Alert>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          {students.length > 1 && (
            <NativeSelect
              label={t('log.student')}
              value={studentId}
              onChange={(event) => setStudentId(event.currentTarget.value)}
              data={students.map((s) => ({ value: s.id, label: s.name }))}
            />
          )}
          <TextInput
            type="date"
            label={t('log.date')}
            value={date}
            max={today()}
            error={errors['date']}
            onChange={(event) => setDate(event.currentTarget.value)}
          />
          <Radio.Group
            label={t('log.status')}
            value={status}
            error={errors['status'] ? ' ' : undefined}
            onChange={(value) => setStatus(value as AttendanceStatus)}
          >
            <Stack gap="xs" mt="xs">
              {ATTENDANCE_STATUSES.map((value) => (
                <Radio.Card key={value} value={value} p="sm" radius="md">
                  <Group wrap="nowrap">
                    <Radio.Indicator />
                    <Text>{t(`log.${value}`)}</Text>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
          {status && NEEDS_ARRIVAL.has(status) && (
            <TextInput
              type="time"
              label={t('log.arrival')}
              value={arrivalTime}
              error={errors['arrivalTime']}
              onChange={(event) => setArrivalTime(event.currentTarget.value)}
            />
          )}
          <Stack gap={6} role="group" aria-labelledby="triggers-label">
            <Text fw={500} size="sm" id="triggers-label">
              {t('log.triggers')}
            </Text>
            <Chip.Group multiple value={triggers} onChange={setTriggers}>
              <Group gap="xs">
                {choices.map((choice) => (
                  <Chip key={choice.label} value={choice.label}>
                    {words(choice)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Stack>
          {supportsThatDay.length > 0 && (
            <Stack gap={6} role="group" aria-labelledby="supports-label">
              <Text fw={500} size="sm" id="supports-label">
                {t('log.supports')}
              </Text>
              <Chip.Group multiple value={supportIds} onChange={setSupportIds}>
                <Group gap="xs">
                  {supportsThatDay.map((support) => (
                    <Chip key={support.id} value={support.id}>
                      {support.name}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
            </Stack>
          )}
          <Textarea
            label={t('log.notes')}
            value={notes}
            autosize
            minRows={2}
            error={errors['notes']}
            onChange={(event) => setNotes(event.currentTarget.value)}
          />
          {/* Always in reach of the thumb: the rest of the form is optional. */}
          <Box pos="sticky" bottom={0} py="xs" bg="white" style={{ zIndex: 1 }}>
            <Button type="submit" size="lg" loading={busy} fullWidth>
              {t('log.save')}
            </Button>
          </Box>
        </Stack>
      </form>
      {recent.length > 0 && (
        <Stack component="section" gap="xs">
          <Title order={2} size="h4">
            {t('log.recent')}
          </Title>
          <List spacing={4}>
            {recent.map((d) => (
              <List.Item key={d.id}>
                {longDay(d.date, i18n.language)}: {t(`log.${d.status}`)}
                {d.arrivalTime ? ` (${d.arrivalTime})` : ''} —{' '}
                {d.recordedByFamily ? t('log.byFamily') : t('log.byAdvocate')}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
