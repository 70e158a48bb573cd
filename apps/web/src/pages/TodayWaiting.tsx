import { TodayReplies } from './replies/TodayReplies';
import { TodayFollowUps } from './TodayFollowUps';

/**
 * What waits on the advocate, below what is owed: replies to classify, then follow-ups to
 * approve or that could not be sent. Each part shows only when it has something.
 */
export function TodayWaiting({ mine }: { mine: boolean }) {
  return (
    <>
      <TodayReplies mine={mine} />
      <TodayFollowUps mine={mine} />
    </>
  );
}
