import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorCode } from '../errors';
import { graphql } from '../gql';
import type { FollowUpPageQuery } from '../gql/graphql';
import { NotFound } from './NotFound';
import { Approve, Discard, EditWords, Retry } from './FollowUpActions';
import { Attempts, Email, Preview } from './FollowUpEmail';
import {
  KindLabel,
  StatusBadge,
  failureReason,
  formatTime,
  recipientText,
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

export type FollowUp = FollowUpPageQuery['followUp'];

/** Still owed: its words can change, and it can be discarded. */
export const PENDING = new Set(['DRAFT', 'PLANNED', 'QUEUED']);

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
