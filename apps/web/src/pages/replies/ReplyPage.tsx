import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Card, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useActiveRole } from '../../auth/useActiveRole';
import { errorCode } from '../../errors';
import { graphql } from '../../gql';
import type { ReplyPageQuery } from '../../gql/graphql';
import { NotFound } from '../NotFound';
import { NotAnAnswer } from './NotAnAnswer';
import { RecordReplyAnswer } from './RecordReplyAnswer';
import { RecordedAnswer } from './RecordedAnswer';
import { FileReply } from './FileReply';
import { ReplyFiling } from './ReplyFiling';
import { ReplyMessage } from './ReplyMessage';
import { ReplyStanding } from './ReplyStanding';
import { ShareReply } from './ShareReply';
import { ReplyStatusBadge } from './reply-parts';

const REPLY = graphql(`
  query ReplyPage($id: ID!) {
    inboundMessage(id: $id) {
      id
      status
      match
      triage
      fromName
      fromAddress
      toAddresses
      subject
      sentAt
      receivedAt
      text
      parseProblems
      autoReplyReason
      bounceRecipient
      bounceDiagnostic
      classifiedAt
      sharedWithFamily
      schoolResponseId
      suggestedRequestId
      attachments {
        id
        filename
        contentType
        sizeBytes
        kept
      }
      request {
        id
        subject
        status
        case {
          id
          title
          family {
            householdName
          }
        }
        responses {
          id
          receivedOn
          outcome
          reasons
          partial
          priorWrittenNotice
          summary
        }
      }
    }
    followUpPolicy {
      replyHoldSchoolDays
    }
  }
`);

export type Reply = ReplyPageQuery['inboundMessage'];

/** What may still be recorded as the school's answer (the api's rule: not a bounce, not twice). */
const ANSWERABLE = new Set(['UNCLASSIFIED', 'NOT_AN_ANSWER', 'AUTO_REPLY']);

/** What an advocate can do with the reply, as it stands. */
function Actions({ reply }: { reply: Reply }) {
  const { t } = useTranslation();
  const filed = Boolean(reply.request);
  const answerable = filed && ANSWERABLE.has(reply.status);
  return (
    <Stack>
      {answerable && (
        <Card withBorder component="section" aria-labelledby="reply-actions">
          <Title order={3} size="h4" id="reply-actions" mb="sm">
            {t('replies.reply.actions')}
          </Title>
          <Stack>
            <RecordReplyAnswer reply={reply} />
            {reply.status === 'UNCLASSIFIED' && <NotAnAnswer id={reply.id} />}
          </Stack>
        </Card>
      )}
      {reply.status !== 'CLASSIFIED_ANSWER' && <FileReply reply={reply} />}
      <ShareReply reply={reply} />
    </Stack>
  );
}

/**
 * One captured reply: its headers and words (plain text only: what a school sent is never
 * rendered as HTML), where it is filed and how, and what an advocate says it is.
 */
export function ReplyPage() {
  const { t } = useTranslation();
  const { replyId = '' } = useParams();
  const { role } = useActiveRole();
  const { data, loading, error } = useQuery(REPLY, {
    variables: { id: replyId },
    fetchPolicy: 'cache-and-network',
  });
  // Another organization's reply, or none: the api says NOT_FOUND (or refuses a bad id).
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT')
    return <NotFound what={t('replies.reply.notFound')} />;
  if (error)
    return (
      <Alert color="red" role="alert">
        {t('common.loadFailed')}
      </Alert>
    );
  if (loading && !data) return <Loader role="status" aria-label={t('common.loading')} />;
  if (!data) return null;
  const reply = data.inboundMessage;
  const request = reply.request;
  // Only admins and advocates classify, file and share (the api's rule too).
  const acts = role === 'ADMIN' || role === 'ADVOCATE';

  return (
    <Stack maw={1200}>
      <Anchor component={Link} to="/replies">
        {t('replies.reply.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} miw={0}>
          <Title order={2} style={{ overflowWrap: 'anywhere' }}>
            {reply.subject.trim() || t('replies.noSubject')}
          </Title>
          {request && (
            <Text>
              <Anchor component={Link} to={`/cases/${request.case.id}`}>
                {request.case.family.householdName}
              </Anchor>{' '}
              · {request.subject}
            </Text>
          )}
        </Stack>
        <ReplyStatusBadge status={reply.status} />
      </Group>
      <ReplyStanding reply={reply} holdDays={data.followUpPolicy.replyHoldSchoolDays} />
      {reply.status === 'CLASSIFIED_ANSWER' && <RecordedAnswer reply={reply} />}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <ReplyMessage reply={reply} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <ReplyFiling reply={reply} />
            {acts && <Actions reply={reply} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
