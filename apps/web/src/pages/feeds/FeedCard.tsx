import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../dates';
import { graphql } from '../../gql';
import type { CalendarFeedKind } from '../../gql/graphql';
import { RevokeFeed } from './RevokeFeed';

const ISSUE = graphql(`
  mutation IssueCalendarFeed($kind: CalendarFeedKind!) {
    issueCalendarFeed(kind: $kind) {
      url
      feed {
        kind
        active
        issuedAt
      }
    }
  }
`);

export interface Feed {
  kind: CalendarFeedKind;
  active: boolean;
  issuedAt?: string | null;
  revokedAt?: string | null;
}

/** The new address, said once, with a copy button and how to subscribe to it. */
function NewAddress({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" role="status">
      <Stack gap="xs">
        <Text size="sm" fw={700}>
          {t('feeds.once')}
        </Text>
        <Group gap="xs" wrap="nowrap" align="center">
          <Code
            data-testid="feed-url"
            style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}
            fz="sm"
          >
            {url}
          </Code>
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button variant="default" size="xs" onClick={copy} style={{ flexShrink: 0 }}>
                {copied ? t('feeds.copied') : t('feeds.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">{t('feeds.howToSubscribe')}</Text>
      </Stack>
    </Alert>
  );
}

/** One feed (own cases, or the organization's): its state, a new address, revoking it. */
export function FeedCard({ feed }: { feed: Feed }) {
  const { t, i18n } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [issue, { loading }] = useMutation(ISSUE, { refetchQueries: ['CalendarFeedPage'] });
  const id = `feed-${feed.kind.toLowerCase()}`;

  const state = feed.active
    ? t('feeds.active', { when: formatTime(feed.issuedAt ?? '', i18n.language) })
    : feed.revokedAt
      ? t('feeds.revoked', { when: formatTime(feed.revokedAt, i18n.language) })
      : t('feeds.none');

  return (
    <Paper component="section" withBorder p="md" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={3} id={id}>
          {t(`feeds.kind.${feed.kind}.title`)}
        </Title>
        <Text size="sm">{t(`feeds.kind.${feed.kind}.body`)}</Text>
        <Text size="sm" fw={700} data-testid={`${id}-state`}>
          {state}
        </Text>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {url && <NewAddress url={url} />}
        <Group>
          <Button
            loading={loading}
            onClick={async () => {
              setProblem(null);
              setUrl(null);
              try {
                const { data } = await issue({ variables: { kind: feed.kind } });
                setUrl(data?.issueCalendarFeed.url ?? null);
              } catch {
                setProblem(t('common.unexpected'));
              }
            }}
          >
            {feed.active ? t('feeds.reissue') : t('feeds.issue')}
          </Button>
          {feed.active && <RevokeFeed kind={feed.kind} onRevoked={() => setUrl(null)} />}
        </Group>
        {feed.active && (
          <Text size="xs" c="dimmed">
            {t('feeds.reissueHelp')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
