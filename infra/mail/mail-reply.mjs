// @ts-check
/**
 * `npm run mail:reply -- --to <reply address> --file reply.eml`: sends a message file to the
 * local SMTP receiver of the reply addresses (mail-reply-options.mjs says how).
 */
import { readFileSync } from 'node:fs';
import { createTransport } from 'nodemailer';
import { fromOf, mailReplyOptions } from './mail-reply-options.mjs';

async function main() {
  const options = mailReplyOptions(process.argv.slice(2));
  if ('help' in options) {
    console.log(options.help);
    return;
  }
  if ('problems' in options) {
    console.error(`${(options.problems ?? []).join('\n')}\n\n${options.usage}`);
    process.exitCode = 2;
    return;
  }
  let raw;
  try {
    raw = readFileSync(options.file);
  } catch (error) {
    console.error(
      `--file: ${options.file} cannot be read (${/** @type {Error} */ (error).message})`,
    );
    process.exitCode = 2;
    return;
  }
  const from = options.from ?? fromOf(raw.toString('utf8')) ?? 'principal@school.example.org';
  const transport = createTransport({
    host: options.host,
    port: options.port,
    secure: false,
    ignoreTLS: true,
  });
  try {
    const sent = await transport.sendMail({ envelope: { from, to: [options.to] }, raw });
    console.log(`Kept: ${sent.response}`);
  } catch (error) {
    const refusal = /** @type {{ response?: string, message: string, code?: string }} */ (error);
    console.error(
      refusal.code === 'ECONNREFUSED'
        ? `Nothing listens on ${options.host}:${options.port}: is npm start running (INBOUND_SMTP_PORT)?`
        : `Refused: ${refusal.response ?? refusal.message}`,
    );
    process.exitCode = 1;
  }
}

void main();
