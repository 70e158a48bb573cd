import { useTranslation } from 'react-i18next';
import type { ContactChannel, ContactDirection, ContactParty } from '../../gql/graphql';

/** What a contact's one-line title needs to know of it. */
export interface ContactSummary {
  party: ContactParty;
  channel: ContactChannel;
  direction: ContactDirection;
  withWhom: string;
  durationMinutes?: number | null;
}

/**
 * A contact in one line, in the interface's language — how, which way, with whom, how long
 * ("Phone call, outgoing — Lucia Navarro (20 min)"): on a case's timeline and in the
 * organization's list alike. `guardianName` names the guardian on file when the words do not.
 */
export function useContactTitle(): (entry: ContactSummary, guardianName?: string) => string {
  const { t } = useTranslation();
  return (entry, guardianName) => {
    const who = entry.withWhom || guardianName || t(`contactLog.parties.${entry.party}`);
    const title = t('contactLog.event', {
      channel: t(`contactLog.channels.${entry.channel}`),
      direction: t(`contactLog.directions.${entry.direction}`).toLowerCase(),
      who,
    });
    return entry.durationMinutes
      ? `${title} ${t('contactLog.minutes', { count: entry.durationMinutes })}`
      : title;
  };
}
