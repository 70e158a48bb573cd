import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { DataScopes } from '@onrecord/platform/database';
import { RequestChanges, replyTokenOf } from '@onrecord/requests';
import { InboundChannel, type InboundMatch } from '../model/inbound-message.enums';
import { parseInbound, type ParsedInbound } from '../parsing/parse-inbound';
import { failBouncedSend } from './bounced-send';
import { noReplyAddress, tooLarge, unknownReplyAddress } from './inbound-refusal';
import { matchInbound } from './inbound-matcher';
import type { MatchDecision } from './match-rules';
import { statusOf, storeInbound, type Delivery, type StoredInbound } from './inbound-store';
import { ReplyAddressLookup, type ReplyAddressOwner } from './reply-address-lookup';

/** Where a message whose matching failed is kept: nowhere but triage. */
const UNFILED: MatchDecision = { match: null, requestId: null, suggestedRequestId: null };

/** One organization's copy of a message that came in. */
export interface IngestedMessage {
  organizationId: string;
  inboundMessageId: string;
  /** The same Message-ID was already kept: nothing new was stored. */
  duplicate: boolean;
  status: string;
  match: InboundMatch | null;
  requestId: string | null;
}

/**
 * The one way a message comes in, whichever adapter received it (the SMTP receiver, the
 * webhook): refuse what is too big or addressed to no known reply address; read it; match
 * it and store it, raw, parsed and filed, in one transaction per organization its reply
 * addresses belong to. Matching can fail without losing the message: it is then stored
 * alone, waits in triage, and a later delivery of it matches again.
 */
@Injectable()
export class InboundMailIngestion {
  private readonly logger = new Logger('InboundMail');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scopes: DataScopes,
    private readonly addresses: ReplyAddressLookup,
    private readonly changes: RequestChanges,
  ) {}

  /** The message size limit, for the adapters to refuse early (SMTP SIZE, Content-Length). */
  get maxMessageBytes(): number {
    return this.config.inbound.maxMessageBytes;
  }

  /** Whose reply address this recipient is; refuses (550) any other address. */
  async recipient(address: string, requestId?: string): Promise<ReplyAddressOwner> {
    const token = replyTokenOf(address, this.config.inbound.domain);
    if (!token) throw noReplyAddress();
    const owner = await this.addresses.find(token, requestId);
    if (!owner) throw unknownReplyAddress();
    return owner;
  }

  async ingest(input: {
    raw: Buffer;
    recipients: string[];
    channel: InboundChannel;
    requestId?: string;
    /** Owners the adapter already looked up (the SMTP receiver, at RCPT TO), by address. */
    knownOwners?: ReadonlyMap<string, ReplyAddressOwner>;
  }): Promise<IngestedMessage[]> {
    if (input.raw.length > this.config.inbound.maxMessageBytes)
      throw tooLarge(this.config.inbound.maxMessageBytes);
    const owners = await this.owners(input.recipients, input.requestId, input.knownOwners);
    const parsed = await parseInbound(input.raw);
    const results: IngestedMessage[] = [];
    for (const [organizationId, { owner, addresses }] of owners) {
      const delivery: Delivery = {
        organizationId,
        channel: input.channel,
        // Its own reply addresses only: a copy never shows another organization's (a Bcc to
        // two organizations would otherwise hand one the other's token).
        envelopeRecipients: addresses,
        raw: input.raw,
        maxAttachments: this.config.inbound.maxAttachments,
      };
      const stored = await this.storeMatched(delivery, owner, parsed, input.requestId).catch(
        (error: unknown) => {
          this.logger.error(
            { err: error, organizationId },
            'inbound message not matched: it is kept in triage',
          );
          return this.storeUnfiled(delivery, parsed, input.requestId);
        },
      );
      results.push({
        organizationId,
        inboundMessageId: stored.id,
        duplicate: stored.duplicate,
        status: statusOf(parsed),
        match: stored.filed.match,
        requestId: stored.filed.requestId,
      });
      this.logger.log(
        {
          organizationId,
          inboundMessageId: stored.id,
          duplicate: stored.duplicate,
          channel: input.channel,
          match: stored.filed.match,
          requestId: input.requestId,
        },
        stored.duplicate ? 'inbound message already kept' : 'inbound message kept',
      );
    }
    return results;
  }

  /**
   * The organizations the recipients' reply addresses belong to, each with the first of its
   * addresses named (its request is the message's) and all of them: a message to two
   * organizations' addresses is kept by each, and each sees only its own copy.
   */
  private async owners(
    recipients: string[],
    requestId?: string,
    known?: ReadonlyMap<string, ReplyAddressOwner>,
  ): Promise<Map<string, { owner: ReplyAddressOwner; addresses: string[] }>> {
    const byToken = new Map<string, string>();
    for (const recipient of recipients) {
      const token = replyTokenOf(recipient, this.config.inbound.domain);
      if (token && !byToken.has(token)) byToken.set(token, recipient.toLowerCase());
    }
    if (!byToken.size) throw noReplyAddress();
    const owners = new Map<string, { owner: ReplyAddressOwner; addresses: string[] }>();
    // A sender names a handful of addresses; more is not a reply to be filed everywhere.
    for (const [token, address] of [...byToken].slice(0, 20)) {
      const owner = known?.get(address) ?? (await this.addresses.find(token, requestId));
      if (!owner) continue;
      const same = owners.get(owner.organizationId);
      if (same) same.addresses.push(address);
      else owners.set(owner.organizationId, { owner, addresses: [address] });
    }
    if (!owners.size) throw unknownReplyAddress();
    return owners;
  }

  /**
   * Matches the message, stores it filed as matched and acts on it, in one transaction: a
   * reply waiting to be classified holds its request's next follow-up (reply-waiting.ts); a
   * bounce fails the send it reports (bounced-send.ts). Matching reads before the message is
   * stored, so the row is written once, already filed.
   */
  private storeMatched(
    delivery: Delivery,
    owner: ReplyAddressOwner,
    parsed: ParsedInbound,
    requestId: string | undefined,
  ): Promise<StoredInbound> {
    return this.scopes.run(
      { organizationId: delivery.organizationId },
      { action: 'receiveInboundMail', actorUserId: null, requestId: requestId ?? null },
      async (scope) => {
        const decision = await matchInbound(scope, {
          organizationId: delivery.organizationId,
          addressRequestId: owner.requestId,
          fromAddress: parsed.fromAddress,
          thread: [...new Set([parsed.delivery?.originalMessageId ?? [], parsed.thread].flat())],
        });
        const stored = await storeInbound(scope, parsed, delivery, decision);
        if (stored.replyWaitingMoved) await this.changes.changed(scope, stored.replyWaitingMoved);
        if (stored.filedNow && parsed.delivery) {
          const failedFor = await failBouncedSend(scope, parsed.delivery);
          if (failedFor) await this.changes.changed(scope, failedFor);
        }
        return stored;
      },
    );
  }

  /**
   * When matching or acting on the message failed (logged): the message stored alone, in a
   * transaction of its own, unfiled. It is never lost: it waits in triage, and a later
   * delivery of it is matched again (inbound-store.ts).
   */
  private storeUnfiled(
    delivery: Delivery,
    parsed: ParsedInbound,
    requestId: string | undefined,
  ): Promise<StoredInbound> {
    return this.scopes.run(
      { organizationId: delivery.organizationId },
      { action: 'receiveInboundMail', actorUserId: null, requestId: requestId ?? null },
      (scope) => storeInbound(scope, parsed, delivery, UNFILED),
    );
  }
}
