import { localDate } from '@onrecord/deadlines';
import { SchoolContact, SchoolContactRole } from '@onrecord/directory';
import {
  FollowUp,
  FollowUpKind,
  FollowUpPolicy,
  FollowUpStatus,
  SendingDays,
} from '@onrecord/follow-ups';
import type { DataScope } from '@onrecord/platform/database';
import { type MemberPrincipal } from '@onrecord/platform/request';
import {
  DeadlineTrigger,
  DeliveryChannel,
  WrittenRequestService,
  WrittenRequestType,
} from '@onrecord/requests';

/** The case the showcase's requests are written on. */
export interface ShowcaseCase {
  organizationId: string;
  caseId: string;
  districtId: string;
  schoolId: string;
  timeZone: string;
  /** The school's staff the requests go to. */
  recipientIds: string[];
  principal: MemberPrincipal;
}

/**
 * The demo organization's policy: the shipped one, but sending at any hour on any day, so
 * whoever runs `npm start` sees follow-ups arrive in the mail catcher at once (the default
 * window is 08:00–17:00 on school days).
 */
export async function seedDemoPolicy(scope: DataScope, organizationId: string): Promise<void> {
  await scope.manager.save(
    scope.manager.create(FollowUpPolicy, {
      organizationId,
      sendingWindowStart: '00:00',
      sendingWindowEnd: '24:00',
      sendingDays: SendingDays.EVERY_DAY,
    }),
  );
}

/** The subjects of the requests below. */
export const SHOWCASE_SUBJECTS = {
  failed: 'Request for the attendance records',
  held: 'Request for the behavior incident reports',
  discarded: 'Request for the nurse visit log',
  upcoming: 'Request for the current IEP progress reports',
} as const;

const day = (timeZone: string, offset: number): string => {
  const today = localDate(new Date(), timeZone);
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
};

/**
 * Requests dated from today, so the follow-up engine has something in each state when the
 * demo starts (the scenarios themselves are in the fictional 2025-26 year: their unanswered
 * requests are long overdue and their follow-ups go out as soon as the worker runs):
 * - a records request to the front office, which has no email address: its follow-up FAILS,
 *   and the advocate is told by email;
 * - an overdue request whose follow-up an advocate holds for approval: a DRAFT;
 * - an overdue request whose follow-up an advocate discarded: CANCELLED, with the reason;
 * - a request sent yesterday, due in ten days: a reminder PLANNED for the digest and a
 *   follow-up QUEUED for after the deadline.
 * Answered requests' follow-ups are CANCELLED by the planner itself; SENT ones appear as the
 * worker sends. (SENDING lasts the moment of a send: it is not something to look at.)
 */
export async function seedFollowUpShowcase(
  scope: DataScope,
  requests: WrittenRequestService,
  target: ShowcaseCase,
): Promise<void> {
  const { organizationId, principal, timeZone } = target;
  const frontOffice = await scope.manager.save(
    scope.manager.create(SchoolContact, {
      organizationId,
      districtId: target.districtId,
      schoolId: target.schoolId,
      name: 'Front office',
      role: SchoolContactRole.OTHER,
      title: 'Front office (phone only)',
      email: null,
      phone: '+15125550100',
    }),
  );
  const request = async (
    subject: string,
    recipientIds: string[],
    sentDaysAgo: number,
    dueInDays: number,
  ): Promise<string> => {
    const created = await requests.create(scope, principal, {
      caseId: target.caseId,
      type: WrittenRequestType.RECORDS,
      trigger: DeadlineTrigger.WRITTEN_REQUEST_RECEIVED,
      subject,
      body: `${subject}. Please answer in writing.`,
      recipientIds,
      recipientNote: recipientIds.includes(frontOffice.id)
        ? 'The school asked that records requests go to the front office.'
        : undefined,
    });
    const sentOn = day(timeZone, -sentDaysAgo);
    await requests.send(scope, created.id, {
      sentOn,
      receivedOn: sentOn,
      channel: DeliveryChannel.HAND_DELIVERED,
    });
    await requests.overrideDeadline(scope, principal, created.id, {
      dueOn: day(timeZone, dueInDays),
      reason: 'The date the school gave in its written acknowledgement.',
    });
    return created.id;
  };
  const followUpOf = (requestId: string) =>
    scope.manager.findOneByOrFail(FollowUp, { requestId, kind: FollowUpKind.SCHOOL_FOLLOW_UP });

  await request(SHOWCASE_SUBJECTS.failed, [frontOffice.id], 30, -10);

  const held = await followUpOf(await request(SHOWCASE_SUBJECTS.held, target.recipientIds, 25, -5));
  held.requiresApproval = true;
  held.editedBody =
    'Dear {{recipients}},\n\nWe asked on {{request.sentOn}} for copies of the behavior incident reports. They were due on {{deadline.dueOn}} and we have not received them. Please send them, or tell us in writing when you will, by {{respondBy}}.\n\n{{advocate.name}}\n{{organization.name}}';
  await scope.manager.save(held);

  const discarded = await followUpOf(
    await request(SHOWCASE_SUBJECTS.discarded, target.recipientIds, 20, -3),
  );
  discarded.status = FollowUpStatus.CANCELLED;
  discarded.discardedByUserId = principal.userId;
  discarded.cancelledReason =
    'Discarded by an advocate: the nurse called; the log is in the mail (keep the envelope).';
  await scope.manager.save(discarded);

  await request(SHOWCASE_SUBJECTS.upcoming, target.recipientIds, 1, 10);
}
