import { Injectable } from '@nestjs/common';
import { DocumentsService } from '@onrecord/documents';
import type { DataScope } from '@onrecord/platform/database';
import type { InboundMessage } from '../model/inbound-message.entity';
import { parseInbound } from '../parsing/parse-inbound';

interface Waiting {
  id: string;
  position: number;
  filename: string;
  content: Buffer | null;
}

/**
 * A reply's attachments become documents of the school response it was recorded as (README
 * "Documents"): each through the documents' own intake — the size limit, the type read from
 * its bytes — added by the email's sender, not shared with the family. One the intake
 * refuses keeps its row with why; none is dropped. An attachment beyond those whose content
 * was kept at capture (INBOUND_MAX_ATTACHMENTS) is read again from the raw message. A reply
 * without attachments costs one query here, and nothing at capture.
 */
@Injectable()
export class ReplyDocuments {
  constructor(private readonly documents: DocumentsService) {}

  async keep(
    scope: DataScope,
    message: InboundMessage,
    response: { id: string; caseId: string },
  ): Promise<void> {
    const waiting = (await scope.manager.query(
      `SELECT id, position, filename, content FROM inbound_attachment
        WHERE message_id = $1 AND document_id IS NULL AND refused_reason IS NULL
        ORDER BY position`,
      [message.id],
    )) as Waiting[];
    if (!waiting.length) return;
    const fromRaw = waiting.some((a) => a.content === null)
      ? (await parseInbound(message.raw)).attachments
      : [];
    for (const attachment of waiting) {
      const bytes = attachment.content ?? fromRaw[attachment.position - 1]?.content ?? null;
      const kept = bytes
        ? await this.documents.addReplyAttachment(scope, {
            caseId: response.caseId,
            responseId: response.id,
            sender: message.fromAddress || 'an unknown sender',
            fileName: attachment.filename,
            bytes,
          })
        : { refused: 'could not be read from the message' };
      await scope.manager.query(
        `UPDATE inbound_attachment SET document_id = $2, refused_reason = $3 WHERE id = $1`,
        [
          attachment.id,
          'document' in kept ? kept.document.id : null,
          'refused' in kept ? kept.refused : null,
        ],
      );
    }
  }
}
