import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Loader,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { dayFromToday, formatDay } from '../dates';
import { errorCode, fieldErrors } from '../errors';
import { graphql } from '../gql';
import type { MeetingPageQuery } from '../gql/graphql';
import {
  formatWhen,
  localDayAndTime,
  MeetingWhenFields,
  toStartsAt,
  whenRules,
  zoneName,
} from './MeetingWhen';
import { useActiveRole } from '../auth/useActiveRole';
import { DocumentsSection } from './documents/DocumentsSection';
import { NotFound } from './NotFound';
import { RowFormDialog } from './RowFormDialog';
import { EditMeeting } from './ScheduleMeeting';

const MEETING_PAGE = graphql(`
  query MeetingPage($id: ID!) {
    meeting(id: $id) {
      id
      kind
      startsAt
      location
      notes
      archivedAt
      attendees {
        id
        name
        role
        contactId
        memberId
      }
      tasks {
        id
        kind
        dueOn
        doneOn
        overdue
        request {
          id
          subject
        }
      }
      case {
        id
        title
        advocates {
          memberId
          name
        }
        family {
          householdName
          guardians {
            id
            name
            relationship
          }
        }
        student {
          name
          school {
            id
          }
        }
        requests {
          id
          subject
          status
        }
      }
    }
  }
`);

const COMPLETE = graphql(`
  mutation CompleteMeetingItem($id: ID!, $input: CompleteMeetingTaskInput!) {
    completeMeetingTask(id: $id, input: $input) {
      id
      doneOn
      overdue
    }
  }
`);

const REOPEN = graphql(`
  mutation ReopenMeetingItem($id: ID!) {
    reopenMeetingTask(id: $id) {
      id
      doneOn
      overdue
    }
  }
`);

const RESCHEDULE = graphql(`
  mutation RescheduleMeeting($id: ID!, $startsAt: DateTime!) {
    rescheduleMeeting(id: $id, startsAt: $startsAt) {
      id
      startsAt
    }
  }
`);

const CANCEL = graphql(`
  mutation CancelMeeting($id: ID!) {
    archiveMeeting(id: $id) {
      id
      archivedAt
    }
  }
`);

const RESTORE = graphql(`
  mutation RestoreMeeting($id: ID!) {
    restoreMeeting(id: $id) {
      id
      archivedAt
    }
  }
`);

type MeetingData = MeetingPageQuery['meeting'];
type TaskData = MeetingData['tasks'][number];
type AttendeeData = MeetingData['attendees'][number];

const CONTACT_ROLES = [
  'ASSISTANT_PRINCIPAL',
  'ATTENDANCE_OFFICER',
  'CASE_MANAGER',
  'COUNSELOR',
  'OTHER',
  'PRINCIPAL',
  'SECTION_504_COORDINATOR',
  'SPECIAL_EDUCATION_DIRECTOR',
  'TEACHER',
];
const MEMBER_ROLES = ['ADMIN', 'ADVOCATE', 'ANALYST'];

/**
 * The role beside an attendee's name, in the interface's language where it is one the api
 * names (a school contact's role, a member's); a role typed for someone else as typed.
 */
function useRoleLabel() {
  const { t } = useTranslation();
  return (a: AttendeeData) => {
    const code = a.role.toUpperCase().replace(/ /g, '_');
    if (a.contactId && CONTACT_ROLES.includes(code)) return t(`contactRole.${code}`);
    if (a.memberId && MEMBER_ROLES.includes(code)) return t(`roles.${code}`);
    return a.role;
  };
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** Marks a written item sent on a day, with the written request that carried it if one did. */
function MarkSent({ task, meeting }: { task: TaskData; meeting: MeetingData }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [complete] = useMutation(COMPLETE, { refetchQueries: ['MeetingPage'] });
  const form = useForm({
    initialValues: { doneOn: dayFromToday(0), requestId: null as string | null },
    validate: { doneOn: (v) => (v ? null : t('meetings.doneOnRequired')) },
  });
  const requests = meeting.case.requests.filter((r) => r.status !== 'DRAFT');
  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await complete({
        variables: {
          id: task.id,
          input: { doneOn: values.doneOn, requestId: values.requestId || undefined },
        },
      });
      setOpened(false);
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) form.setErrors(fields);
      else setProblem(t('common.unexpected'));
    }
  });
  return (
    <RowFormDialog
      openLabel={t('meetings.markSent')}
      title={t('meetings.markSentTitle', { item: t(`meetings.task.${task.kind}`) })}
      submitLabel={t('meetings.markSent')}
      opened={opened}
      onOpenChange={setOpened}
      onSubmit={submit}
      submitting={form.submitting}
      problem={problem}
    >
      <TextInput
        type="date"
        label={t('meetings.doneOn')}
        required
        max={dayFromToday(0)}
        {...form.getInputProps('doneOn')}
      />
      <Select
        label={t('meetings.carriedBy')}
        description={t('meetings.carriedByHelp')}
        clearable
        clearButtonProps={{ 'aria-label': t('meetings.noRequest') }}
        data={requests.map((r) => ({ value: r.id, label: r.subject }))}
        nothingFoundMessage={t('meetings.noRequests')}
        {...form.getInputProps('requestId')}
      />
    </RowFormDialog>
  );
}

