import { useMutation } from '@apollo/client/react';
import { Alert, Card, Stack, Switch } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asSentence, fieldErrors } from '../../errors';
import { graphql } from '../../gql';
import type { Reply } from './ReplyPage';

const SHARE = graphql(`
  mutation ShareReplyWithFamily($id: ID!, $shared: Boolean!) {
    shareReplyWithFamily(id: $id, shared: $shared) {
      id
      sharedWithFamily
    }
  }
`);

/** The family sees the reply in their portal, or no longer does: saved as it is switched. */
export function ShareReply({ reply }: { reply: Reply }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [share, { loading }] = useMutation(SHARE);
  // Why it cannot be shared, said beside the switch rather than refused after a click.
  const why = !reply.request
    ? t('replies.share.needsRequest')
    : reply.status === 'BOUNCE'
      ? t('replies.share.bounce')
      : null;
  const change = async (shared: boolean) => {
    setProblem(null);
    try {
      await share({ variables: { id: reply.id, shared } });
    } catch (error) {
      setProblem(Object.values(fieldErrors(error)).map(asSentence)[0] ?? t('common.unexpected'));
    }
  };
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Switch
          label={t('replies.share.label')}
          description={why ?? t('replies.share.help')}
          checked={reply.sharedWithFamily}
          // Already shared stays switchable off, whatever happened since.
          disabled={loading || (Boolean(why) && !reply.sharedWithFamily)}
          onChange={(event) => void change(event.currentTarget.checked)}
        />
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
