import {
  Field,
  GraphQLISODateTime,
  ObjectType,
  Parent,
  ResolveField,
  Resolver,
  registerEnumType,
} from '@nestjs/graphql';
import { FollowUpObject } from '@onrecord/follow-ups';
import { CurrentRequest, type RequestContext } from '@onrecord/platform/request';

/** Where a message OnRecord sent stands for one recipient. */
export enum DeliveryState {
  /** Not handed to the mail server yet (or it refused it: see the follow-up's lastError). */
  NOT_SENT = 'NOT_SENT',
  /** The mail server took it; no report since. */
  ACCEPTED = 'ACCEPTED',
  /** A report said delivery to them is delayed; the servers keep trying. */
  DEFERRED = 'DEFERRED',
  /** A report said it could not be delivered to them. */
  BOUNCED = 'BOUNCED',
}
registerEnumType(DeliveryState, { name: 'DeliveryState' });

@ObjectType('RecipientDelivery', {
  description:
    'Where a follow-up (or the request OnRecord emailed) stands for one of its recipients: from the mail server’s answer and the delivery reports that came back to the reply address.',
})
export class RecipientDeliveryObject {
  @Field(() => String) address!: string;
  @Field(() => DeliveryState) state!: DeliveryState;
  @Field(() => String, {
    nullable: true,
    description: "The mail server's answer, or the report's diagnostic.",
  })
  reason!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When that was known.' })
  at!: Date | null;
}

interface Report {
  message_id: string;
  bounce_recipient: string | null;
  bounce_diagnostic: string | null;
  bounce_failed: boolean;
  received_at: Date;
}
interface Acceptance {
  follow_up_id: string;
  server_response: string | null;
  finished_at: Date | null;
}

/**
 * Delivery per recipient, on the follow-up (mail in reads the reports; follow-ups knows
 * nothing of them): each address it went to (To and Cc), accepted when the server took the
 * message, then as the latest delivery report about that address says. Batched per request.
 */
@Resolver(() => FollowUpObject)
export class FollowUpDeliveryResolver {
  @ResolveField(() => [RecipientDeliveryObject], {
    description: 'Each recipient (To, then Cc): accepted, deferred or bounced, and why.',
  })
  async delivery(
    @Parent() followUp: FollowUpObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<RecipientDeliveryObject[]> {
    const facts = await request
      .loader<string, { reports: Report[]; accepted: Acceptance | null }>(
        'follow-up-delivery',
        async (scope, ids) => {
          const accepted = (await scope.manager.query(
            `SELECT DISTINCT ON (follow_up_id) follow_up_id, server_response, finished_at
               FROM follow_up_attempt WHERE follow_up_id = ANY($1) AND outcome = 'ACCEPTED'
              ORDER BY follow_up_id, finished_at`,
            [[...ids]],
          )) as Acceptance[];
          const reports = (await scope.manager.query(
            `SELECT f.id AS follow_up_id, m.bounced_message_id AS message_id, m.bounce_recipient,
                    m.bounce_diagnostic, m.bounce_failed, m.received_at
               FROM follow_up f JOIN inbound_message m ON m.bounced_message_id = f.message_id
              WHERE f.id = ANY($1) AND m.bounce
              ORDER BY m.received_at`,
            [[...ids]],
          )) as Array<Report & { follow_up_id: string }>;
          return ids.map((id) => ({
            accepted: accepted.find((a) => a.follow_up_id === id) ?? null,
            reports: reports.filter((r) => r.follow_up_id === id),
          }));
        },
      )
      .load(followUp.id);
    return deliveryOf(followUp, facts ?? { reports: [], accepted: null });
  }
}

/** Each recipient's state: the acceptance first, then the reports in the order they came. */
export function deliveryOf(
  followUp: Pick<FollowUpObject, 'recipients' | 'cc'>,
  facts: { reports: Report[]; accepted: Acceptance | null },
): RecipientDeliveryObject[] {
  const addresses = [...followUp.recipients, ...followUp.cc]
    .map((r) => r.email)
    .filter((email, index, all) => email && all.indexOf(email) === index);
  return addresses.map((address) => {
    let state: RecipientDeliveryObject = facts.accepted
      ? {
          address,
          state: DeliveryState.ACCEPTED,
          reason: facts.accepted.server_response,
          at: facts.accepted.finished_at,
        }
      : { address, state: DeliveryState.NOT_SENT, reason: null, at: null };
    for (const report of facts.reports)
      if (report.bounce_recipient?.toLowerCase() === address.toLowerCase())
        state = {
          address,
          state: report.bounce_failed ? DeliveryState.BOUNCED : DeliveryState.DEFERRED,
          reason: report.bounce_diagnostic,
          at: report.received_at,
        };
    return state;
  });
}
