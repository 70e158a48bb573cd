import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { DataScopes, type DataScope } from '@onrecord/platform/database';
import { RequestChanges, replyTokenOf } from '@onrecord/requests';
import {
  InboundChannel,
  InboundMessageStatus,
  type InboundMatch,
} from '../model/inbound-message.enums';
import { parseInbound, type ParsedInbound } from '../parsing/parse-inbound';
import { refreshReplyWaiting } from '../classification/reply-waiting';
import { failBouncedSend } from './bounced-send';
import { noReplyAddress, tooLarge, unknownReplyAddress } from './inbound-refusal';
import { matchInbound } from './inbound-matcher';
import type { MatchDecision } from './match-rules';
import { statusOf, storeInbound } from './inbound-store';
import { ReplyAddressLookup, type ReplyAddressOwner } from './reply-address-lookup';

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
 * webhook): refuse what is too big or addressed to no known reply address; read it; store
 * it, raw and parsed, in one transaction per organization its reply addresses belong to;
 * then match it behind a savepoint in that transaction. Matching can fail without losing the
 * message: it then waits in triage and a later delivery of it matches again.
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
      const { stored, matched } = await this.scopes.run(
        { organizationId },
        { action: 'receiveInboundMail', actorUserId: null, requestId: input.requestId ?? null },
        async (scope) => {
          const kept = await storeInbound(scope, parsed, {
            organizationId,
            channel: input.channel,
            // Its own reply addresses only: a copy never shows another organization's (a
            // Bcc to two organizations would otherwise hand one the other's token).
            envelopeRecipients: addresses,
            raw: input.raw,
            maxAttachments: this.config.inbound.maxAttachments,
          });
          return { stored: kept, matched: await this.match(scope, kept, owner, parsed) };
        },
      );
      results.push({
        organizationId,
        inboundMessageId: stored.id,
        duplicate: stored.duplicate,
        status: statusOf(parsed),
        match: matched?.match ?? null,
        requestId: matched?.requestId ?? null,
      });
      this.logger.log(
        {
          organizationId,
          inboundMessageId: stored.id,
          duplicate: stored.duplicate,
          channel: input.channel,
          match: matched?.match ?? null,
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
   * Files the message and acts on it, in the transaction that stored it but behind a
   * savepoint: a reply waiting to be classified holds its request's next follow-up
   * (reply-waiting.ts); a bounce fails the send it reports (bounced-send.ts). A failure rolls
   * back to the savepoint only: the message stays stored, in triage (logged), never lost, and
   * its next delivery matches it again. One transaction, not two: a commit (a disk flush) less
   * per message.
   */
  private async match(
    scope: DataScope,
    stored: { id: string; duplicate: boolean },
    owner: ReplyAddressOwner,
    parsed: ParsedInbound,
  ): Promise<MatchDecision | null> {
    await scope.manager.query('SAVEPOINT inbound_match');
    try {
      const decision = await this.matchNow(scope, stored, owner, parsed);
      await scope.manager.query('RELEASE SAVEPOINT inbound_match');
      return decision;
    } catch (error) {
      await scope.manager.query('ROLLBACK TO SAVEPOINT inbound_match');
      this.logger.error(
        { err: error, organizationId: scope.organizationId, inboundMessageId: stored.id },
        'inbound message kept but not matched: it waits in triage',
      );
      return null;
    }
  }

  private async matchNow(
    scope: DataScope,
    stored: { id: string; duplicate: boolean },
    owner: ReplyAddressOwner,
    parsed: ParsedInbound,
  ): Promise<MatchDecision> {
    if (stored.duplicate) {
      // Matched already (the usual case): leave it as it was filed.
      const [row] = (await scope.manager.query(
        `SELECT match, request_id, suggested_request_id FROM inbound_message WHERE id = $1`,
        [stored.id],
      )) as Array<{
        match: InboundMatch | null;
        request_id: string | null;
        suggested_request_id: string | null;
      }>;
      if (row?.match)
        return {
          match: row.match,
          requestId: row.request_id,
          suggestedRequestId: row.suggested_request_id,
        };
    }
    const decision = await matchInbound(scope, {
      id: stored.id,
      organizationId: scope.organizationId,
      addressRequestId: owner.requestId,
    });
    if (decision.requestId && statusOf(parsed) === InboundMessageStatus.UNCLASSIFIED)
      await refreshReplyWaiting(scope, this.changes, decision.requestId);
    if (parsed.delivery) {
      const failedFor = await failBouncedSend(scope, parsed.delivery);
      if (failedFor) await this.changes.changed(scope, failedFor);
    }
    return decision;
  }
}
