/**
 * What the other libs, the apps and the tests use of mail in: its modules and entities.
 * The rest is its own; export more here only when another lib needs it.
 */
export { INBOUND_MAIL_ENTITIES } from './inbound-mail.entities';
export { InboundMailModule, InboundMailWorkerModule } from './inbound-mail.module';
export { InboundSmtpReceiver } from './smtp/inbound-smtp-receiver';
