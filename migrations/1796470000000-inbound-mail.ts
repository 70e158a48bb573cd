import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail in (README "Mail in"): the schools' replies.
 *
 * `request_reply_address`: every written request's own reply address token (128 random bits
 * as 32 hex digits, from gen_random_uuid's strong randomness) and its sha256. The database
 * gives one to every request as it is inserted (an AFTER INSERT trigger), whatever inserts it,
 * and to every request already there. A reply is found before its organization is known
 * through one named lookup that sees only the address whose token hash is
 * `app.reply_token_hash` (set by CrossOrganizationAccess, purpose 'inbound-mail').
 *
 * `inbound_message` (a message as received and as parsed, once per Message-ID in an
 * organization) and `inbound_attachment` (its files): tenant tables under the same
 * row-level security as the others.
 */
export class InboundMail1796470000000 implements MigrationInterface {
  name = 'InboundMail1796470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // As generated from the entities (npm run migration:generate).
      `CREATE TABLE "request_reply_address" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "request_id" uuid NOT NULL, "token" text NOT NULL, "token_hash" text NOT NULL, CONSTRAINT "UQ_request_reply_address_token_hash" UNIQUE ("token_hash"), CONSTRAINT "UQ_request_reply_address_token" UNIQUE ("token"), CONSTRAINT "UQ_request_reply_address_request" UNIQUE ("organization_id", "request_id"), CONSTRAINT "UQ_request_reply_address_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_0db06bb258004d09b9b89ea7b7a" PRIMARY KEY ("id"))`,
      `CREATE TABLE "inbound_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "status" text NOT NULL, "match" text, "request_id" uuid, "suggested_request_id" uuid, "channel" text NOT NULL, "message_id" text NOT NULL, "in_reply_to" text, "thread_references" text array NOT NULL DEFAULT '{}', "from_address" text NOT NULL DEFAULT '', "from_name" text, "to_addresses" text array NOT NULL DEFAULT '{}', "envelope_recipients" text array NOT NULL DEFAULT '{}', "subject" text NOT NULL DEFAULT '', "sent_at" TIMESTAMP WITH TIME ZONE, "text_body" text NOT NULL DEFAULT '', "html_body" text, "auto_reply" boolean NOT NULL DEFAULT false, "auto_reply_reason" text, "bounce" boolean NOT NULL DEFAULT false, "bounce_recipient" text, "bounce_diagnostic" text, "bounced_message_id" text, "parse_problems" text array NOT NULL DEFAULT '{}', "raw" bytea NOT NULL, "size_bytes" integer NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_inbound_message_message_id" UNIQUE ("organization_id", "message_id"), CONSTRAINT "UQ_inbound_message_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_inbound_message_filed" CHECK (("request_id" IS NOT NULL) = ("match" IS NOT NULL AND "match" <> 'SENDER_SUGGESTION')), CONSTRAINT "CHK_inbound_message_channel" CHECK ("channel" IN ('SMTP', 'WEBHOOK')), CONSTRAINT "CHK_inbound_message_match" CHECK ("match" IS NULL OR "match" IN ('REPLY_ADDRESS', 'THREAD', 'SENDER_SUGGESTION')), CONSTRAINT "CHK_inbound_message_status" CHECK ("status" IN ('UNCLASSIFIED', 'CLASSIFIED_ANSWER', 'NOT_AN_ANSWER', 'AUTO_REPLY', 'BOUNCE')), CONSTRAINT "PK_a013d32c89ba79e84f4d371bd1b" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_inbound_message_request" ON "inbound_message"  ("organization_id", "request_id", "received_at") `,
      `CREATE INDEX "IDX_inbound_message_received" ON "inbound_message"  ("organization_id", "received_at") `,
      `CREATE TABLE "inbound_attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "message_id" uuid NOT NULL, "position" integer NOT NULL, "filename" text NOT NULL DEFAULT '', "content_type" text NOT NULL DEFAULT 'application/octet-stream', "size_bytes" integer NOT NULL, "content" bytea, CONSTRAINT "UQ_inbound_attachment_position" UNIQUE ("organization_id", "message_id", "position"), CONSTRAINT "UQ_inbound_attachment_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_inbound_attachment_size" CHECK ("size_bytes" >= 0), CONSTRAINT "PK_2e6022fdd41b4b273a15f22f207" PRIMARY KEY ("id"))`,
      `ALTER TABLE "request_reply_address" ADD CONSTRAINT "FK_request_reply_address_request" FOREIGN KEY ("request_id", "organization_id") REFERENCES "written_request"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "inbound_message" ADD CONSTRAINT "FK_inbound_message_request" FOREIGN KEY ("request_id", "organization_id") REFERENCES "written_request"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "inbound_message" ADD CONSTRAINT "FK_inbound_message_suggested_request" FOREIGN KEY ("suggested_request_id", "organization_id") REFERENCES "written_request"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "inbound_attachment" ADD CONSTRAINT "FK_inbound_attachment_message" FOREIGN KEY ("message_id", "organization_id") REFERENCES "inbound_message"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      // A reply names what it answers by Message-ID: the thread match looks these up.
      `CREATE INDEX "IDX_written_request_email_message_id" ON "written_request"  ("organization_id", "email_message_id") `,
      `CREATE INDEX "IDX_follow_up_message_id" ON "follow_up"  ("organization_id", "message_id") `,

      // A token: 16 bytes of the sha256 of two random UUIDs (244 random bits in), hex.
      `CREATE FUNCTION app_new_reply_token() RETURNS text LANGUAGE sql VOLATILE AS $$
         SELECT encode(substring(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')) FROM 1 FOR 16), 'hex')
       $$`,
      `CREATE FUNCTION app_give_reply_address() RETURNS trigger LANGUAGE plpgsql AS $$
         DECLARE token text := app_new_reply_token();
         BEGIN
           INSERT INTO "request_reply_address" ("organization_id", "request_id", "token", "token_hash")
           VALUES (NEW."organization_id", NEW."id", token, encode(sha256(convert_to(token, 'UTF8')), 'hex'));
           RETURN NULL;
         END $$`,
      `CREATE TRIGGER "TRG_written_request_reply_address" AFTER INSERT ON "written_request"
         FOR EACH ROW EXECUTE FUNCTION app_give_reply_address()`,
      // The requests already there. Migrations run as the tables' owner, whom row-level
      // security binds too: it steps aside for this one statement, inside the migration's
      // transaction (the new table is protected just below).
      `ALTER TABLE "written_request" NO FORCE ROW LEVEL SECURITY`,
      `INSERT INTO "request_reply_address" ("organization_id", "request_id", "token", "token_hash")
       SELECT organization_id, id, token, encode(sha256(convert_to(token, 'UTF8')), 'hex')
         FROM (SELECT organization_id, id, app_new_reply_token() AS token FROM "written_request") r`,
      `ALTER TABLE "written_request" FORCE ROW LEVEL SECURITY`,

      // Row-level security, the same for every tenant-owned table.
      ...['request_reply_address', 'inbound_message', 'inbound_attachment'].map(
        (table) => `SELECT app_protect_tenant_table('${table}')`,
      ),
      `CREATE POLICY "request_reply_address_by_token" ON "request_reply_address" FOR SELECT
         USING ("token_hash" = app_setting('app.reply_token_hash'))`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP TRIGGER "TRG_written_request_reply_address" ON "written_request"`,
      `DROP FUNCTION app_give_reply_address()`,
      `DROP FUNCTION app_new_reply_token()`,
      `DROP TABLE "inbound_attachment"`,
      `DROP TABLE "inbound_message"`,
      `DROP TABLE "request_reply_address"`,
      `DROP INDEX "IDX_follow_up_message_id"`,
      `DROP INDEX "IDX_written_request_email_message_id"`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
