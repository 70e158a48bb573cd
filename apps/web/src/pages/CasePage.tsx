import { lazy, Suspense, useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
  Tooltip,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { formatDay } from '../dates';
import { errorCode } from '../errors';
import { graphql } from '../gql';
import type { CasePageQuery } from '../gql/graphql';
import { NotFound } from './NotFound';
import { RecordAnswer } from './RecordAnswer';
import { RecordSent } from './RecordSent';
import { EmailRequest } from './EmailRequest';
import { ContactItem } from './contacts/ContactItem';
import { LogContact } from './contacts/LogContact';
import { Section } from './Section';
import { useActiveRole } from '../auth/useActiveRole';
import { CaseEnding } from './case-status/CaseEnding';
import { ChangeStatus } from './case-status/ChangeStatus';
import { endsCase } from './case-status/case-status';
import { DemographicsSection } from './demographics/DemographicsSection';
import { DocumentsSection } from './documents/DocumentsSection';
import { EvidencePacketButton } from './packet/EvidencePacketButton';
import { LetterDownload } from './packet/LetterDownload';
import { CaseSurvey } from './survey/CaseSurvey';
import { ReplyWaitingLink } from './replies/ReplyWaitingLink';

// The meeting form (with its date pickers) loads after the page is on screen.
const ScheduleMeeting = lazy(async () => ({
  default: (await import('./ScheduleMeeting')).ScheduleMeeting,
}));

/** Everything the case page shows, in one query. */
const CASE_PAGE = graphql(`
  query CasePage($id: ID!) {
    case(id: $id) {
      id
      title
      status
      openedOn
      closedOn
      outcome
      outcomeNotes
      closingReason
      concerns
      advocates {
        memberId
        name
      }
      caseStatusHistory {
        id
        fromStatus
        toStatus
        changedAt
        reason
      }
      family {
        id
        householdName
        guardians {
          id
          name
          relationship
          email
          phone
          preferredLanguage
        }
      }
      student {
        id
        name
        grade
        plan
        school {
          id
          name
          district {
            id
            name
            timeZone
          }
          escalationChain {
            id
            name
            role
            title
          }
        }
      }
      requests {
        id
        type
        subject
        status
        sentOn
        sentFromOnRecord
        replyWaitingSince
        recipients {
          id
          name
          email
        }
        overdue
        deadline {
          dueOn
          basisLabel
          citation
          ruleId
          incompleteReason
          skippedDays {
            date
            reason
          }
          earliest {
            dueOn
            summary
          }
          latest {
            dueOn
            summary
          }
          override {
            dueOn
            reason
          }
        }
        responses {
          id
          receivedOn
          outcome
          summary
          reasons
          priorWrittenNotice
        }
      }
      commitments {
        id
        description
        dueOn
        status
        overdue
      }
      meetings {
        id
        kind
        startsAt
        location
      }
    }
    caseNotes(caseId: $id, first: 50) {
      edges {
        node {
          id
          body
          visibility
          authorName
          createdAt
        }
      }
    }
    contactLog(caseId: $id, first: 50) {
      edges {
        node {
          id
          party
          channel
          direction
          guardianId
          withWhom
          durationMinutes
          topics
        }
      }
    }
    caseTimeline(caseId: $id, first: 50, order: NEWEST_FIRST) {
      edges {
        node {
          id
          kind
          entityId
          actorGuardianId
          title
          detail
          occurredAt
          sharedWithFamily
        }
      }
    }
  }
`);

type CaseData = CasePageQuery['case'];
type RequestData = CaseData['requests'][number];
type TimelineEvent = CasePageQuery['caseTimeline']['edges'][number]['node'];

/**
 * What the family wrote from the portal: their words in full (not a dimmed aside), under who
 * wrote it, so an advocate reading the timeline cannot miss it.
 */
function FamilyMessageItem({
  event,
  guardians,
}: {
  event: TimelineEvent;
  guardians: CaseData['family']['guardians'];
}) {
  const { t, i18n } = useTranslation();
  const name = guardians.find((g) => g.id === event.actorGuardianId)?.name;
  return (
    <Timeline.Item title={name ? t('case.familyMessage', { name }) : event.title}>
      <Text size="xs" c="dimmed">
        {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(event.occurredAt),
        )}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {event.detail}
      </Text>
    </Timeline.Item>
  );
}

