import { Module } from '@nestjs/common';
import { CasesModule } from '@onrecord/cases';
import { DocumentsModule } from '@onrecord/documents';
import { RequestsModule } from '@onrecord/requests';
import { InboundMessageResolver } from './api/inbound-message.resolver';
import { InboundMessageService } from './api/inbound-message.service';
import { ReplyReceivedTimelineSource } from './api/reply-received.timeline-source';
import { FollowUpDeliveryResolver } from './api/follow-up-delivery.resolver';
import { ReplyClassificationResolver } from './classification/reply-classification.resolver';
import { ReplyClassificationService } from './classification/reply-classification.service';
import { ReplyDocuments } from './classification/reply-documents';
import { InboundMailIngestion } from './ingestion/inbound-mail-ingestion.service';
import { ReplyAddressLookup } from './ingestion/reply-address-lookup';
import { InboundSmtpReceiver } from './smtp/inbound-smtp-receiver';
import { InboundWebhookController } from './webhook/inbound-webhook.controller';

/**
 * The api side of mail in: the provider's webhook (POST /inbound/email), reading and
 * classifying captured replies over GraphQL, and their place on the case timeline.
 */
@Module({
  imports: [CasesModule, RequestsModule, DocumentsModule],
  controllers: [InboundWebhookController],
  providers: [
    ReplyAddressLookup,
    InboundMailIngestion,
    InboundMessageService,
    InboundMessageResolver,
    ReplyReceivedTimelineSource,
    ReplyClassificationService,
    ReplyDocuments,
    ReplyClassificationResolver,
    FollowUpDeliveryResolver,
  ],
  // For the demo, which brings its replies in through the one ingestion and classifies them.
  exports: [InboundMailIngestion, ReplyClassificationService],
})
export class InboundMailModule {}

/** The worker side: the SMTP receiver for the reply addresses, when INBOUND_SMTP_PORT is set. */
@Module({
  imports: [RequestsModule],
  providers: [ReplyAddressLookup, InboundMailIngestion, InboundSmtpReceiver],
  exports: [InboundSmtpReceiver],
})
export class InboundMailWorkerModule {}
