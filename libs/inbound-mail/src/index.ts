/**
 * What the other libs, the apps and the tests use of mail in: its modules and entities.
 * The rest is its own; export more here only when another lib needs it.
 */
export { INBOUND_MAIL_ENTITIES } from './inbound-mail.entities';
export { InboundMailModule, InboundMailWorkerModule } from './inbound-mail.module';
export { InboundSmtpReceiver } from './smtp/inbound-smtp-receiver';
// The family portal reads the replies an advocate shared (libs/portal, portal-replies).
export { InboundAttachment } from './model/inbound-attachment.entity';
export { InboundMessage } from './model/inbound-message.entity';
export { InboundChannel, InboundMessageStatus } from './model/inbound-message.enums';
// The demo brings its replies in and classifies them as the product does (apps/api/src/demo).
export { InboundMailIngestion } from './ingestion/inbound-mail-ingestion.service';
export { ReplyClassificationService } from './classification/reply-classification.service';
