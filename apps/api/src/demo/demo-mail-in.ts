import { FollowUp, FollowUpKind } from '@onrecord/follow-ups';
import type { AppConfig } from '@onrecord/platform/config';
import type { DataScope } from '@onrecord/platform/database';
import { domainOf } from '@onrecord/platform/mail';
import type { MemberPrincipal } from '@onrecord/platform/request';
import {
  type DeadlineTrigger,
  DeliveryChannel,
  RequestRecipient,
  RequestReplyAddress,
  replyAddressOf,
  WrittenRequest,
  type WrittenRequestService,
} from '@onrecord/requests';
import {
  DEMO_BOUNCE,
  DEMO_REPLIES,
  demoContact,
  type DemoReply,
  type DemoReplyDecision,
} from './demo-replies';
import { bounceReport, demoMessageId, replyMessage } from './demo-reply-mail';
import { DEMO_ORGANIZATION } from './demo-scenarios';
import { markEmailed, recordSent } from './demo-sent-mail';

/** A demo case mail comes in on, and its advocate. */
export interface DemoMailCase {
  caseId: string;
  timeZone: string;
  principal: MemberPrincipal;
  advocateName: string;
  advocateEmail: string;
}

/** A message on its way in, with what its advocate does once it is kept. */
export interface DemoArrival {
  raw: Buffer;
  /** The reply address it is sent to (the SMTP envelope's recipient). */
  to: string;
  decision: DemoReplyDecision;
  principal: MemberPrincipal;
}

const MINUTE = 60_000;

/**
 * In the seeding's transaction, what the replies of demo-replies.ts answer: the requests they
 * reply to, emailed from OnRecord (demo-sent-mail.ts); the WA referral's archived duplicate;
 * the NJ follow-up the school's server returned, on record as sent. Returns the messages,
 * oldest first, for demo-mail-arrivals.ts to bring in once this transaction has committed (the
 * ingestion finds the reply addresses in transactions of its own).
 */
export async function prepareDemoMailIn(
  scope: DataScope,
  requests: WrittenRequestService,
  cases: ReadonlyMap<string, DemoMailCase>,
  config: AppConfig,
  now = new Date(),
): Promise<DemoArrival[]> {
  const mailDomain = domainOf(config.mail.from);
  const arrivals: Array<DemoArrival & { minutesAgo: number }> = [];
  for (const reply of DEMO_REPLIES) {
    const target = caseOf(cases, reply.family);
    const request = await requestOn(scope, target.caseId, reply.request);
    await markEmailed(scope, request, target.timeZone, mailDomain);
    const addressed = reply.toArchivedRequest
      ? await archivedDuplicate(scope, requests, target, request, {
          subject: reply.toArchivedRequest,
          mailDomain,
        })
      : request;
    const to = await replyAddress(scope, config, addressed.id);
    arrivals.push({
      raw: await composeReply(reply, addressed, target, to, now),
      to,
      decision: reply.decision,
      principal: target.principal,
      minutesAgo: reply.minutesAgo,
    });
  }
  arrivals.push(await bounceArrival(scope, cases, config, now));
  return arrivals
    .sort((a, b) => b.minutesAgo - a.minutesAgo)
    .map(({ minutesAgo: _when, ...arrival }) => arrival);
}

function caseOf(cases: ReadonlyMap<string, DemoMailCase>, family: string): DemoMailCase {
  const found = cases.get(family);
  if (!found) throw new Error(`the demo has no case for the ${family}`);
  return found;
}

const requestOn = (scope: DataScope, caseId: string, subject: string) =>
  scope.manager.findOneByOrFail(WrittenRequest, { caseId, subject });

/** `reply+<token>@<inbound domain>`: where the school's answer to this request goes. */
async function replyAddress(scope: DataScope, config: AppConfig, requestId: string) {
  const { token } = await scope.manager.findOneByOrFail(RequestReplyAddress, { requestId });
  return replyAddressOf(token, config.inbound.domain);
}

function composeReply(
  reply: DemoReply,
  request: WrittenRequest,
  target: DemoMailCase,
  to: string,
  now: Date,
): Promise<Buffer> {
  const sender = demoContact(reply.family, reply.from);
  return replyMessage(reply, {
    from: { name: sender.name, email: sender.email },
    to,
    cc: target.advocateEmail,
    messageId: demoMessageId(
      `${request.organizationId}/${reply.family}/${reply.subject}`,
      domainOf(sender.email),
    ),
    inReplyTo: request.emailMessageId,
    date: new Date(now.getTime() - reply.minutesAgo * MINUTE),
  });
}

