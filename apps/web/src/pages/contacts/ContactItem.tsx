import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContactTopic } from '../../gql/graphql';
import { useContactTitle, type ContactSummary } from './contact-title';

/** A logged contact as the case page has it: what the timeline says of it, in words. */
export interface ContactEntry extends ContactSummary {
  id: string;
  guardianId?: string | null;
  topics: ContactTopic[];
}

/**
 * A contact on the case's timeline, in the interface's language: how, which way, with whom,
 * how long; when (to the minute); its topics and note.
 */
export function ContactItem({
  event,
  entry,
  guardians,
}: {
  event: { occurredAt: string; detail?: string | null; title: string };
  entry: ContactEntry | undefined;
  guardians: Array<{ id: string; name: string }>;
}) {
  const { t, i18n } = useTranslation();
  const contactTitle = useContactTitle();
  const title = entry
    ? contactTitle(entry, guardians.find((g) => g.id === entry.guardianId)?.name)
    : event.title;
  return (
    <Timeline.Item title={title}>
      <Text size="xs" c="dimmed">
        {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(event.occurredAt),
        )}
        {entry?.topics.length
          ? ` · ${entry.topics.map((topic) => t(`contactLog.topic.${topic}`)).join(', ')}`
          : ''}
      </Text>
      {event.detail && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {event.detail}
        </Text>
      )}
    </Timeline.Item>
  );
}