function TaskCard({ task, meeting }: { task: TaskData; meeting: MeetingData }) {
  const { t, i18n } = useTranslation();
  const [reopen, reopening] = useMutation(REOPEN, { refetchQueries: ['MeetingPage'] });
  const label = t(`meetings.task.${task.kind}`);
  return (
    <Card withBorder padding="sm" component="article" aria-label={label}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <div>
          <Text fw={600} size="sm">
            {label}
          </Text>
          <Text size="sm">
            {t('meetings.dueOn', { date: formatDay(task.dueOn, i18n.language) })}
          </Text>
          {task.doneOn && (
            <Text size="sm">
              {t('meetings.sentOn', { date: formatDay(task.doneOn, i18n.language) })}
              {task.request ? ` — ${task.request.subject}` : ''}
            </Text>
          )}
        </div>
        {task.doneOn ? (
          <Badge color="teal.9">{t('meetings.state.done')}</Badge>
        ) : task.overdue ? (
          <Badge color="red.9">{t('meetings.state.overdue')}</Badge>
        ) : (
          <Badge variant="outline" color="gray.8">
            {t('meetings.state.open')}
          </Badge>
        )}
      </Group>
      {!meeting.archivedAt &&
        (task.doneOn ? (
          <Group>
            <Button
              size="xs"
              variant="light"
              mt={4}
              loading={reopening.loading}
              onClick={() => void reopen({ variables: { id: task.id } })}
            >
              {t('meetings.reopen')}
            </Button>
          </Group>
        ) : (
          <Group>
            <MarkSent task={task} meeting={meeting} />
          </Group>
        ))}
    </Card>
  );
}

/** Moves the meeting to another day or time; its open items' due dates move with it. */
function Reschedule({ meeting }: { meeting: MeetingData }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [reschedule] = useMutation(RESCHEDULE, { refetchQueries: ['MeetingPage'] });
  const now = localDayAndTime(meeting.startsAt);
  const form = useForm({
    initialValues: { day: now.day as string | null, time: now.time },
    validate: whenRules({ day: t('meetings.dayRequired'), time: t('meetings.timeRequired') }),
  });
  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await reschedule({
        variables: {
          id: meeting.id,
          startsAt: toStartsAt(values.day ?? '', values.time).toISOString(),
        },
      });
      setOpened(false);
    } catch (error) {
      const fields = fieldErrors(error);
      if (fields['startsAt']) form.setErrors({ day: fields['startsAt'] });
      else setProblem(t('common.unexpected'));
    }
  });
  return (
    <RowFormDialog
      openLabel={t('meetings.reschedule')}
      title={t('meetings.rescheduleTitle')}
      submitLabel={t('meetings.rescheduleSubmit')}
      opened={opened}
      onOpenChange={(open) => {
        if (open) form.setValues(localDayAndTime(meeting.startsAt));
        setOpened(open);
      }}
      onSubmit={submit}
      submitting={form.submitting}
      problem={problem}
    >
      <Text size="sm">{t('meetings.rescheduleHelp')}</Text>
      <MeetingWhenFields
        dayInput={form.getInputProps('day')}
        timeInput={form.getInputProps('time')}
      />
    </RowFormDialog>
  );
}

