import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { formatTime } from '../../dates';
import { senderName } from './reply-parts';

/** How many Today shows; the rest are on the replies page. */
const SHOWN = 5;

const TODAY_REPLIES = graphql(`
  query TodayReplies($mine: Boolean!) {
    inboundMessages(
      first: 20
      filter: { status: UNCLASSIFIED, triage: false, assignedToMe: $mine }
    ) {
      edges {
        node {
          id
          fromName
          fromAddress
          subject
          receivedAt
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

/**
 * Today's replies waiting to be classified (the member's, or everyone's on Today's switch):
 * each holds its request's next follow-up until someone says what it is. Nothing is shown
 * while there are none (or they are loading). Loaded after Today is on screen, with its words.
 */
export function TodayReplies({ mine }: { mine: boolean }) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(TODAY_REPLIES, {
    variables: { mine },
    fetchPolicy: 'cache-and-network',
  });
  const nodes = data?.inboundMessages.edges.map((e) => e.node) ?? [];
  if (!nodes.length) return null;
  const more = data?.inboundMessages.pageInfo.hasNextPage;
  return (
    <section aria-labelledby="replies-classify-heading">
      <Title order={3} id="replies-classify-heading" mb="xs">
        {t('replies.today.title', {
          count: nodes.length,
          shown: more ? `${nodes.length}+` : String(nodes.length),
        })}
      </Title>
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {nodes.slice(0, SHOWN).map((n) => (
          <Paper key={n.id} component="li" withBorder p="sm">
            <Stack gap={2}>
              <Anchor component={Link} to={`/replies/${n.id}`} fw={600}>
                {n.request?.case.family.householdName} —{' '}
                {n.subject.trim() || t('replies.noSubject')}
              </Anchor>
              <Text size="sm">{n.request?.subject}</Text>
              <Text size="sm" c="dimmed">
                {t('replies.today.about', {
                  from: senderName(n, t),
                  time: formatTime(n.receivedAt, i18n.language),
                })}
              </Text>
            </Stack>
          </Paper>
        ))}
      </Stack>
      {(nodes.length > SHOWN || more) && (
        <Anchor
          component={Link}
          to={mine ? '/replies' : '/replies?scope=everyone'}
          size="sm"
          mt="xs"
          display="inline-block"
        >
          {t('replies.today.seeAll')}
        </Anchor>
      )}
    </section>
  );
}
