import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTime } from '../../dates';

/**
 * On a request of the case page: a reply came back and waits to be classified (its next
 * follow-up is held meanwhile). Links to that request's replies.
 */
export function ReplyWaitingLink({ requestId, since }: { requestId: string; since: string }) {
  const { t, i18n } = useTranslation();
  const label = t('replyWaiting.label', { date: formatTime(since, i18n.language) });
  return (
    <Tooltip label={label} multiline maw={320}>
      <Badge
        component={Link}
        to={`/replies?request=${requestId}`}
        color="violet.9"
        variant="filled"
        mt={4}
        style={{ cursor: 'pointer', textTransform: 'none' }}
      >
        {t('replyWaiting.badge')}
      </Badge>
    </Tooltip>
  );
}
