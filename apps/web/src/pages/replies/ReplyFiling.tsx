import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOpenRequests } from './open-requests';
import type { Reply } from './ReplyPage';

/** Where the reply is filed (its case and request) and how OnRecord tied it there. */
export function ReplyFiling({ reply }: { reply: Reply }) {
  const { t } = useTranslation();
  const request = reply.request;
  // The sender's suggestion is an open request: named from the list the filing form offers.
  const open = useOpenRequests(!reply.suggestedRequestId);
  const suggestion = reply.suggestedRequestId ? open.byId.get(reply.suggestedRequestId) : null;
  return (
    <Card withBorder component="section" aria-labelledby="reply-filing">
      <Title order={3} size="h4" id="reply-filing" mb="sm">
        {t('replies.reply.filing')}
      </Title>
      {request ? (
        <Stack gap={4}>
          <Text size="sm">
            {t('replies.reply.case')}:{' '}
            <Anchor component={Link} to={`/cases/${request.case.id}`} size="sm">
              {request.case.family.householdName}
            </Anchor>{' '}
            <Text span size="sm" c="dimmed">
              ({request.case.title})
            </Text>
          </Text>
          <Text size="sm">
            {t('replies.reply.request')}:{' '}
            <Anchor
              component={Link}
              to={`/cases/${request.case.id}#request-${request.id}`}
              size="sm"
            >
              {request.subject}
            </Anchor>{' '}
            <Text span size="sm" c="dimmed">
              ({t(`requestStatus.${request.status}`)})
            </Text>
          </Text>
        </Stack>
      ) : (
        <Text size="sm">{t('replies.reply.notFiled')}</Text>
      )}
      <Text size="sm" c="dimmed" mt="xs">
        {t(`replies.reply.match.${reply.match ?? 'none'}`)}
      </Text>
      {suggestion && (
        <Text size="sm" fw={600} mt={4}>
          {t('replies.suggested', { subject: suggestion.subject, family: suggestion.family })}
        </Text>
      )}
    </Card>
  );
}
