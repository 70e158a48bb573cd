import { Alert, Anchor, Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { longDateTime, longDay } from '../dates';
import { PortalApiError, request } from '../graphql';
import { CASE, type PortalCase } from '../operations';
import { asTitle, nextStepText, requestDeadlineText } from '../plain-words';
import { SchoolReplies } from './SchoolReplies';
import { SharedDocuments } from './SharedDocuments';
import { WriteToAdvocateButton } from './WriteToAdvocateButton';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack component="section" gap="xs">
      <Title order={2} size="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** "My case": everything the family may see, in plain words, late things first. */
export function CasePage() {
  const { t, i18n } = useTranslation();
  const { caseId } = useParams();
  const [record, setRecord] = useState<PortalCase | null>(null);
  const [problem, setProblem] = useState<'notFound' | 'failed' | null>(null);

  useEffect(() => {
    setRecord(null);
    setProblem(null);
    request<{ portalCase: PortalCase }>(CASE, { id: caseId })
      .then((data) => setRecord(data.portalCase))
      .catch((error: unknown) => {
        // Another family's (or organization's) case, or a mistyped id: the same answer.
        const code = error instanceof PortalApiError ? error.code : '';
        setProblem(code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' ? 'notFound' : 'failed');
      });
  }, [caseId]);

  if (problem === 'notFound')
    return (
      <Stack>
        <Title order={1} size="h2">
          {t('case.notFound')}
        </Title>
        <Text>{t('case.notFoundText')}</Text>
        <Anchor component={Link} to="/">
          {t('case.backHome')}
        </Anchor>
      </Stack>
    );
  if (problem)
    return (
      <Alert color="red" role="alert">
        {t('app.unexpected')}
      </Alert>
    );
  if (!record) return <Loader role="status" aria-label={t('app.loading')} />;

  const lang = i18n.language;
  const day = (value: string) => longDay(value, lang);
  const { student } = record;
  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {student.grade
            ? t('case.student', { name: student.name, grade: student.grade })
            : t('case.studentNoGrade', { name: student.name })}
        </Title>
        {student.schoolName && <Text c="dimmed">{student.schoolName}</Text>}
      </Stack>

      <Section title={t('case.nextSteps')}>
        {record.nextSteps.length === 0 && <Text>{t('case.noNextSteps')}</Text>}
        {record.nextSteps.map((step, index) => {
          const late = step.kind === 'ANSWER_LATE' || step.kind === 'COMMITMENT_LATE';
          return (
            <Paper
              key={`${step.kind}-${step.requestId ?? step.meetingId}-${step.commitmentId}-${index}`}
              withBorder
              p="sm"
              style={
                late ? { borderColor: 'var(--mantine-color-red-8)', borderWidth: 2 } : undefined
              }
            >
              <Stack gap={4}>
                {late && (
                  <Badge color="red.9" variant="filled">
                    {t('case.late')}
                  </Badge>
                )}
                <Text>{nextStepText(t, record, step, lang)}</Text>
              </Stack>
            </Paper>
          );
        })}
      </Section>

      <Section title={t('case.advocate')}>
        <WriteToAdvocateButton caseId={record.id} />
        {record.advocates.length === 0 && <Text>{t('case.noAdvocate')}</Text>}
        {record.advocates.map((a) => (
          <Paper withBorder p="sm" key={a.email}>
            <Text fw={600}>{a.name}</Text>
            <Anchor href={`mailto:${a.email}`}>{t('case.advocateWrite', { name: a.name })}</Anchor>
            <Text size="sm" c="dimmed">
              {a.email}
            </Text>
          </Paper>
        ))}
      </Section>

      <Section title={t('case.requests')}>
        {record.requests.length === 0 && <Text>{t('case.noRequests')}</Text>}
        {record.requests.map((r) => (
          <Paper withBorder p="sm" key={r.id} component="article">
            <Stack gap={6}>
              <Group gap="xs">
                <Title order={3} size="h4">
                  {asTitle(t(`requestType.${r.type}`))}
                </Title>
                {r.overdue && (
                  <Badge color="red.9" variant="filled">
                    {t('case.late')}
                  </Badge>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                “{r.subject}”
              </Text>
              {r.sentOn && <Text>{t('case.sentOn', { date: day(r.sentOn) })}</Text>}
              {requestDeadlineText(t, r, lang) && <Text>{requestDeadlineText(t, r, lang)}</Text>}
              {r.overdue && (
                <Text fw={600} c="red.9">
                  {t('case.overdue')}
                </Text>
              )}
              {r.followUpsSent > 0 && (
                <Text>{t('case.followUps', { count: r.followUpsSent })}</Text>
              )}
              <Anchor component={Link} to={`/cases/${record.id}/requests/${r.id}`} fw={600}>
                {t('letter.read')}
              </Anchor>
              {r.responses.length > 0 && (
                <Stack gap={4}>
                  <Title order={4} size="h5">
                    {t('case.answers')}
                  </Title>
                  {r.responses.map((response) => (
                    <Paper key={response.id} bg="gray.0" p="xs">
                      <Text>
                        {t('case.answerOn', { date: day(response.receivedOn) })}{' '}
                        <strong>{t(`outcome.${response.outcome}`)}</strong>{' '}
                        {response.partial && t('case.partly')}
                      </Text>
                      {response.reasons.length > 0 && (
                        <Text>
                          {t('reasons', {
                            list: response.reasons
                              .map((reason) => t(`reason.${reason}`))
                              .join('; '),
                          })}
                        </Text>
                      )}
                      {response.summary && <Text size="sm">“{response.summary}”</Text>}
                    </Paper>
                  ))}
                </Stack>
              )}
            </Stack>
          </Paper>
        ))}
      </Section>

      <Section title={t('case.replies')}>
        <SchoolReplies record={record} />
      </Section>

      <Section title={t('case.documents')}>
        <SharedDocuments
          record={record}
          onAdded={(document) =>
            setRecord({ ...record, documents: [document, ...record.documents] })
          }
        />
      </Section>

      <Section title={t('case.commitments')}>
        {record.commitments.length === 0 && <Text>{t('case.noCommitments')}</Text>}
        {record.commitments.map((c) => (
          <Paper withBorder p="sm" key={c.id}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text>{c.description}</Text>
              <Badge
                style={{ flexShrink: 0, overflow: 'visible' }}
                color={c.status === 'MISSED' ? 'red.9' : c.status === 'MET' ? 'green.9' : 'gray.8'}
              >
                {t(`commitmentStatus.${c.status}`)}
              </Badge>
            </Group>
            <Text size="sm">{t('case.dueBy', { date: day(c.dueOn) })}</Text>
          </Paper>
        ))}
      </Section>

      <Section title={t('case.meetings')}>
        {record.meetings.length === 0 && <Text>{t('case.noMeetings')}</Text>}
        {record.meetings.map((m) => (
          <Paper withBorder p="sm" key={m.id}>
            <Text fw={600}>{t(`meetingKind.${m.kind}`)}</Text>
            <Text>{longDateTime(m.startsAt, lang)}</Text>
            {m.location && <Text size="sm">{m.location}</Text>}
          </Paper>
        ))}
      </Section>

      <Section title={t('case.notes')}>
        {record.sharedNotes.length === 0 && <Text>{t('case.noNotes')}</Text>}
        {record.sharedNotes.map((n) => (
          <Paper withBorder p="sm" key={n.id}>
            <Text size="sm" c="dimmed">
              {day(n.createdAt)}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{n.body}</Text>
          </Paper>
        ))}
      </Section>
    </Stack>
  );
}
