import { useQuery } from '@apollo/client/react';
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveRole } from '../../auth/useActiveRole';
import { graphql } from '../../gql';
import { FamilyNamesSetting } from './FamilyNamesSetting';
import { FeedCard } from './FeedCard';

export const CALENDAR_FEED_PAGE = graphql(`
  query CalendarFeedPage {
    calendarFeeds {
      kind
      active
      issuedAt
      revokedAt
    }
    organizationSettings {
      feedFamilyNames
    }
  }
`);

/**
 * The member's calendar feeds: a private address for their own cases (and, for admins, one
 * for every case of the organization) to subscribe to from a calendar app — issued (the
 * address shown once), copied, revoked; admins also choose how feeds name families.
 */
export function CalendarFeedPage() {
  const { t } = useTranslation();
  const { isAdmin } = useActiveRole();
  const { data, loading, error } = useQuery(CALENDAR_FEED_PAGE);

  return (
    <Stack gap="xl" maw={760}>
      <div>
        <Title order={2}>{t('feeds.title')}</Title>
        <Text c="dimmed">{t('feeds.intro')}</Text>
      </div>
      {loading && !data ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : error || !data ? (
        <Alert color="red" role="alert">
          {t('common.loadFailed')}
        </Alert>
      ) : (
        <>
          {data.calendarFeeds.map((feed) => (
            <FeedCard key={feed.kind} feed={feed} />
          ))}
          {isAdmin && <FamilyNamesSetting current={data.organizationSettings.feedFamilyNames} />}
        </>
      )}
    </Stack>
  );
}
