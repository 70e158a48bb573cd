import { Badge, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FollowUpKind, FollowUpStatus } from '../gql/graphql';

/** The kinds an advocate sees in the queue (reminders go out in the advocate's own digest). */
export const MESSAGE_KINDS: FollowUpKind[] = [
  'REQUEST_LETTER',
  'SCHOOL_FOLLOW_UP',
  'ESCALATION',
  'GUARDIAN_UPDATE',
  'GUARDIAN_OVERDUE',
  'GUARDIAN_ANSWERED',
];

/** Messages to the school: the ones that can go to another school contact. */
export const SCHOOL_KINDS = new Set<FollowUpKind>([
  'REQUEST_LETTER',
  'SCHOOL_FOLLOW_UP',
  'ESCALATION',
]);

/** The queue's tabs, and the statuses each shows. */
export const TABS = {
  approval: ['DRAFT'],
  planned: ['PLANNED', 'QUEUED', 'SENDING'],
  failed: ['FAILED'],
  sent: ['SENT'],
  cancelled: ['CANCELLED'],
} satisfies Record<string, FollowUpStatus[]>;
export type Tab = keyof typeof TABS;
export const TAB_NAMES = Object.keys(TABS) as Tab[];

// Where the follow-up pages have always found it.
export { formatTime } from '../dates';

/** "Pat Principal <pat@school.org>", or the name alone when no address is on file. */
export function recipientText(r: { name: string; email: string }, t: TFunction): string {
  return r.email ? `${r.name} <${r.email}>` : `${r.name} (${t('followUps.noEmail')})`;
}

/**
 * Why it could not be sent, in words a person understands; the mail server's own text is
 * shown beside it.
 */
export function failureReason(lastError: string | null | undefined, t: TFunction): string {
  const said = lastError ?? '';
  if (/no email address on file/i.test(said)) return t('followUps.why.noAddress');
  if (/ECONNREFUSED|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|ENOTFOUND|timeout|connect/i.test(said))
    return t('followUps.why.unreachable');
  if (/^5\d\d|\b5\d\d\b|user unknown|mailbox|does not exist|no such user/i.test(said))
    return t('followUps.why.refusedAddress');
  return t('followUps.why.other');
}

export function KindLabel(props: { kind: FollowUpKind; sequence: number; inherit?: boolean }) {
  const { kind, sequence } = props;
  const { t } = useTranslation();
  return (
    <Text size="sm" component="span" inherit={props.inherit}>
      {t(`followUps.kind.${kind}`)}
      {kind === 'SCHOOL_FOLLOW_UP' || kind === 'ESCALATION'
        ? ` · ${t('followUps.sequence', { n: sequence })}`
        : ''}
    </Text>
  );
}

const STATUS_COLORS: Record<FollowUpStatus, string> = {
  DRAFT: 'violet.9',
  PLANNED: 'blue.8',
  QUEUED: 'blue.8',
  SENDING: 'blue.8',
  SENT: 'teal.9',
  FAILED: 'red.9',
  CANCELLED: 'gray.7',
};

export function StatusBadge({ status }: { status: FollowUpStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="filled"
      data-testid="follow-up-status"
      style={{ flexShrink: 0 }}
    >
      {t(`followUps.status.${status}`)}
    </Badge>
  );
}

/**
 * The api's word on a follow-up's edited words, in the interface's language where it is one
 * we know (an unknown merge field, an unclosed section, an empty field); as given otherwise.
 */
export function wordsProblem(message: string, t: TFunction): string {
  const unknown = /unknown merge fields? (.+?) \(/.exec(message);
  if (unknown) return t('followUps.edit.unknownField', { fields: unknown[1] });
  const section = /section not opened and closed with the same field: (.+)$/.exec(message);
  if (section) return t('followUps.edit.unclosedSection', { fields: section[1] });
  if (/cannot be empty/.test(message)) return t('followUps.edit.empty');
  return message;
}

/** Why it was cancelled: an advocate's own reason in the interface's language; the api's otherwise. */
export function cancelReason(reason: string | null | undefined, t: TFunction): string {
  if (!reason) return '';
  const discarded = /^Discarded by an advocate(?:: (.*)|\.)$/s.exec(reason);
  if (!discarded) return reason;
  return discarded[1]
    ? t('followUps.discardedBecause', { reason: discarded[1] })
    : t('followUps.discarded');
}
