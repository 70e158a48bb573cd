/**
 * Why a message is not taken in, with the answer each way in says it with: an SMTP reply code
 * (the sender's server bounces it to its author) and an HTTP status (the provider's webhook
 * stops retrying a 4xx). The message names the field at fault and what to do.
 */
export class InboundRefusal extends Error {
  constructor(
    readonly field: 'message' | 'to',
    message: string,
    readonly smtpCode: 550 | 552 | 554,
    readonly httpStatus: 400 | 404 | 413,
  ) {
    super(message);
    this.name = 'InboundRefusal';
  }
}

export const tooLarge = (limit: number) =>
  new InboundRefusal(
    'message',
    `is larger than ${limit} bytes, the most OnRecord takes in (INBOUND_MAX_MESSAGE_BYTES)`,
    552,
    413,
  );

export const noReplyAddress = () =>
  new InboundRefusal(
    'to',
    "names no reply address of OnRecord's (reply+<token>@<inbound domain>)",
    550,
    400,
  );

export const unknownReplyAddress = () =>
  new InboundRefusal('to', 'no request has this reply address', 550, 404);
