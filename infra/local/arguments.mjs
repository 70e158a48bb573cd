// @ts-check
import { parseArgs } from 'node:util';
import { LaunchError } from './messages.mjs';

export const USAGE = `Usage: npm start            (npm start -- --help shows this)

Builds OnRecord and runs the api and the worker on this machine, with what they need.
With no settings it starts an embedded PostgreSQL (data in .data/postgres) and a mail
catcher (MailDev); generated secrets are kept in .data/local-secrets.json. Settings come
from the environment or from a .env file in the project folder (the environment wins).
Ctrl-C stops everything.

Settings (all optional):
  DATABASE_URL         Admin URL of an existing PostgreSQL that can create roles and
                       databases, e.g. postgres://postgres@127.0.0.1:5432/postgres.
                       Unset: an embedded PostgreSQL is started.
  ONRECORD_DATABASE    Database to create and use (default onrecord).
  ONRECORD_OWNER_ROLE  Role that owns the schema and runs migrations (default onrecord_owner).
  ONRECORD_APP_ROLE    Role the api and worker connect as (default onrecord_app).
  EMBEDDED_PG_PORT     Port of the embedded PostgreSQL (default 54329).
  REDIS_URL            Redis for the job queue, e.g. redis://127.0.0.1:6379.
                       Unset: the queue runs on PostgreSQL.
  REDIS_CLUSTER        true: REDIS_URL is one node of a Redis Cluster.
  SMTP_URL             Mail server, e.g. smtp://user:password@mail.example.org:587.
                       Unset: MailDev is started and catches every message.
  MAILDEV_SMTP_PORT    MailDev's SMTP port (default 1025).
  MAILDEV_WEB_PORT     MailDev's web page (default 1080).
  API_HOST             Address the api and worker listen on (default 127.0.0.1).
  API_PORT             Port of the api (default 3000).
  WORKER_HEALTH_PORT   Port of the worker's health check (default 3001).
  INBOUND_SMTP_PORT    The worker's SMTP receiver for schools' replies (default 2526).
  PUBLIC_URL           Address people open (default http://localhost:<API_PORT>).
  AUTH_SECRET          Signing secret, 32+ characters (default: generated once, kept in .data).
  MAIL_FROM            Sender of OnRecord's mail.
  NODE_ENV             development (default), test or production.
  LOG_LEVEL            fatal, error, warn, info (default), debug, trace or silent.
                       debug also prints stack traces and PostgreSQL's own log.
  DEMO_DATA            false: do not add the demo organization (default: added once).

Delete the .data folder to start again from an empty database.`;

/**
 * `npm start`'s arguments: only --help (-h); anything else is refused with the usage.
 * @param {string[]} [args] the command line's, when not given
 * @returns {{ help: boolean }}
 */
export function readArgs(args) {
  try {
    const { values } = parseArgs({
      args,
      options: { help: { type: 'boolean', short: 'h' } },
      strict: true,
    });
    return { help: values.help === true };
  } catch (error) {
    throw new LaunchError(`${/** @type {Error} */ (error).message}\n\n${USAGE}`);
  }
}
