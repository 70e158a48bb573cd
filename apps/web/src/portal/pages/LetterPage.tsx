import {
  Alert,
  Anchor,
  Badge,
  Box,
  Divider,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { longDay } from '../dates';
import { PortalApiError, request } from '../graphql';
import { LETTER, type PortalLetterRequest, type SchoolPerson } from '../letter/letter-operations';
import { asTitle, requestDeadlineText } from '../plain-words';
import { NotFoundPage } from './NotFoundPage';

/** Long words and addresses in a letter wrap on a phone instead of widening the page. */
const WORDS_AS_WRITTEN = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/**
 * "The letter" and "What the school answered", each in full, as written: the letter keeps the
 * language it was written in; the words around it follow the family's.
 */
export function LetterPage() {
  const { t, i18n } = useTranslation();
  const { caseId, requestId } = useParams();
  const [record, setRecord] = useState<PortalLetterRequest | null>(null);
  const [problem, setProblem] = useState<'notFound' | 'failed' | null>(null);

  useEffect(() => {
    setRecord(null);
    setProblem(null);
    request<{ portalRequest: PortalLetterRequest }>(LETTER, { id: requestId })
      .then(({ portalRequest }) =>
        // A request of another case in the address: as if it were not there.
        portalRequest.caseId === caseId ? setRecord(portalRequest) : setProblem('notFound'),
      )
      .catch((error: unknown) => {
        // Another family's (or organization's) letter, a draft, or a mistyped id: one answer.
        const code = error instanceof PortalApiError ? error.code : '';
        setProblem(code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' ? 'notFound' : 'failed');
      });
  }, [caseId, requestId]);

  if (problem === 'notFound') return <NotFoundPage />;
  if (problem)
    return (
      <Alert color="red" role="alert">
        {t('app.unexpected')}
      </Alert>
    );
  if (!record) return <Loader role="status" aria-label={t('app.loading')} />;

  const lang = i18n.language;
  const day = (value: string) => longDay(value, lang);
  const person = (p: SchoolPerson) =>
    t('letter.person', { name: p.name, role: t(`letter.role.${p.role}`) });
  const { letter } = record;
  const deadline = requestDeadlineText(t, record, lang);
  const sentOn = letter.sentOn ?? record.sentOn;
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor component={Link} to={`/cases/${record.caseId}`}>
          ← {t('letter.back')}
        </Anchor>
        <Title order={1} size="h2">
          {asTitle(t(`requestType.${record.type}`))}
        </Title>
        {record.overdue && (
          <Badge color="red.9" variant="filled">
            {t('case.late')}
          </Badge>
        )}
        {sentOn && (
          <Text>
            {letter.channel
              ? t('letter.sent', { date: day(sentOn), how: t(`letter.channel.${letter.channel}`) })
              : t('case.sentOn', { date: day(sentOn) })}
          </Text>
        )}
        {deadline && <Text>{deadline}</Text>}
        {record.overdue && (
          <Text fw={600} c="red.9">
            {t('case.overdue')}
          </Text>
        )}
        {record.followUpsSent > 0 && (
          <Text>{t('case.followUps', { count: record.followUpsSent })}</Text>
        )}
      </Stack>

      <Stack component="section" gap="xs">
        <Title order={2} size="h3">
          {t('letter.letter')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('letter.asSent')}
        </Text>
        <Paper withBorder p="md" component="article">
          <Stack gap={6}>
            {letter.to.length > 0 && (
              <Text>
                {t('letter.to', {
                  list: new Intl.ListFormat(lang, { type: 'conjunction' }).format(
                    letter.to.map(person),
                  ),
                })}
              </Text>
            )}
            <Text fw={600} style={WORDS_AS_WRITTEN}>
              {t('letter.subject', { subject: letter.subject })}
            </Text>
            <Divider my={4} />
            <Text size="md" lh={1.65} style={WORDS_AS_WRITTEN}>
              {letter.body}
            </Text>
          </Stack>
        </Paper>
      </Stack>

      <Stack component="section" gap="xs">
        <Title order={2} size="h3">
          {t('letter.answers')}
        </Title>
        {record.responses.length === 0 && <Text>{t('letter.noAnswer')}</Text>}
        {record.responses.map((answer) => (
          <Paper withBorder p="md" component="article" key={answer.id}>
            <Stack gap={6}>
              <Text>
                {answer.respondedBy
                  ? t('letter.answeredBy', {
                      date: day(answer.receivedOn),
                      who: person(answer.respondedBy),
                    })
                  : t('letter.answeredOn', { date: day(answer.receivedOn) })}
              </Text>
              <Text fw={700}>
                {t(`outcome.${answer.outcome}`)} {answer.partial && t('case.partly')}
              </Text>
              {answer.reasons.length > 0 && (
                <Text>
                  {t('reasons', {
                    list: answer.reasons.map((reason) => t(`reason.${reason}`)).join('; '),
                  })}
                </Text>
              )}
              {answer.summary ? (
                <Box
                  component="blockquote"
                  m={0}
                  pl="md"
                  style={{ borderLeft: '4px solid var(--mantine-color-gray-5)' }}
                >
                  <Text size="sm" fw={600} c="dimmed">
                    {t('letter.theirWords')}
                  </Text>
                  <Text lh={1.65} style={WORDS_AS_WRITTEN}>
                    {answer.summary}
                  </Text>
                </Box>
              ) : (
                <Text c="dimmed">{t('letter.noWords')}</Text>
              )}
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
