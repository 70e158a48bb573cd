import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { TodayFollowUpsQuery } from '../gql/graphql';
import { KindLabel, MESSAGE_KINDS, failureReason } from './follow-up-parts';

/** How many of each list Today shows; the rest are on the follow-ups page. */
const SHOWN = 3;

const FOLLOW_UPS = graphql(`
  query TodayFollowUps($status: [FollowUpStatus!]!, $kind: [FollowUpKind!]!, $mine: Boolean!) {
    followUps(first: 100, filter: { status: $status, kind: $kind, assignedToMe: $mine }) {
      edges {
        node {
          id
          kind
          sequence
          lastError
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
      }
    }
  }
`);

type Node = TodayFollowUpsQuery['followUps']['edges'][number]['node'];

function Section(props: {
  id: string;
  title: string;
  nodes: Node[];
  more: boolean;
  tab: string;
  failed?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={props.id}>
      <Title order={3} id={props.id} mb="xs">
        {props.title}
      </Title>
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {props.nodes.slice(0, SHOWN).map((n) => (
          <Paper key={n.id} component="li" withBorder p="sm">
            <Stack gap={2}>
              <Anchor component={Link} to={`/follow-ups/${n.id}`} fw={600}>
                {n.request.case.family.householdName} — {n.request.subject}
              </Anchor>
              <KindLabel kind={n.kind} sequence={n.sequence} />
              {props.failed && (
                <Text size="sm" c="red.9">
                  {failureReason(n.lastError, t)}
                </Text>
              )}
            </Stack>
          </Paper>
        ))}
      </Stack>
      {(props.nodes.length > SHOWN || props.more) && (
        <Anchor
          component={Link}
          to={`/follow-ups?tab=${props.tab}`}
          size="sm"
          mt="xs"
          display="inline-block"
        >
          {t('followUps.today.seeAll')}
        </Anchor>
      )}
    </section>
  );
}

/**
 * Today's follow-ups: drafts waiting for the advocate's approval, and what could not be
 * sent (and why). Nothing is shown while both are empty (or loading).
 */
export function TodayFollowUps({ mine }: { mine: boolean }) {
  const { t } = useTranslation();
  const drafts = useQuery(FOLLOW_UPS, {
    variables: { status: ['DRAFT'], kind: MESSAGE_KINDS, mine },
    fetchPolicy: 'cache-and-network',
  });
  const failed = useQuery(FOLLOW_UPS, {
    variables: { status: ['FAILED'], kind: MESSAGE_KINDS, mine },
    fetchPolicy: 'cache-and-network',
  });
  const draftNodes = drafts.data?.followUps.edges.map((e) => e.node) ?? [];
  const failedNodes = failed.data?.followUps.edges.map((e) => e.node) ?? [];
  const count = (nodes: Node[], more: boolean | undefined) =>
    more ? `${nodes.length}+` : String(nodes.length);
  return (
    <>
      {draftNodes.length > 0 && (
        <Section
          id="follow-ups-approval-heading"
          title={t('followUps.today.approval', {
            count: draftNodes.length,
            shown: count(draftNodes, drafts.data?.followUps.pageInfo.hasNextPage),
          })}
          nodes={draftNodes}
          more={Boolean(drafts.data?.followUps.pageInfo.hasNextPage)}
          tab="approval"
        />
      )}
      {failedNodes.length > 0 && (
        <Section
          id="follow-ups-failed-heading"
          title={t('followUps.today.failed', {
            count: failedNodes.length,
            shown: count(failedNodes, failed.data?.followUps.pageInfo.hasNextPage),
          })}
          nodes={failedNodes}
          more={Boolean(failed.data?.followUps.pageInfo.hasNextPage)}
          tab="failed"
          failed
        />
      )}
    </>
  );
}
