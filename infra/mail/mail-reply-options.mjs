// @ts-check
/**
 * The options of `npm run mail:reply` (mail-reply.mjs), read and checked apart so they can be
 * tested without sending anything.
 *
 * `npm run mail:reply -- --to <reply address> --file reply.eml`: hands a message file to the
 * local SMTP receiver of the reply addresses, as a school's mail server would, so a captured
 * reply can be tried by hand under `npm start`. The file is sent as it is (its headers and
 * body); the envelope is --from (default the file's From, else a made-up school address) and
 * --to. Prints the receiver's answer: 250 once the message is kept, 550 for an address no
 * request has, 552 for a message over the limit.
 */
import { parseArgs } from 'node:util';

const USAGE = `Usage: npm run mail:reply -- --to <reply address> --file <message.eml>
  [--from <sender>] [--host 127.0.0.1] [--port <INBOUND_SMTP_PORT, default 2526>]

The reply address is a request's: GraphQL writtenRequest(id) { replyAddress }.`;

/** @param {string[]} argv */
export function mailReplyOptions(argv, environment = process.env) {
  const { values } = parseArgs({
    args: argv,
    options: {
      to: { type: 'string' },
      file: { type: 'string' },
      from: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: environment['INBOUND_SMTP_PORT'] || '2526' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return { help: USAGE };
  const problems = [];
  if (!values.to) problems.push('--to: the reply address to send to is required');
  if (!values.file) problems.push('--file: the message file (.eml) is required');
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    problems.push(`--port: expected a port number (it is "${values.port}")`);
  if (problems.length) return { problems, usage: USAGE };
  return {
    to: /** @type {string} */ (values.to),
    file: /** @type {string} */ (values.file),
    from: values.from,
    host: values.host ?? '127.0.0.1',
    port,
  };
}

/** The address of the file's From header, if it has one. */
export function fromOf(/** @type {string} */ message) {
  const headers = message.split(/\r?\n\r?\n/)[0] ?? '';
  const from = /^From:\s*(.*)$/im.exec(headers)?.[1] ?? '';
  return /<([^>]+)>/.exec(from)?.[1] ?? (/\S+@\S+/.exec(from)?.[0] || undefined);
}
