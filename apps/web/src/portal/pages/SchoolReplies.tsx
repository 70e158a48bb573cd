import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { longDateTime } from '../dates';
import type { PortalCase } from '../operations';

type Reply = PortalCase['sharedReplies'][number];

/**
 * The school's emails the advocate shared with the family, newest first: when, who, about
 * which request, the subject and the words. The words are the email's plain text, shown as
 * text (React escapes it): never the sender's HTML. Files are named only; the advocate has them.
 */
export function SchoolReplies({ record }: { record: PortalCase }) {
  const { t, i18n } = useTranslation();
  if (record.sharedReplies.length === 0) return <Text>{t('case.noReplies')}</Text>;
  const about = (reply: Reply) => {
    const request = record.requests.find((r) => r.id === reply.requestId);
    return request ? t('case.replyAbout', { what: t(`requestType.${request.type}`) }) : null;
  };
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('case.repliesIntro')}
      </Text>
      {record.sharedReplies.map((reply) => (
        <Paper withBorder p="sm" key={reply.id} component="article">
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {longDateTime(reply.receivedAt, i18n.language)}
            </Text>
            <Text fw={600}>{t('case.replyFrom', { name: reply.from })}</Text>
            {about(reply) && <Text size="sm">{about(reply)}</Text>}
            {reply.subject && (
              <Text size="sm">{t('case.replySubject', { subject: reply.subject })}</Text>
            )}
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {reply.text.trim() || t('case.replyNoText')}
            </Text>
            {reply.attachmentNames.length > 0 && (
              <Text size="sm">
                {t('case.replyFiles', {
                  list: reply.attachmentNames
                    .map((name) => name.trim() || t('case.unnamedFile'))
                    .join(', '),
                })}
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </>
  );
}
