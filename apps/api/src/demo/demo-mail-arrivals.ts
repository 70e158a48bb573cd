import {
  InboundChannel,
  type InboundMailIngestion,
  type ReplyClassificationService,
} from '@onrecord/inbound-mail';
import type { DataScopes } from '@onrecord/platform/database';
import type { DemoArrival } from './demo-mail-in';

/**
 * The demo's replies come in as the worker's SMTP receiver takes a school's mail: through the
 * one ingestion (parse, store once per Message-ID, match, hold the follow-up a reply waits
 * on, fail the send a bounce reports). Then each reply's advocate does what demo-replies.ts
 * says, through the service behind the console's mutations. Run after the seeding committed.
 * The Message-IDs are the demo's own, so a message brought in twice is kept once and its
 * advocate's decision is not taken again.
 */
export async function bringDemoRepliesIn(
  services: {
    ingestion: InboundMailIngestion;
    classification: ReplyClassificationService;
    scopes: DataScopes;
  },
  arrivals: readonly DemoArrival[],
): Promise<void> {
  const { ingestion, classification, scopes } = services;
  for (const arrival of arrivals) {
    const [kept] = await ingestion.ingest({
      raw: arrival.raw,
      recipients: [arrival.to],
      channel: InboundChannel.SMTP,
    });
    const { decision, principal } = arrival;
    if (!kept || kept.duplicate || decision.kind === 'as-it-came') continue;
    await scopes.run(
      { organizationId: principal.organizationId, userId: principal.userId },
      { action: 'demo-seed', actorUserId: principal.userId },
      async (scope) => {
        if (decision.kind === 'answer')
          await classification.recordAsAnswer(scope, principal, kept.inboundMessageId, {
            outcome: decision.outcome,
            reasons: [],
            priorWrittenNotice: decision.priorWrittenNotice,
          });
        else await classification.markNotAnAnswer(scope, principal, kept.inboundMessageId);
        if (decision.share) await classification.share(scope, kept.inboundMessageId, true);
      },
    );
  }
}
