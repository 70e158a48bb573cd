import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asSentence, errorCode, fieldErrors } from '../../errors';
import { graphql } from '../../gql';
import { WRAPPING_BUTTON } from './reply-parts';

const MARK = graphql(`
  mutation MarkReplyNotAnAnswer($id: ID!) {
    markReplyNotAnAnswer(id: $id) {
      id
      status
      classifiedAt
    }
  }
`);

/**
 * "Not an answer", asked twice: the dialog says what it means before anything changes —
 * the reply stays on file, and the request's follow-ups go on.
 */
export function NotAnAnswer({ id }: { id: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [mark, { loading }] = useMutation(MARK, {
    refetchQueries: ['ReplyPage'],
    awaitRefetchQueries: true,
  });
  const confirm = async () => {
    setProblem(null);
    try {
      await mark({ variables: { id } });
      setOpened(false);
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') setProblem(t('replies.notAnswer.conflict'));
      else
        setProblem(Object.values(fieldErrors(error)).map(asSentence)[0] ?? t('common.unexpected'));
    }
  };
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)} styles={WRAPPING_BUTTON}>
        {t('replies.notAnswer.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('replies.notAnswer.title')}
      >
        <Stack>
          <Text size="sm">{t('replies.notAnswer.explain')}</Text>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('replies.record.cancel')}
            </Button>
            <Button loading={loading} onClick={() => void confirm()}>
              {t('replies.notAnswer.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
