import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../../dates';
import type { Reply } from './ReplyPage';

/** The school response recorded from this reply, as its request now has it. */
export function RecordedAnswer({ reply }: { reply: Reply }) {
  const { t, i18n } = useTranslation();
  const request = reply.request;
  const response = request?.responses.find((r) => r.id === reply.schoolResponseId);
  if (!request) return null;
  return (
    <Card withBorder component="section" aria-labelledby="recorded-answer">
      <Title order={3} size="h4" id="recorded-answer" mb="sm">
        {t('replies.reply.recorded')}
      </Title>
      <Stack gap={4}>
        {response && (
          <>
            <Text size="sm" fw={600}>
              {t(`outcome.${response.outcome}`)}
              {response.reasons.length
                ? ` (${response.reasons.map((r) => t(`refusalReason.${r}`)).join(', ')})`
                : ''}
            </Text>
            <Text size="sm" c="dimmed">
              {t('replies.reply.receivedOn', {
                date: formatDay(response.receivedOn, i18n.language),
              })}
            </Text>
            {response.partial && <Text size="sm">{t('replies.reply.partial')}</Text>}
            {response.priorWrittenNotice && <Text size="sm">{t('replies.reply.withPwn')}</Text>}
            {response.summary && (
              <Text
                size="sm"
                style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                lineClamp={8}
              >
                {response.summary}
              </Text>
            )}
          </>
        )}
        <Anchor component={Link} to={`/cases/${request.case.id}#request-${request.id}`} size="sm">
          {t('replies.reply.openRequest')}
        </Anchor>
      </Stack>
    </Card>
  );
}
