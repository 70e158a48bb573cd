import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asSentence, errorCode, fieldErrors } from '../../errors';
import { graphql } from '../../gql';
import { OPEN_REQUESTS_PAGE, useOpenRequests } from './open-requests';
import type { Reply } from './ReplyPage';
import { WRAPPING_BUTTON } from './reply-parts';

const FILE = graphql(`
  mutation FileReply($id: ID!, $requestId: ID!) {
    # The page is read again with it (ReplyPage): the request it is filed under comes with it.
    fileReply(id: $id, requestId: $requestId) {
      id
    }
  }
`);

/** The select of open requests and the button that files the reply under the one chosen. */
function FileForm({ reply, moving }: { reply: Reply; moving: boolean }) {
  const { t } = useTranslation();
  const open = useOpenRequests();
  const current = reply.request?.id;
  const [chosen, setChosen] = useState<string | null>(reply.suggestedRequestId ?? null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The page is read again: the filing, the standing and the actions all change.
  const [file, { loading }] = useMutation(FILE, {
    refetchQueries: ['ReplyPage'],
    awaitRefetchQueries: true,
  });
  const options = open.requests
    .filter((r) => r.id !== current)
    .map((r) => {
      const label = `${r.subject} — ${r.family}`;
      return {
        value: r.id,
        label:
          r.id === reply.suggestedRequestId ? t('replies.file.suggestedOption', { label }) : label,
      };
    });
  const submit = async () => {
    setProblem(null);
    if (!chosen) {
      setFieldError(t('replies.file.chooseOne'));
      return;
    }
    try {
      await file({ variables: { id: reply.id, requestId: chosen } });
    } catch (error) {
      const fields = fieldErrors(error);
      if (fields['requestId']) setFieldError(fields['requestId']);
      else if (errorCode(error) === 'CONFLICT') setProblem(t('replies.file.conflict'));
      else setProblem(Object.values(fields).map(asSentence)[0] ?? t('common.unexpected'));
    }
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Select
          label={t('replies.file.request')}
          description={t('replies.file.requestHelp')}
          placeholder={open.loading ? t('common.loading') : undefined}
          searchable
          required
          data={options}
          value={chosen}
          onChange={(value) => {
            setChosen(value);
            setFieldError(null);
          }}
          error={fieldError}
          comboboxProps={{ withinPortal: true }}
        />
        {open.more && (
          <Text size="xs" c="dimmed">
            {t('replies.file.firstOnly', { count: OPEN_REQUESTS_PAGE })}
          </Text>
        )}
        <Button type="submit" loading={loading} variant={moving ? 'default' : 'filled'}>
          {moving ? t('replies.file.move') : t('replies.file.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/**
 * Files the reply under a request: for one in triage, the first thing to do (the sender's
 * suggestion chosen already); for one filed under the wrong request, behind a question.
 */
export function FileReply({ reply }: { reply: Reply }) {
  const { t } = useTranslation();
  const [moving, setMoving] = useState(false);
  if (!reply.request)
    return (
      <Card withBorder component="section" aria-labelledby="reply-file">
        <Title order={3} size="h4" id="reply-file" mb="sm">
          {t('replies.file.title')}
        </Title>
        <FileForm reply={reply} moving={false} />
      </Card>
    );
  return (
    <div>
      <Button
        variant="subtle"
        size="compact-sm"
        styles={WRAPPING_BUTTON}
        aria-expanded={moving}
        onClick={() => setMoving((m) => !m)}
      >
        {t('replies.file.moveTitle')}
      </Button>
      {moving && (
        <Card withBorder mt="xs" id="reply-move">
          <FileForm reply={reply} moving />
        </Card>
      )}
    </div>
  );
}
