import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { InboundMessageStatus } from '../../gql/graphql';

/** The replies page's tabs, and the filter each asks the api for. */
export const REPLY_TABS = {
  classify: { status: 'UNCLASSIFIED', triage: false },
  triage: { triage: true },
  all: {},
} satisfies Record<string, { status?: InboundMessageStatus; triage?: boolean }>;
export type ReplyTab = keyof typeof REPLY_TABS;
export const REPLY_TAB_NAMES = Object.keys(REPLY_TABS) as ReplyTab[];

/** "Pat Principal <pat@school.org>", the address alone, or "unknown sender". */
export function senderText(
  reply: { fromName?: string | null; fromAddress: string },
  t: TFunction,
): string {
  if (reply.fromName && reply.fromAddress) return `${reply.fromName} <${reply.fromAddress}>`;
  return reply.fromName || reply.fromAddress || t('replies.unknownSender');
}

/** The name to show first: the person's, or their address. */
export function senderName(
  reply: { fromName?: string | null; fromAddress: string },
  t: TFunction,
): string {
  return reply.fromName || reply.fromAddress || t('replies.unknownSender');
}

// Filled, in shades dark enough for 4.5:1 with white text.
const STATUS_COLORS: Record<InboundMessageStatus, string> = {
  UNCLASSIFIED: 'violet.9',
  CLASSIFIED_ANSWER: 'teal.9',
  NOT_AN_ANSWER: 'gray.7',
  AUTO_REPLY: 'blue.8',
  BOUNCE: 'red.9',
};

export function ReplyStatusBadge({ status }: { status: InboundMessageStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="filled"
      data-testid="reply-status"
      // Never cut short by a narrow table column: a label that may overflow gives the column no
      // width of its own (a flex item's minimum is 0), so the table squeezed it to "TO CLA…".
      styles={{ label: { overflow: 'visible' } }}
      style={{ flexShrink: 0 }}
    >
      {t(`replies.statusLabel.${status}`)}
    </Badge>
  );
}

/** A button whose words wrap on a phone instead of being cut short (Spanish runs long). */
export const WRAPPING_BUTTON = {
  root: { height: 'auto', minHeight: 'var(--button-height)', paddingBlock: 6 },
  label: { whiteSpace: 'normal', textAlign: 'center' },
} as const;
