import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Modal,
  MultiSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorCode, fieldErrors, fieldErrorsByPath } from '../errors';
import { graphql } from '../gql';
import type { FollowUpPageQuery } from '../gql/graphql';
import { NotFound } from './NotFound';
import {
  KindLabel,
  SCHOOL_KINDS,
  StatusBadge,
  failureReason,
  formatTime,
  recipientText,
  wordsProblem,
  cancelReason,
} from './follow-up-parts';

const FOLLOW_UP = graphql(`
  query FollowUpPage($id: ID!) {
    followUp(id: $id) {
      id
      kind
      sequence
      status
      scheduledAt
      sentAt
      lastError
      cancelledReason
      requiresApproval
      approvedAt
      subject
      body
      recipients {
        name
        email
        contactId
      }
      cc {
        name
        email
      }
      deliveryAttempts {
        attempt
        startedAt
        finishedAt
        outcome
        serverResponse
      }
      request {
        id
        subject
        case {
          id
          title
          family {
            householdName
          }
          student {
            name
            school {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const PREVIEW = graphql(`
  query FollowUpPreview($id: ID!) {
    followUpPreview(id: $id) {
      subject
      text
      to
      cc
      replyTo
    }
  }
`);

const CONTACTS = graphql(`
  query FollowUpContacts($schoolId: ID!) {
    schoolContacts(filter: { schoolId: $schoolId, withDistrictStaff: true }, first: 100) {
      edges {
        node {
          id
          name
          title
          email
        }
      }
    }
  }
`);

const EDIT = graphql(`
  mutation EditFollowUp($id: ID!, $input: EditFollowUpDraftInput!) {
    editFollowUp(id: $id, input: $input) {
      id
      subject
      body
      status
    }
  }
`);

const APPROVE = graphql(`
  mutation ApproveFollowUp($id: ID!) {
    approveFollowUp(id: $id) {
      id
      status
      scheduledAt
      approvedAt
    }
  }
`);

const DISCARD = graphql(`
  mutation DiscardFollowUp($id: ID!, $reason: String) {
    discardFollowUp(id: $id, reason: $reason) {
      id
      status
      cancelledReason
    }
  }
`);

const RETRY = graphql(`
  mutation RetryFollowUp($id: ID!, $to: [ID!]) {
    retryFollowUp(id: $id, recipientContactIds: $to) {
      id
      status
      scheduledAt
      lastError
      recipients {
        name
        email
        contactId
      }
    }
  }
`);

type FollowUp = FollowUpPageQuery['followUp'];

/** Still owed: its words can change, and it can be discarded. */
const PENDING = new Set(['DRAFT', 'PLANNED', 'QUEUED']);

/** One line of an email's header: "To:", "Subject:"… */
function HeaderLine({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={90} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Group>
  );
}

/** An email as it reads: its header, then its words. */
function Email(props: {
  label?: string;
  to: string[];
  cc: string[];
  replyTo?: string | null;
  subject: string;
  body: string;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-label={props.label}>
      <Stack gap={4}>
        <HeaderLine label={t('followUps.email.to')}>{props.to.join(', ') || '—'}</HeaderLine>
        {props.cc.length > 0 && (
          <HeaderLine label={t('followUps.email.cc')}>{props.cc.join(', ')}</HeaderLine>
        )}
        {props.replyTo && (
          <HeaderLine label={t('followUps.email.replyTo')}>{props.replyTo}</HeaderLine>
        )}
        <HeaderLine label={t('followUps.email.subject')}>
          <strong data-testid="email-subject">{props.subject}</strong>
        </HeaderLine>
      </Stack>
      <Text
        mt="md"
        size="sm"
        data-testid="email-body"
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {props.body}
      </Text>
    </Paper>
  );
}

/** The message exactly as it would go out now (the api renders it). */
function Preview({ id, recipients }: { id: string; recipients: string[] }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(PREVIEW, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  if (error)
    return (
      <Alert color="red" role="alert">
        {t('common.loadFailed')}
      </Alert>
    );
  if (loading && !data) return <Loader role="status" aria-label={t('common.loading')} />;
  if (!data) return null;
  const p = data.followUpPreview;
  return (
    <Email
      label={t('followUps.previewLabel')}
      // No address on file: who it is for, and that it has none.
      to={p.to.length ? p.to : recipients}
      cc={p.cc}
      replyTo={p.replyTo}
      subject={p.subject}
      body={p.text}
    />
  );
}

/** Changes the subject and words (a draft, or a planned one not yet sent). */
function EditWords({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const preview = useQuery(PREVIEW, { variables: { id: followUp.id } });
  const [edit] = useMutation(EDIT, { refetchQueries: ['FollowUpPreview', 'FollowUpPage'] });
  const form = useForm({
    initialValues: { subject: '', body: '' },
    validate: {
      subject: (v) => (v.trim() ? null : t('followUps.edit.subjectRequired')),
      body: (v) => (v.trim() ? null : t('followUps.edit.bodyRequired')),
    },
  });
  const open = () => {
    // What the advocate edited before (merge fields kept), or the words as they would go out.
    const shown = preview.data?.followUpPreview;
    form.setValues({
      subject: followUp.subject ?? shown?.subject ?? '',
      body: followUp.body ?? shown?.text ?? '',
    });
    form.resetDirty();
    setProblem(null);
    setOpened(true);
  };
  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await edit({ variables: { id: followUp.id, input: values } });
      setOpened(false);
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length)
        form.setErrors(
          Object.fromEntries(
            Object.entries(fields).map(([field, message]) => [field, wordsProblem(message, t)]),
          ),
        );
      else setProblem(t('common.unexpected'));
    }
  });
  return (
    <>
      <Button variant="default" onClick={open} disabled={!preview.data}>
        {t('followUps.edit.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('followUps.edit.title')}
        size="lg"
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            {problem && (
              <Alert color="red" role="alert">
                {problem}
              </Alert>
            )}
            <TextInput
              label={t('followUps.edit.subject')}
              required
              {...form.getInputProps('subject')}
            />
            <Textarea
              label={t('followUps.edit.body')}
              description={t('followUps.edit.bodyHelp', { example: '{{request.subject}}' })}
              required
              autosize
              minRows={8}
              maxRows={20}
              {...form.getInputProps('body')}
            />
            <Button type="submit" loading={form.submitting}>
              {t('followUps.edit.submit')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function Approve({ id }: { id: string }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [approve, { loading }] = useMutation(APPROVE, { refetchQueries: ['FollowUpPage'] });
  return (
    <Stack gap="xs">
      <Button
        loading={loading}
        onClick={() => {
          setProblem(null);
          approve({ variables: { id } }).catch(() => setProblem(t('common.unexpected')));
        }}
      >
        {t('followUps.approve')}
      </Button>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
    </Stack>
  );
}

function Discard({ id }: { id: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [discard] = useMutation(DISCARD, { refetchQueries: ['FollowUpPage'] });
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim() ? null : t('followUps.discard.reasonRequired')) },
  });
  const submit = form.onSubmit(async ({ reason }) => {
    setProblem(null);
    try {
      await discard({ variables: { id, reason: reason.trim() } });
      setOpened(false);
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) form.setErrors(fields);
      else setProblem(t('common.unexpected'));
    }
  });
  return (
    <>
      <Button variant="default" color="red" onClick={() => setOpened(true)}>
        {t('followUps.discard.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('followUps.discard.title')}
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t('followUps.discard.explain')}</Text>
            {problem && (
              <Alert color="red" role="alert">
                {problem}
              </Alert>
            )}
            <Textarea
              label={t('followUps.discard.reason')}
              required
              autosize
              minRows={2}
              {...form.getInputProps('reason')}
            />
            <Button type="submit" color="red.9" loading={form.submitting}>
              {t('followUps.discard.submit')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** Send a failed one again: as it was, or to other contacts of the school. */
function Retry({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [contactsError, setContactsError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [retry, { loading }] = useMutation(RETRY, { refetchQueries: ['FollowUpPage'] });
  const schoolId = followUp.request.case.student.school?.id;
  const toSchool = SCHOOL_KINDS.has(followUp.kind) && Boolean(schoolId);
  const contacts = useQuery(CONTACTS, {
    variables: { schoolId: schoolId ?? '' },
    skip: !toSchool || !opened,
  });
  const run = async (to: string[] | null) => {
    setProblem(null);
    setContactsError(null);
    try {
      await retry({ variables: { id: followUp.id, to } });
      setOpened(false);
    } catch (error) {
      const fields = fieldErrorsByPath(error);
      const about = Object.entries(fields).filter(([path]) =>
        path.startsWith('recipientContactIds'),
      );
      if (to && about.length) setContactsError(about.map(([, message]) => message).join(' '));
      else
        setProblem(
          errorCode(error) === 'CONFLICT' ? t('followUps.retry.conflict') : t('common.unexpected'),
        );
    }
  };
  const current = new Set(followUp.recipients.map((r) => r.contactId));
  const options = (contacts.data?.schoolContacts.edges ?? [])
    .map((e) => e.node)
    .filter((c) => !current.has(c.id))
    .map((c) => ({
      value: c.id,
      label: `${c.name}${c.title ? ` — ${c.title}` : ''}${c.email ? ` <${c.email}>` : ` (${t('followUps.noEmail')})`}`,
      disabled: !c.email,
    }));
  return (
    <Stack gap="xs">
      <Group>
        <Button
          loading={loading && !opened}
          // To the same people: useless while none of them has an address on file.
          disabled={followUp.recipients.every((r) => !r.email)}
          onClick={() => void run(null)}
        >
          {t('followUps.retry.again')}
        </Button>
        {toSchool && (
          <Button
            variant="default"
            onClick={() => {
              setChosen([]);
              setContactsError(null);
              setOpened(true);
            }}
          >
            {t('followUps.retry.other')}
          </Button>
        )}
      </Group>
      {problem && !opened && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('followUps.retry.otherTitle')}
      >
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!chosen.length) {
              setContactsError(t('followUps.retry.chooseOne'));
              return;
            }
            void run(chosen);
          }}
        >
          <Stack>
            {problem && (
              <Alert color="red" role="alert">
                {problem}
              </Alert>
            )}
            <MultiSelect
              label={t('followUps.retry.contacts')}
              description={followUp.request.case.student.school?.name}
              placeholder={contacts.loading ? t('common.loading') : undefined}
              nothingFoundMessage={t('followUps.retry.noContacts')}
              required
              searchable
              data={options}
              value={chosen}
              onChange={(ids) => {
                setChosen(ids);
                setContactsError(null);
              }}
              error={contactsError}
            />
            <Button type="submit" loading={loading}>
              {t('followUps.retry.send')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}

// Dark enough for 4.5:1 on white (green 9 and orange 9 are not).
const OUTCOME_COLORS: Record<string, string> = {
  ACCEPTED: 'teal.9',
  TEMPORARY_FAILURE: 'red.9',
  PERMANENT_FAILURE: 'red.9',
  INTERRUPTED: 'gray.7',
};

/** Every attempt to deliver it: when, how it ended, what the mail server said. */
function Attempts({ followUp }: { followUp: FollowUp }) {
  const { t, i18n } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const attempts = followUp.deliveryAttempts;
  if (!attempts.length) return <Text c="dimmed">{t('followUps.attempts.none')}</Text>;
  const outcome = (o: string | null | undefined) => (
    <Text size="sm" c={o ? OUTCOME_COLORS[o] : undefined}>
      {t(`followUps.attempts.outcome.${o ?? 'PENDING'}`)}
    </Text>
  );
  if (!wide)
    return (
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {attempts.map((a) => (
          <Paper key={a.attempt} component="li" withBorder p="sm">
            <Text size="sm" fw={600}>
              {t('followUps.attempts.number', { n: a.attempt })} ·{' '}
              {formatTime(a.startedAt, i18n.language)}
            </Text>
            {outcome(a.outcome)}
            {a.serverResponse && (
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {a.serverResponse}
              </Text>
            )}
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('followUps.attempts.attempt')}</Table.Th>
          <Table.Th>{t('followUps.attempts.started')}</Table.Th>
          <Table.Th>{t('followUps.attempts.result')}</Table.Th>
          <Table.Th>{t('followUps.attempts.server')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {attempts.map((a) => (
          <Table.Tr key={a.attempt}>
            <Table.Td>{a.attempt}</Table.Td>
            <Table.Td>{formatTime(a.startedAt, i18n.language)}</Table.Td>
            <Table.Td>{outcome(a.outcome)}</Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{a.serverResponse ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Where it stands, in a sentence. */
function Standing({ followUp }: { followUp: FollowUp }) {
  const { t, i18n } = useTranslation();
  const at = (iso: string) => formatTime(iso, i18n.language);
  switch (followUp.status) {
    case 'DRAFT':
      return (
        <Alert color="yellow" role="status">
          {t('followUps.standing.DRAFT')}
        </Alert>
      );
    case 'PLANNED':
    case 'QUEUED':
    case 'SENDING':
      return (
        <Alert color="blue" role="status">
          {followUp.requiresApproval && !followUp.approvedAt
            ? t('followUps.standing.plannedForApproval', { time: at(followUp.scheduledAt) })
            : t('followUps.standing.planned', { time: at(followUp.scheduledAt) })}
        </Alert>
      );
    case 'SENT':
      return (
        <Alert color="green" role="status">
          {t('followUps.standing.SENT', { time: at(followUp.sentAt ?? followUp.scheduledAt) })}
        </Alert>
      );
    case 'CANCELLED':
      return (
        <Alert color="gray" role="status">
          {t('followUps.standing.CANCELLED')} {cancelReason(followUp.cancelledReason, t)}
        </Alert>
      );
    case 'FAILED':
      return (
        <Alert color="red" title={t('followUps.standing.FAILED')} role="status">
          <Stack gap={4}>
            <Text size="sm">{failureReason(followUp.lastError, t)}</Text>
            {followUp.lastError && (
              <Text size="sm">
                {t('followUps.serverSaid')} <q>{followUp.lastError}</q>
              </Text>
            )}
          </Stack>
        </Alert>
      );
  }
}

/** One follow-up: the email as it will go out (or went out), and what can be done with it. */
export function FollowUpPage() {
  const { t } = useTranslation();
  const { followUpId = '' } = useParams();
  const { data, loading, error } = useQuery(FOLLOW_UP, {
    variables: { id: followUpId },
    fetchPolicy: 'cache-and-network',
  });
  // Another organization's follow-up, or none: the api says NOT_FOUND (or refuses a bad id).
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT')
    return <NotFound what={t('followUps.notFound')} />;
  if (error)
    return (
      <Alert color="red" role="alert">
        {t('common.loadFailed')}
      </Alert>
    );
  if (loading && !data) return <Loader role="status" aria-label={t('common.loading')} />;
  if (!data) return null;
  const f = data.followUp;
  const c = f.request.case;
  const pending = PENDING.has(f.status);
  const reminder = f.kind === 'ADVOCATE_REMINDER';
  const addresses = (list: Array<{ name: string; email: string }>) =>
    list.map((r) => recipientText(r, t));

  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/follow-ups">
        {t('followUps.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2}>
            <KindLabel kind={f.kind} sequence={f.sequence} inherit />
          </Title>
          <Text>
            <Anchor component={Link} to={`/cases/${c.id}`}>
              {c.family.householdName}
            </Anchor>{' '}
            · {[c.student.name, c.student.school?.name].filter(Boolean).join(' · ')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('followUps.about', { subject: f.request.subject })}
          </Text>
        </Stack>
        <StatusBadge status={f.status} />
      </Group>
      <Standing followUp={f} />

      {f.status === 'FAILED' && <Retry followUp={f} />}

      {!reminder && (pending || f.status === 'FAILED') && (
        <section aria-labelledby="preview-heading">
          <Title order={3} size="h4" id="preview-heading" mb="xs">
            {t('followUps.previewTitle')}
          </Title>
          <Preview id={f.id} recipients={addresses(f.recipients)} />
        </section>
      )}
      {!reminder && pending && (
        <Group>
          {f.status === 'DRAFT' && <Approve id={f.id} />}
          <EditWords followUp={f} />
          <Discard id={f.id} />
        </Group>
      )}
      {f.status === 'SENT' && (
        <section aria-labelledby="sent-heading">
          <Title order={3} size="h4" id="sent-heading" mb="xs">
            {t('followUps.sentTitle')}
          </Title>
          <Email
            to={addresses(f.recipients)}
            cc={addresses(f.cc)}
            subject={f.subject ?? ''}
            body={f.body ?? ''}
          />
        </section>
      )}
      {(f.status === 'SENT' || f.status === 'FAILED' || f.deliveryAttempts.length > 0) && (
        <section aria-labelledby="attempts-heading">
          <Title order={3} size="h4" id="attempts-heading" mb="xs">
            {t('followUps.attempts.title')}
          </Title>
          <Attempts followUp={f} />
        </section>
      )}
    </Stack>
  );
}