function DeadlineCell({ request }: { request: RequestData }) {
  const { t, i18n } = useTranslation();
  const d = request.deadline;
  if (!d) return <Text size="sm">—</Text>;
  if (!d.dueOn) return <Text size="sm">{d.incompleteReason ?? t('case.noDeadline')}</Text>;
  const ambiguous = d.earliest && d.latest && d.earliest.dueOn !== d.latest.dueOn;
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {formatDay(d.dueOn, i18n.language)}
        </Text>
        {d.override && (
          <Tooltip label={d.override.reason} multiline maw={320}>
            <Badge color="violet.9" variant="outline" tabIndex={0}>
              {t('case.setByHand')}
            </Badge>
          </Tooltip>
        )}
        {request.overdue && <Badge color="red.9">{t('case.overdue')}</Badge>}
      </Group>
      <Text size="xs" c="dimmed">
        {[d.basisLabel, d.citation].filter(Boolean).join(' — ')}
      </Text>
      {d.skippedDays.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('case.skippedDays', { count: d.skippedDays.length })}
        </Text>
      )}
      {ambiguous && (
        <Text size="xs">
          {t('case.readings', { earliest: d.earliest?.summary, latest: d.latest?.summary })}
        </Text>
      )}
    </Stack>
  );
}

function Requests({
  caseId,
  requests,
  guardians,
  timeZone,
  documents,
}: {
  caseId: string;
  requests: RequestData[];
  /** The family's: who can be copied on a request OnRecord emails. */
  guardians: CaseData['family']['guardians'];
  /** The school district's, whose today a request is sent on. */
  timeZone?: string | null;
  /** Whether each request and response shows its documents (admins and advocates). */
  documents: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (!requests.length) return <Text c="dimmed">{t('case.noRequests')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720} type="native" tabIndex={0}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('case.request')}</Table.Th>
            <Table.Th>{t('case.status')}</Table.Th>
            <Table.Th>{t('case.deadline')}</Table.Th>
            <Table.Th>{t('case.responses')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((r) => (
            // An anchor for links to the request (#request-<id>), clear of the fixed header.
            <Table.Tr key={r.id} id={`request-${r.id}`} style={{ scrollMarginTop: 72 }}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {t(`requestType.${r.type}`)}
                </Text>
                <Text size="sm">{r.subject}</Text>
                {r.replyWaitingSince && (
                  <ReplyWaitingLink requestId={r.id} since={r.replyWaitingSince} />
                )}
                {r.status === 'DRAFT' && (
                  <Group gap="xs">
                    <EmailRequest
                      requestId={r.id}
                      subject={r.subject}
                      recipients={r.recipients}
                      guardians={guardians}
                    />
                    <RecordSent requestId={r.id} subject={r.subject} timeZone={timeZone} />
                  </Group>
                )}
                {(r.status === 'SENT' || r.status === 'PARTIALLY_RESPONDED') && (
                  <RecordAnswer requestId={r.id} subject={r.subject} />
                )}
                {r.sentOn && (
                  <Text size="xs" c="dimmed">
                    {t('case.sentOn', { date: formatDay(r.sentOn, i18n.language) })}
                  </Text>
                )}
                {documents && (
                  <DocumentsSection
                    compact
                    caseId={caseId}
                    place={{ requestId: r.id }}
                    title={r.subject}
                  />
                )}
                <LetterDownload requestId={r.id} subject={r.subject} />
              </Table.Td>
              <Table.Td>{t(`requestStatus.${r.status}`)}</Table.Td>
              <Table.Td>
                <DeadlineCell request={r} />
              </Table.Td>
              <Table.Td>
                {r.responses.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('case.noAnswer')}
                  </Text>
                ) : (
                  r.responses.map((resp) => (
                    <Stack gap={4} key={resp.id}>
                      <Text size="sm">
                        {formatDay(resp.receivedOn, i18n.language)}: {t(`outcome.${resp.outcome}`)}
                        {resp.reasons.length
                          ? ` (${resp.reasons.map((r) => t(`refusalReason.${r}`)).join(', ')})`
                          : ''}
                        {resp.priorWrittenNotice ? ` · ${t('case.withPwn')}` : ''}
                        {resp.summary ? ` — ${resp.summary}` : ''}
                      </Text>
                      {documents && (
                        <DocumentsSection
                          compact
                          caseId={caseId}
                          place={{ responseId: resp.id }}
                          title={t('case.responseOn', {
                            date: formatDay(resp.receivedOn, i18n.language),
                          })}
                        />
                      )}
                    </Stack>
                  ))
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function CasePage() {
  const { t, i18n } = useTranslation();
  const { caseId = '' } = useParams();
  const { role } = useActiveRole();
  // Demographics and the parent survey are for admins and advocates only (never asked for
  // anyone else: an analyst is refused the demographics).
  const worksCases = role === 'ADMIN' || role === 'ADVOCATE';
  const { data, loading, error } = useQuery(CASE_PAGE, { variables: { id: caseId } });
  // A link to one of its requests (#request-<id>, from a reply) lands on it once it is drawn.
  const { hash } = useLocation();
  const loaded = Boolean(data);
  useEffect(() => {
    if (loaded && hash.startsWith('#request-'))
      document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'center' });
  }, [loaded, hash]);

  if (loading && !data) return <Loader role="status" aria-label={t('common.loading')} />;
  // Another organization's case, or no case: the api says NOT_FOUND (or refuses a bad id).
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT')
    return <NotFound what={t('notFound.case')} />;
  if (error || !data)
    return (
      <Alert color="red" role="alert">
        {t('common.loadFailed')}
      </Alert>
    );

  const c = data.case;
  const school = c.student.school;
  const notes = data.caseNotes.edges.map((e) => e.node);
  const contacts = new Map(data.contactLog.edges.map(({ node }) => [node.id, node]));
  return (
    <Stack>
      <div>
        <Group gap="sm">
          <Title order={2}>{c.family.householdName}</Title>
          <Badge variant="outline" color="gray.8">
            {t(`status.${c.status}`)}
          </Badge>
          {worksCases && <ChangeStatus current={c} />}
          <EvidencePacketButton caseId={c.id} />
        </Group>
        <Text c="dimmed">
          {c.title} · {t('case.opened', { date: formatDay(c.openedOn, i18n.language) })}
        </Text>
        {endsCase(c.status) && (
          <CaseEnding
            closedOn={c.closedOn}
            outcome={c.outcome}
            outcomeNotes={c.outcomeNotes}
            closingReason={c.closingReason}
          />
        )}
        <Group gap={4} mt={4}>
          {c.concerns.map((concern) => (
            <Badge key={concern} variant="outline" color="blue.9">
              {t(`concern.${concern}`)}
            </Badge>
          ))}
        </Group>
      </div>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Section title={t('case.family')}>
          <List spacing={4} size="sm" listStyleType="none">
            {c.family.guardians.map((g) => (
              <List.Item key={g.id}>
                <Text size="sm" fw={600}>
                  {g.name} ({g.relationship})
                </Text>
                <Text size="xs">{[g.email, g.phone].filter(Boolean).join(' · ')}</Text>
              </List.Item>
            ))}
          </List>
        </Section>
        <Section title={t('case.student')}>
          <Text size="sm" fw={600}>
            {c.student.name}
          </Text>
          <Text size="sm">
            {[
              c.student.grade && t('case.grade', { grade: c.student.grade }),
              t(`plan.${c.student.plan}`),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Text size="sm">{school ? `${school.name}, ${school.district.name}` : '—'}</Text>
          <Anchor
            component={Link}
            to={`/cases/${c.id}/students/${c.student.id}/attendance`}
            size="sm"
          >
            {t('attendance.open')}
          </Anchor>
        </Section>
        <Section title={t('case.escalation')}>
          {school?.escalationChain.length ? (
            <List type="ordered" size="sm">
              {school.escalationChain.map((contact) => (
                <List.Item key={contact.id}>
                  {contact.name}
                  {contact.title ? ` — ${contact.title}` : ''}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              {t('case.noChain')}
            </Text>
          )}
        </Section>
      </SimpleGrid>
      {worksCases && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <DemographicsSection caseId={c.id} />
          <CaseSurvey caseId={c.id} guardians={c.family.guardians} />
        </SimpleGrid>
      )}
      {worksCases && <DocumentsSection caseId={c.id} />}
      <Section title={t('case.requests')}>
        <Button component={Link} to={`/cases/${c.id}/requests/new`} mb="sm">
          {t('newRequest.open')}
        </Button>
        <Requests
          caseId={c.id}
          requests={c.requests}
          guardians={c.family.guardians}
          timeZone={school?.district.timeZone}
          documents={worksCases}
        />
      </Section>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title={t('case.commitments')}>
          {c.commitments.length ? (
            <List size="sm" spacing={4}>
              {c.commitments.map((cm) => (
                <List.Item key={cm.id}>
                  {cm.description} — {formatDay(cm.dueOn, i18n.language)}{' '}
                  {cm.overdue && <Badge color="red.9">{t('case.overdue')}</Badge>}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              {t('case.noCommitments')}
            </Text>
          )}
        </Section>
        <Section title={t('case.meetings')}>
          <Suspense
            fallback={
              <Button size="xs" variant="light" mt={4} loading>
                {t('meetings.schedule')}
              </Button>
            }
          >
            <ScheduleMeeting
              caseId={c.id}
              schoolId={school?.id ?? null}
              advocates={c.advocates}
              guardians={c.family.guardians}
            />
          </Suspense>
          {c.meetings.length ? (
            <List size="sm" spacing={4} mt="sm">
              {c.meetings.map((m) => (
                <List.Item key={m.id}>
                  <Anchor component={Link} to={`/meetings/${m.id}`} size="sm">
                    {t(`meetingKind.${m.kind}`)} —{' '}
                    {new Intl.DateTimeFormat(i18n.language, {
                      dateStyle: 'medium',
                      timeStyle: 'short',
                    }).format(new Date(m.startsAt))}
                  </Anchor>
                  {m.location ? `, ${m.location}` : ''}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed" mt="sm">
              {t('case.noMeetings')}
            </Text>
          )}
        </Section>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title={t('case.notes')}>
          {notes.length ? (
            <Stack gap="xs">
              {notes.map((n) => (
                <Card
                  key={n.id}
                  withBorder
                  padding="xs"
                  bg={n.visibility === 'INTERNAL' ? 'gray.0' : 'teal.0'}
                >
                  <Badge
                    variant="filled"
                    color={n.visibility === 'INTERNAL' ? 'gray.8' : 'teal.9'}
                    mb={4}
                  >
                    {t(`noteVisibility.${n.visibility}`)}
                  </Badge>
                  <Text size="sm">{n.body}</Text>
                  <Text size="xs" c="dimmed">
                    {n.authorName ?? ''} ·{' '}
                    {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(
                      new Date(n.createdAt),
                    )}
                  </Text>
                </Card>
              ))}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {t('case.noNotes')}
            </Text>
          )}
        </Section>
        <Section title={t('case.timeline')}>
          <LogContact caseId={c.id} guardians={c.family.guardians} />
          <Timeline bulletSize={12} lineWidth={2} mt="sm">
            {data.caseTimeline.edges.map(({ node }) =>
              node.kind === 'FAMILY_MESSAGE' ? (
                <FamilyMessageItem key={node.id} event={node} guardians={c.family.guardians} />
              ) : node.kind === 'CONTACT' ? (
                <ContactItem
                  key={node.id}
                  event={node}
                  entry={contacts.get(node.entityId)}
                  guardians={c.family.guardians}
                />
              ) : node.kind === 'REPLY_RECEIVED' ? (
                // What a school sent back: its page has the words and what to do with it.
                <Timeline.Item
                  key={node.id}
                  title={
                    <Anchor component={Link} to={`/replies/${node.entityId}`} size="sm" fw={600}>
                      {node.title}
                    </Anchor>
                  }
                >
                  <Text size="xs" c="dimmed">
                    {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(
                      new Date(node.occurredAt),
                    )}
                    {node.detail ? ` — ${node.detail}` : ''}
                  </Text>
                </Timeline.Item>
              ) : (
                <Timeline.Item key={node.id} title={node.title}>
                  <Text size="xs" c="dimmed">
                    {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(
                      new Date(node.occurredAt),
                    )}
                    {node.detail ? ` — ${node.detail}` : ''}
                  </Text>
                </Timeline.Item>
              ),
            )}
          </Timeline>
        </Section>
      </SimpleGrid>
      <Section title={t('case.statusHistory')}>
        <List size="sm">
          {c.caseStatusHistory.map((s) => (
            <List.Item key={s.id}>
              {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(
                new Date(s.changedAt),
              )}
              : {s.fromStatus ? `${t(`status.${s.fromStatus}`)} → ` : ''}
              {t(`status.${s.toStatus}`)}
              {s.reason ? ` (${s.reason})` : ''}
            </List.Item>
          ))}
        </List>
      </Section>
    </Stack>
  );
}