/**
 * The same letter emailed from OnRecord a first time the same day, then corrected and sent
 * again, and the first one archived by the advocate: its reply address names no open request.
 */
async function archivedDuplicate(
  scope: DataScope,
  requests: WrittenRequestService,
  target: DemoMailCase,
  original: WrittenRequest,
  { subject, mailDomain }: { subject: string; mailDomain: string },
): Promise<WrittenRequest> {
  const recipients = await scope.manager.find(RequestRecipient, {
    where: { requestId: original.id },
    order: { position: 'ASC' },
  });
  const created = await requests.create(scope, target.principal, {
    caseId: target.caseId,
    type: original.type,
    trigger: original.trigger as DeadlineTrigger,
    subject,
    body: original.body,
    recipientIds: recipients.map((r) => r.contactId),
  });
  const sent = await requests.send(scope, created.id, {
    sentOn: original.sentOn ?? '',
    receivedOn: original.receivedOn ?? undefined,
    channel: DeliveryChannel.EMAIL,
  });
  await markEmailed(scope, sent, target.timeZone, mailDomain);
  return requests.setArchived(scope, sent.id, true);
}

/**
 * NJ: the request's first follow-up to the school, on record as sent two days ago, and the
 * school's mail server's report that it could not be delivered to the case manager.
 */
async function bounceArrival(
  scope: DataScope,
  cases: ReadonlyMap<string, DemoMailCase>,
  config: AppConfig,
  now: Date,
): Promise<DemoArrival & { minutesAgo: number }> {
  const target = caseOf(cases, DEMO_BOUNCE.family);
  const request = await requestOn(scope, target.caseId, DEMO_BOUNCE.request);
  const planned = await scope.manager.findOneBy(FollowUp, {
    requestId: request.id,
    kind: FollowUpKind.SCHOOL_FOLLOW_UP,
    sequence: 1,
  });
  if (!planned) throw new Error(`the ${DEMO_BOUNCE.family}'s request has no follow-up planned`);
  const sentAt = new Date(now.getTime() - DEMO_BOUNCE.sentMinutesAgo * MINUTE);
  planned.sentSubject = `Re: ${request.subject}`;
  planned.sentBody = followUpWords(request, planned, target);
  const sent = await recordSent(scope, planned, sentAt, domainOf(config.mail.from));
  const to = await replyAddress(scope, config, request.id);
  const failed = demoContact(DEMO_BOUNCE.family, DEMO_BOUNCE.failedFor);
  return {
    raw: bounceReport({
      to,
      mailServer: DEMO_BOUNCE.mailServer,
      messageId: demoMessageId(
        `${request.organizationId}/bounce/${sent.id}`,
        DEMO_BOUNCE.mailServer,
      ),
      date: new Date(now.getTime() - DEMO_BOUNCE.minutesAgo * MINUTE),
      failedRecipient: failed.email,
      diagnostic: DEMO_BOUNCE.diagnostic,
      returned: {
        from: config.mail.from,
        to: sent.recipients.map((r) => `${r.name} <${r.email}>`),
        subject: sent.sentSubject ?? '',
        messageId: sent.messageId ?? '',
        date: sentAt,
      },
    }),
    to,
    decision: { kind: 'as-it-came' },
    principal: target.principal,
    minutesAgo: DEMO_BOUNCE.minutesAgo,
  };
}

/** The follow-up as it went out, in the shipped template's words (libs/words, en.ts). */
function followUpWords(request: WrittenRequest, followUp: FollowUp, from: DemoMailCase): string {
  const to = followUp.recipients.map((r) => r.name).join(' and ');
  return [
    `Dear ${to}:`,
    `I am writing to follow up on my written request of ${request.sentOn} for an evaluation ("${request.subject}"). The school received it on ${request.receivedOn}. Its written answer was due on ${request.dueOn}, and I have not received one.`,
    'Please send me your written answer within 5 school days. A phone call or a meeting is not a written answer. If you have already answered, please send me a copy so that our records match.',
    'Thank you for your attention to this.',
    'Sincerely,',
    [from.advocateName, DEMO_ORGANIZATION.name, from.advocateEmail].join('\n'),
  ].join('\n\n');
}
