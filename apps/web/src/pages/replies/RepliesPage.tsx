import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { ReplyLines } from './ReplyLines';
import { useOpenRequests } from './open-requests';
import { REPLY_TAB_NAMES, REPLY_TABS, type ReplyTab } from './reply-parts';

const PAGE_SIZE = 25;

// Fields written out, not a fragment: the api's cost limit counts a fragment at each use.
const REPLIES = graphql(`
  query Replies($filter: InboundMessageFilter!, $first: Int!, $after: String) {
    inboundMessages(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          status
          fromName
          fromAddress
          subject
          receivedAt
          suggestedRequestId
          request {
            id
            subject
            case {
              id
              family {
                householdName
              }
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The request the list is narrowed to (from a case page's "reply received"). */
const REQUEST_NAME = graphql(`
  query RepliesRequest($id: ID!) {
    writtenRequest(id: $id) {
      id
      subject
    }
  }
`);

/** One tab's replies, a page at a time (the page kept in the address, as the caseload does). */
function ReplyList(props: { tab: ReplyTab; mine: boolean; requestId: string | null }) {
  const { tab, mine } = props;
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const after = params.get('after');
  const before = params.getAll('back');
  // A reply in triage is filed under no request: it is nobody's "mine", and no request's.
  const requestId = tab === 'triage' ? null : props.requestId;
  const assignedToMe = tab !== 'triage' && !requestId && mine ? true : null;
  const {
    data: current,
    previousData,
    loading,
    error,
  } = useQuery(REPLIES, {
    variables: {
      filter: { ...REPLY_TABS[tab], requestId, assignedToMe },
      first: PAGE_SIZE,
      after,
    },
    fetchPolicy: 'cache-and-network',
  });
  // The last page stays in view while the next one loads (aria-busy says so).
  const data = current ?? previousData;
  const lines = data?.inboundMessages.edges.map((e) => e.node) ?? [];
  // Suggestions point at open requests: their names are read once, only where they show.
  const open = useOpenRequests(!lines.some((line) => line.suggestedRequestId));

  const goNext = (cursor: string) => {
    const next = new URLSearchParams(params);
    next.append('back', after ?? '');
    next.set('after', cursor);
    setParams(next);
  };
  const goPrevious = () => {
    const next = new URLSearchParams(params);
    const previous = before[before.length - 1];
    next.delete('back');
    before.slice(0, -1).forEach((b) => next.append('back', b));
    if (previous) next.set('after', previous);
    else next.delete('after');
    setParams(next);
  };

  if (error)
    return (
      <Alert color="red" role="alert">
        {t('common.loadFailed')}
      </Alert>
    );
  if (loading && !data) return <Loader role="status" aria-label={t('common.loading')} />;
  return (
    <Stack>
      {tab === 'triage' && (
        <Text size="sm" c="dimmed">
          {t('replies.triageHelp')}
        </Text>
      )}
      {lines.length ? (
        <ReplyLines lines={lines} suggestions={open.byId} busy={loading} />
      ) : (
        <Text c="dimmed">{t(`replies.empty.${tab}`)}</Text>
      )}
      {(after || data?.inboundMessages.pageInfo.hasNextPage) && (
        <Group>
          <Button variant="default" disabled={!after} onClick={goPrevious}>
            {t('replies.previous')}
          </Button>
          <Button
            variant="default"
            disabled={!data?.inboundMessages.pageInfo.hasNextPage}
            onClick={() => {
              const cursor = data?.inboundMessages.pageInfo.endCursor;
              if (cursor) goNext(cursor);
            }}
          >
            {t('replies.next')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** Narrowed to one request: which, and the way back to every reply. */
function OnlyRequest({ requestId, onClear }: { requestId: string; onClear: () => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(REQUEST_NAME, { variables: { id: requestId } });
  const subject = data?.writtenRequest.subject;
  return (
    <Alert color="blue" role="status">
      <Group gap="xs">
        <Text size="sm">
          {subject ? t('replies.onlyRequest', { subject }) : t('replies.onlyRequestUnknown')}
        </Text>
        <Button size="compact-sm" variant="default" onClick={onClear}>
          {t('replies.showAll')}
        </Button>
      </Group>
    </Alert>
  );
}

/**
 * What schools sent back: the replies waiting to be classified (mine or everyone's), those in
 * triage, and all of them. The tab, the scope, a request and the page live in the address
 * (?tab=…&scope=everyone&request=…&after=…), so coming back from a reply returns to the list.
 */
export function RepliesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab') as ReplyTab | null;
  const tab: ReplyTab = asked && REPLY_TAB_NAMES.includes(asked) ? asked : 'classify';
  const scope = params.get('scope') === 'everyone' ? 'everyone' : 'mine';
  const requestId = params.get('request');
  // A new tab, scope or request starts again at the first page.
  const change = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    next.delete('after');
    next.delete('back');
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('replies.title')}</Title>
        {tab !== 'triage' && !requestId && (
          <SegmentedControl
            aria-label={t('today.whose')}
            value={scope}
            onChange={(v) => change('scope', v === 'everyone' ? v : null)}
            data={[
              { value: 'mine', label: t('today.mine') },
              { value: 'everyone', label: t('today.everyone') },
            ]}
          />
        )}
      </Group>
      <Text c="dimmed" maw={760}>
        {t('replies.intro')}
      </Text>
      {requestId && <OnlyRequest requestId={requestId} onClear={() => change('request', null)} />}
      <Tabs
        value={tab}
        onChange={(value) => value && change('tab', value === 'classify' ? null : value)}
        keepMounted={false}
      >
        <Tabs.List>
          {REPLY_TAB_NAMES.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`replies.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {REPLY_TAB_NAMES.map((name) => (
          <Tabs.Panel key={name} value={name} pt="md">
            <ReplyList tab={name} mine={scope === 'mine'} requestId={requestId} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
