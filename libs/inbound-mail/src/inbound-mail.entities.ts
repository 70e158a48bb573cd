import { InboundAttachment } from './model/inbound-attachment.entity';
import { InboundMessage } from './model/inbound-message.entity';

/** The TypeORM entities of mail in: the schema catalog and the lib's specs use it. */
export const INBOUND_MAIL_ENTITIES = [InboundMessage, InboundAttachment];
