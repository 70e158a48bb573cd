import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../auth/AuthProvider';
import { graphql } from '../../gql';
import { useActiveRole } from '../../auth/useActiveRole';
import { AdminsOnly } from '../../layout/AdminsOnly';
import { dayStart } from './audit-diff';
import { AuditEventCard, type AuditEventNode } from './AuditEventCard';
import { AuditFilters } from './AuditFilters';
import { FILTER_NAMES, filtersFrom, type AuditFilterValues } from './audit-parts';

const PAGE_SIZE = 20;

const AUDIT_PAGE = graphql(`
  query AuditPage($filter: AuditEventFilter, $after: String, $first: Int!) {
    auditEvents(filter: $filter, after: $after, first: $first) {
      edges {
        node {
          id
          action
          entityType
          entityId
          actorUserId
          actorGuardianId
          changes
          occurredAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// The organization's people, for the filter and to name who acted (one page: at most 100).
const AUDIT_MEMBERS = graphql(`
  query AuditMembers {
    members(first: 100) {
      edges {
        node {
          id
          user {
            id
            name
          }
        }
      }
    }
  }
`);

/**
 * Administration: the organization's audit log, newest first, filtered by who acted, which
 * record and which days (kept in the address, so a record's history can be linked to),
 * a page at a time.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { isAdmin } = useActiveRole();
  const [params, setParams] = useSearchParams();
  const values = filtersFrom(params);
  // The cursors of the pages before this one: the first page has none.
  const [cursors, setCursors] = useState<string[]>([]);
  const filter = {
    actorUserId: values.actor || undefined,
    entityType: values.type || undefined,
    entityId: values.id.trim() || undefined,
    from: values.from ? dayStart(values.from) : undefined,
    to: values.to ? dayStart(values.to, 1) : undefined,
  };
  const { data, loading, error } = useQuery(AUDIT_PAGE, {
    skip: !isAdmin,
    variables: { filter, after: cursors.at(-1) ?? null, first: PAGE_SIZE },
  });
  const people = useQuery(AUDIT_MEMBERS, { skip: !isAdmin });
  if (!isAdmin) return <AdminsOnly says="keys.audit.adminsOnly" />;

  // Never the page of other filters while the new one loads: it would be taken for the answer.
  const shown = data;
  const members = (people.data?.members.edges ?? []).map((e) => ({
    userId: e.node.user.id,
    name: e.node.user.name,
  }));
  const actorName = (event: AuditEventNode) => {
    if (event.actorGuardianId) return t('keys.audit.guardian');
    if (!event.actorUserId) return t('keys.audit.system');
    return members.find((m) => m.userId === event.actorUserId)?.name ?? t('keys.audit.former');
  };
  const apply = (next: AuditFilterValues) => {
    const search = new URLSearchParams();
    for (const name of FILTER_NAMES) if (next[name]) search.set(name, next[name]);
    setCursors([]);
    setParams(search);
  };
  const events = shown?.auditEvents.edges.map((e) => e.node) ?? [];
  const timeZone = me?.activeOrganization?.timeZone ?? undefined;

  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{t('keys.audit.title')}</Title>
        <Text c="dimmed">{t('keys.audit.intro')}</Text>
      </div>
      <Stack component="section" aria-labelledby="audit-filters">
        <Title order={3} id="audit-filters">
          {t('keys.audit.filters')}
        </Title>
        <AuditFilters key={params.toString()} values={values} members={members} onApply={apply} />
      </Stack>
      <Stack component="section" aria-labelledby="audit-events" aria-busy={loading}>
        <Title order={3} id="audit-events">
          {t('keys.audit.events')}
        </Title>
        {loading && !shown ? (
          <Loader role="status" aria-label={t('common.loading')} />
        ) : error || !shown ? (
          <Alert color="red" role="alert">
            {t('common.loadFailed')}
          </Alert>
        ) : events.length === 0 ? (
          <Text c="dimmed">{t('keys.audit.noEvents')}</Text>
        ) : (
          <Stack gap="sm">
            <Text size="sm" c="dimmed" role="status">
              {t('keys.audit.pageOf', { page: cursors.length + 1 })}
            </Text>
            {events.map((event) => (
              <AuditEventCard
                key={event.id}
                event={event}
                actorName={actorName}
                userName={(id) => members.find((m) => m.userId === id)?.name}
                timeZone={timeZone}
              />
            ))}
          </Stack>
        )}
        <Group>
          <Button
            variant="default"
            disabled={cursors.length === 0 || loading}
            onClick={() => setCursors(cursors.slice(0, -1))}
          >
            {t('keys.audit.previous')}
          </Button>
          <Button
            variant="default"
            disabled={!data?.auditEvents.pageInfo.hasNextPage || loading}
            onClick={() => {
              const next = data?.auditEvents.pageInfo.endCursor;
              if (next) setCursors([...cursors, next]);
            }}
          >
            {t('keys.audit.next')}
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}
