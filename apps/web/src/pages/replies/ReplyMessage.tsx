import { Alert, Card, List, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../dates';
import type { Reply } from './ReplyPage';
import { formatSize } from '../../file-size';
import { senderText } from './reply-parts';

/** The headers an advocate reads a reply by. */
function Headers({ reply }: { reply: Reply }) {
  const { t, i18n } = useTranslation();
  const rows: Array<[string, string]> = [
    [t('replies.reply.from'), senderText(reply, t)],
    [t('replies.reply.to'), reply.toAddresses.join(', ') || '—'],
    [t('replies.reply.date'), reply.sentAt ? formatTime(reply.sentAt, i18n.language) : '—'],
    [t('replies.reply.received'), formatTime(reply.receivedAt, i18n.language)],
    [t('replies.reply.subject'), reply.subject.trim() || t('replies.noSubject')],
  ];
  return (
    <Table variant="vertical" layout="fixed" withTableBorder>
      <Table.Tbody>
        {rows.map(([name, value]) => (
          <Table.Tr key={name}>
            <Table.Th w={110} scope="row">
              {name}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The reply as it came: headers, its plain text (React writes it as text: the HTML a school
 * sent is never rendered, nor even sent to the browser), its attachments by name, type and
 * size, and what could not be read.
 */
export function ReplyMessage({ reply }: { reply: Reply }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder component="section" aria-labelledby="reply-message">
      <Title order={3} size="h4" id="reply-message" mb="sm">
        {t('replies.reply.message')}
      </Title>
      <Headers reply={reply} />
      {reply.parseProblems.length > 0 && (
        <Alert color="yellow" title={t('replies.reply.parseProblems')} mt="md">
          <Text size="sm">{t('replies.reply.parseProblemsHelp')}</Text>
          <List size="sm" mt={4}>
            {reply.parseProblems.map((problem) => (
              <List.Item key={problem}>{problem}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Paper
        withBorder
        p="md"
        mt="md"
        mx={0}
        mb={0}
        bg="gray.0"
        component="figure"
        aria-label={t('replies.reply.textLabel')}
      >
        <Text
          component="pre"
          size="sm"
          m={0}
          ff="inherit"
          data-testid="reply-text"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {reply.text.trim() ? reply.text : t('replies.reply.noText')}
        </Text>
      </Paper>
      {reply.attachments.length > 0 && (
        <>
          <Title order={4} size="h5" mt="md" mb={4}>
            {t('replies.reply.attachments')}
          </Title>
          <List size="sm" spacing={2}>
            {reply.attachments.map((a) => (
              <List.Item key={a.id}>
                <Text span size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {a.filename}
                </Text>{' '}
                <Text span size="sm" c="dimmed">
                  {[a.contentType, formatSize(a.sizeBytes, i18n.language)]
                    .concat(a.kept ? [] : [t('replies.reply.attachmentNotKept')])
                    .join(' · ')}
                </Text>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Card>
  );
}
