import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../dates';
import type { OutreachFieldsFragment } from '../../gql/graphql';
import { useLanguageName } from '../contacts/contact-choices';
import { OutreachDialog, PEOPLE } from './OutreachDialog';
import { ARCHIVE_OUTREACH, OUTREACH_ACTIVITIES } from './outreach-operations';

const PAGE_SIZE = 20;

/**
 * The organization's trainings and outreach events, newest first: what, when, how, in which
 * language, about what, and how many parents, professionals and students each reached; one
 * recorded, corrected or archived from here. The funder's parent-center report counts them.
 */
export function OutreachPage() {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<OutreachFieldsFragment | 'new' | null>(null);
  const { data, loading, error, fetchMore } = useQuery(OUTREACH_ACTIVITIES, {
    variables: { first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const activities = data?.outreachActivities.edges.map((edge) => edge.node) ?? [];
  const more = () =>
    fetchMore({
      variables: { after: data?.outreachActivities.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        outreachActivities: {
          ...fetchMoreResult.outreachActivities,
          edges: [
            ...previous.outreachActivities.edges,
            ...fetchMoreResult.outreachActivities.edges,
          ],
        },
      }),
    });

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Title order={2}>{t('outreach.title')}</Title>
        {/* Its words wrap on a phone rather than run past the edge. */}
        <Button
          onClick={() => setEditing('new')}
          h="auto"
          py={8}
          styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
        >
          {t('outreach.record')}
        </Button>
      </Group>
      <Text size="sm">{t('outreach.intro')}</Text>
      {error && (
        <Alert color="red" role="alert">
          {t('common.loadFailed')}
        </Alert>
      )}
      {loading && !data ? (
        <Loader role="status" aria-label={t('common.loading')} />
      ) : activities.length === 0 ? (
        <Text c="dimmed">{t('outreach.empty')}</Text>
      ) : (
        <Stack
          gap="xs"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('outreach.list')}
          aria-busy={loading}
        >
          {activities.map((activity) => (
            <ActivityCard
              key={activity.id}
              activity={activity}
              onEdit={() => setEditing(activity)}
            />
          ))}
        </Stack>
      )}
      {data?.outreachActivities.pageInfo.hasNextPage && (
        <Button variant="default" onClick={() => void more()} loading={loading}>
          {t('outreach.more')}
        </Button>
      )}
      {editing && (
        <OutreachDialog
          activity={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

/** One event: its title, what and how, the day, language and topics, the people reached. */
function ActivityCard({
  activity,
  onEdit,
}: {
  activity: OutreachFieldsFragment;
  onEdit: () => void;
}) {
  const { t, i18n } = useTranslation();
  const languageName = useLanguageName();
  const number = new Intl.NumberFormat(i18n.language);
  const [problem, setProblem] = useState(false);
  const [archive, { loading: archiving }] = useMutation(ARCHIVE_OUTREACH, {
    refetchQueries: ['OutreachActivities'],
    awaitRefetchQueries: true,
  });
  const details = [formatDay(activity.heldOn, i18n.language), languageName(activity.language)];
  const onArchive = async () => {
    setProblem(false);
    try {
      await archive({ variables: { id: activity.id } });
    } catch {
      setProblem(true);
    }
  };
  return (
    <Paper component="li" withBorder p="sm" aria-label={activity.title}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {activity.title}
          </Text>
          <Badge variant="filled" color="blue.9" tt="none">
            {t(`outreach.kinds.${activity.kind}`)}
          </Badge>
          <Badge variant="outline" color="gray.8" tt="none">
            {t(`outreach.formats.${activity.format}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {details.join(' · ')}
        </Text>
        {activity.topics.length > 0 && (
          <Text size="sm">
            {activity.topics.map((topic) => t(`contactLog.topic.${topic}`)).join(', ')}
          </Text>
        )}
        <Text size="sm" data-testid="outreach-people">
          {PEOPLE.map(
            (field) => `${t(`outreach.people.${field}`)}: ${number.format(activity[field])}`,
          ).join(' · ')}
        </Text>
        {activity.notes && (
          <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>
            {activity.notes}
          </Text>
        )}
        {problem && (
          <Text size="sm" c="red.8" role="alert">
            {t('outreach.archiveFailed')}
          </Text>
        )}
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            onClick={onEdit}
            aria-label={t('outreach.editOne', { title: activity.title })}
          >
            {t('outreach.edit')}
          </Button>
          <Button
            size="xs"
            variant="default"
            loading={archiving}
            onClick={() => void onArchive()}
            aria-label={t('outreach.archiveOne', { title: activity.title })}
          >
            {t('outreach.archive')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
