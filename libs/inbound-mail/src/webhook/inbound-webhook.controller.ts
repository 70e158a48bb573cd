import { Controller, Inject, Logger, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Operators } from '@onrecord/platform/auth';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { InboundChannel } from '../model/inbound-message.enums';
import { InboundRefusal, tooLarge } from '../ingestion/inbound-refusal';
import { InboundMailIngestion } from '../ingestion/inbound-mail-ingestion.service';
import { readBody } from './read-body';
import { webhookSecretMatches } from './webhook-secret';

/** The header a provider may name the envelope recipients in (else the `to` parameter). */
export const RECIPIENTS_HEADER = 'x-inbound-to';

type Problem = { status: number; field: string; message: string };

const refuse = (res: Response, problem: Problem) =>
  res
    .status(problem.status)
    .json({ code: codeOf(problem.status), field: problem.field, message: problem.message });

const codeOf = (status: number) =>
  ({ 400: 'BAD_REQUEST', 401: 'UNAUTHENTICATED', 404: 'NOT_FOUND', 413: 'PAYLOAD_TOO_LARGE' })[
    status
  ] ?? 'ERROR';

/** `to=a&to=b`, `to=a,b`, or the header: every recipient named, trimmed. */
function recipientsOf(req: Request): string[] {
  const query = req.query['to'];
  const header = req.headers[RECIPIENTS_HEADER];
  return [query, header]
    .flat()
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * `POST /inbound/email`: a mail provider's webhook hands over a message as received — the
 * raw RFC 822 message as the body (`Content-Type: message/rfc822`), its envelope recipients
 * in `to` (query, repeatable or comma-separated) or the `X-Inbound-To` header — with the
 * shared secret (INBOUND_WEBHOOK_SECRET) as a bearer token. No organization's credential
 * reaches it (@Operators: the service's own). The same ingestion as the SMTP receiver; 200
 * only once stored (a provider retries anything else but a 4xx). Answers name the field at
 * fault: 401 without the secret, 413 over the size limit, 400 for a body that is not a
 * message or names no reply address, 404 for a reply address no request has.
 */
@Operators()
@Controller('inbound')
export class InboundWebhookController {
  private readonly logger = new Logger('InboundWebhook');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ingestion: InboundMailIngestion,
  ) {}

  @Post('email')
  async receive(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('cache-control', 'no-store');
    if (!webhookSecretMatches(req.headers.authorization, this.config.inbound.webhookSecret)) {
      refuse(res, {
        status: 401,
        field: 'authorization',
        message: 'needs the webhook secret as a bearer token (INBOUND_WEBHOOK_SECRET)',
      });
      return;
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'message/rfc822') {
      refuse(res, {
        status: 400,
        field: 'content-type',
        message: 'must be message/rfc822, with the raw message as the body',
      });
      return;
    }
    const recipients = recipientsOf(req);
    if (!recipients.length) {
      refuse(res, {
        status: 400,
        field: 'to',
        message: `is required: the envelope recipients, as the to parameter or the ${RECIPIENTS_HEADER} header`,
      });
      return;
    }
    const limit = this.ingestion.maxMessageBytes;
    const body = await readBody(req, limit);
    if (body === 'too-large') {
      const refusal = tooLarge(limit);
      // The rest of an oversized body is not read: close rather than keep the socket.
      res.setHeader('connection', 'close');
      refuse(res, { status: 413, field: refusal.field, message: refusal.message });
      return;
    }
    if (body.length === 0) {
      refuse(res, { status: 400, field: 'message', message: 'is empty: send the raw message' });
      return;
    }
    try {
      const kept = await this.ingestion.ingest({
        raw: body,
        recipients,
        channel: InboundChannel.WEBHOOK,
      });
      res.status(200).json({
        messages: kept.map((m) => ({
          id: m.inboundMessageId,
          duplicate: m.duplicate,
          status: m.status,
          match: m.match,
        })),
      });
    } catch (error) {
      if (error instanceof InboundRefusal) {
        refuse(res, { status: error.httpStatus, field: error.field, message: error.message });
        return;
      }
      this.logger.error({ err: error }, 'inbound message not kept');
      res.status(503).json({
        code: 'UNAVAILABLE',
        message: 'The message was not kept: try again later.',
      });
    }
  }
}