/** Cancels the meeting after asking; a cancelled one can be restored. */
function CancelOrRestore({ meeting }: { meeting: MeetingData }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState(false);
  const options = { refetchQueries: ['MeetingPage'] };
  const [cancel, cancelling] = useMutation(CANCEL, options);
  const [restore, restoring] = useMutation(RESTORE, options);
  const run = async (action: () => Promise<unknown>) => {
    setFailed(false);
    try {
      await action();
      setAsking(false);
    } catch {
      setFailed(true);
    }
  };
  if (meeting.archivedAt)
    return (
      <Stack gap="xs">
        <Group>
          <Button
            size="xs"
            variant="light"
            loading={restoring.loading}
            onClick={() => void run(() => restore({ variables: { id: meeting.id } }))}
          >
            {t('meetings.restore')}
          </Button>
        </Group>
        {failed && (
          <Alert color="red" role="alert">
            {t('common.unexpected')}
          </Alert>
        )}
      </Stack>
    );
  return (
    <>
      <Button size="xs" variant="outline" color="red.9" mt={4} onClick={() => setAsking(true)}>
        {t('meetings.cancel')}
      </Button>
      <Modal
        opened={asking}
        onClose={() => setAsking(false)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('meetings.cancelTitle')}
      >
        <Stack>
          {failed && (
            <Alert color="red" role="alert">
              {t('common.unexpected')}
            </Alert>
          )}
          <Text size="sm">{t('meetings.cancelHelp')}</Text>
          <Group>
            <Button
              color="red.9"
              loading={cancelling.loading}
              onClick={() => void run(() => cancel({ variables: { id: meeting.id } }))}
            >
              {t('meetings.cancelConfirm')}
            </Button>
            <Button variant="default" onClick={() => setAsking(false)}>
              {t('meetings.keep')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/**
 * One meeting: its kind, when (in the browser's time zone) and where, who attends, and the
 * written items it creates — concerns sent before it, a summary after — with their due dates
 * and whether each was sent. Moved, cancelled or restored from here.
 */
export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  const { meetingId = '' } = useParams();
  // Documents are for admins and advocates (an analyst may read the meeting, not its files).
  const { role } = useActiveRole();
  const worksCases = role === 'ADMIN' || role === 'ADVOCATE';
  const { data, loading, error } = useQuery(MEETING_PAGE, { variables: { id: meetingId } });

  if (loading && !data) return <Loader role="status" aria-label={t('common.loading')} />;
  // Another organization's meeting, or none: the api says NOT_FOUND (or refuses a bad id).
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT')
    return <NotFound what={t('meetings.notFound')} />;
  if (error || !data)
    return (
      <Alert color="red" role="alert">
        {t('common.loadFailed')}
      </Alert>
    );

  const m = data.meeting;
  const language = i18n.language;
  const status = m.archivedAt
    ? 'cancelled'
    : new Date(m.startsAt) < new Date()
      ? 'held'
      : 'upcoming';
  return (
    <Stack maw={960}>
      <Anchor component={Link} to={`/cases/${m.case.id}`}>
        {t('meetings.back', { family: m.case.family.householdName })}
      </Anchor>
      <div>
        <Group gap="sm">
          <Title order={2}>{t(`meetingKind.${m.kind}`)}</Title>
          <Badge
            variant={status === 'upcoming' ? 'outline' : 'filled'}
            color={status === 'cancelled' ? 'red.9' : status === 'held' ? 'gray.8' : 'blue.9'}
          >
            {t(`meetings.status.${status}`)}
          </Badge>
        </Group>
        <Text c="dimmed">
          {m.case.student.name} · {m.case.title}
        </Text>
      </div>
      {m.archivedAt && (
        <Alert color="gray" role="status">
          {t('meetings.cancelledNote')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title={t('meetings.details')}>
          <Stack gap="xs">
            <div>
              <Text size="xs" c="dimmed">
                {t('meetings.when')}
              </Text>
              <Text size="sm" fw={600}>
                {formatWhen(m.startsAt, language)}
              </Text>
              <Text size="xs" c="dimmed">
                {zoneName(m.startsAt, language)}
              </Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                {t('meetings.where')}
              </Text>
              <Text size="sm">{m.location || t('meetings.noLocation')}</Text>
            </div>
            {m.notes && (
              <div>
                <Text size="xs" c="dimmed">
                  {t('meetings.notes')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {m.notes}
                </Text>
              </div>
            )}
            <Group gap="xs" align="flex-start">
              {!m.archivedAt && (
                <EditMeeting
                  meeting={m}
                  schoolId={m.case.student.school?.id ?? null}
                  advocates={m.case.advocates}
                  guardians={m.case.family.guardians}
                />
              )}
              {!m.archivedAt && <Reschedule meeting={m} />}
              <CancelOrRestore meeting={m} />
            </Group>
          </Stack>
        </Section>
        <Section title={t('meetings.attendees')}>
          {m.attendees.length ? (
            <List size="sm" spacing={4}>
              {m.attendees.map((a) => {
                const role = roleLabel(a);
                return (
                  <List.Item key={a.id}>
                    <Text span size="sm" fw={600}>
                      {a.name}
                    </Text>
                    {role ? ` — ${role}` : ''}
                  </List.Item>
                );
              })}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              {t('meetings.noAttendees')}
            </Text>
          )}
        </Section>
      </SimpleGrid>
      <Section title={t('meetings.items')}>
        <Text size="sm" c="dimmed" mb="sm">
          {t('meetings.itemsHelp')}
        </Text>
        {m.tasks.length ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {m.tasks.map((task) => (
              <TaskCard key={task.id} task={task} meeting={m} />
            ))}
          </SimpleGrid>
        ) : (
          <Text size="sm" c="dimmed">
            {t('meetings.noItems')}
          </Text>
        )}
      </Section>
      {worksCases && (
        <DocumentsSection
          caseId={m.case.id}
          place={{ meetingId: m.id }}
          title={t('meetings.documents')}
        />
      )}
    </Stack>
  );
}
