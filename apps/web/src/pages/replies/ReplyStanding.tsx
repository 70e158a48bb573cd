import { Alert, Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../dates';
import type { Reply } from './ReplyPage';

/** Where the reply stands, in a sentence: what waits on it, or what was decided. */
export function ReplyStanding({ reply, holdDays }: { reply: Reply; holdDays: number }) {
  const { t, i18n } = useTranslation();
  const at = (iso: string | null | undefined) => (iso ? formatTime(iso, i18n.language) : '');
  if (reply.triage && reply.status !== 'BOUNCE')
    return (
      <Alert color="yellow" role="status">
        {t('replies.reply.standing.triage')}
      </Alert>
    );
  switch (reply.status) {
    case 'UNCLASSIFIED':
      return (
        <Alert color="violet" role="status">
          {holdDays > 0
            ? t('replies.reply.standing.held', { count: holdDays })
            : t('replies.reply.standing.notHeld')}
        </Alert>
      );
    case 'CLASSIFIED_ANSWER':
      return (
        <Alert color="green" role="status">
          {t('replies.reply.standing.CLASSIFIED_ANSWER', { time: at(reply.classifiedAt) })}
        </Alert>
      );
    case 'NOT_AN_ANSWER':
      return (
        <Alert color="gray" role="status">
          {t('replies.reply.standing.NOT_AN_ANSWER', { time: at(reply.classifiedAt) })}
        </Alert>
      );
    case 'AUTO_REPLY':
      return (
        <Alert color="blue" role="status">
          <Stack gap={4}>
            <Text size="sm">{t('replies.reply.standing.AUTO_REPLY')}</Text>
            {reply.autoReplyReason && (
              <Text size="sm">
                {t('replies.reply.standing.autoReplyReason', { reason: reply.autoReplyReason })}
              </Text>
            )}
          </Stack>
        </Alert>
      );
    case 'BOUNCE':
      return (
        <Alert color="red" role="status">
          <Stack gap={4}>
            <Text size="sm">{t('replies.reply.standing.BOUNCE')}</Text>
            {reply.bounceRecipient && (
              <Text size="sm">
                {t('replies.reply.standing.bounceRecipient', { address: reply.bounceRecipient })}
              </Text>
            )}
            {reply.bounceDiagnostic && (
              <Text size="sm">
                {t('replies.reply.standing.bounceDiagnostic')} <Code>{reply.bounceDiagnostic}</Code>
              </Text>
            )}
          </Stack>
        </Alert>
      );
  }
}
