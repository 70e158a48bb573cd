import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, fieldErrors, fieldErrorsByPath } from '../errors';
import { graphql } from '../gql';
import type { FollowUp } from './FollowUpPage';
import { PREVIEW } from './FollowUpEmail';
import { SCHOOL_KINDS, wordsProblem } from './follow-up-parts';

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

/** Changes the subject and words (a draft, or a planned one not yet sent). */
export function EditWords({ followUp }: { followUp: FollowUp }) {
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

export function Approve({ id }: { id: string }) {
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

export function Discard({ id }: { id: string }) {
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
export function Retry({ followUp }: { followUp: FollowUp }) {
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
