import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail in, part two (README "Mail in"): an advocate says what a captured reply is.
 *
 * - `inbound_message`: the school response recorded from it, who classified it and when,
 *   whether the family sees it, whether a bounce failed for good (or was only delayed); a match by an advocate (ADVOCATE, filed from triage); an
 *   index for what waits to be classified.
 * - `written_request.reply_waiting_since`: the oldest unclassified reply filed under it; its
 *   next follow-up to the school is held meanwhile, at most
 * - `follow_up_policy.reply_hold_school_days` (3 by default; 0 never holds).
 */
export class ReplyClassification1796490000000 implements MigrationInterface {
  name = 'ReplyClassification1796490000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // As generated from the entities (npm run migration:generate).
      `ALTER TABLE "written_request" ADD "reply_waiting_since" TIMESTAMP WITH TIME ZONE`,
      `ALTER TABLE "follow_up_policy" ADD "reply_hold_school_days" integer NOT NULL DEFAULT '3'`,
      `ALTER TABLE "inbound_message" ADD "school_response_id" uuid`,
      `ALTER TABLE "inbound_message" ADD "classified_by_user_id" uuid`,
      `ALTER TABLE "inbound_message" ADD "classified_at" TIMESTAMP WITH TIME ZONE`,
      `ALTER TABLE "inbound_message" ADD "shared_with_family" boolean NOT NULL DEFAULT false`,
      `ALTER TABLE "inbound_message" ADD "bounce_failed" boolean NOT NULL DEFAULT false`,
      `CREATE INDEX "IDX_inbound_message_unclassified" ON "inbound_message"  ("organization_id", "received_at") WHERE "status" = 'UNCLASSIFIED'`,
      `ALTER TABLE "follow_up_policy" ADD CONSTRAINT "CHK_follow_up_policy_reply_hold" CHECK ("reply_hold_school_days" BETWEEN 0 AND 20)`,
      // The generator does not see a check's new values: ADVOCATE by hand.
      `ALTER TABLE "inbound_message" DROP CONSTRAINT "CHK_inbound_message_match"`,
      `ALTER TABLE "inbound_message" ADD CONSTRAINT "CHK_inbound_message_match" CHECK ("match" IS NULL OR "match" IN ('REPLY_ADDRESS', 'THREAD', 'SENDER_SUGGESTION', 'ADVOCATE'))`,

      // Replies already waiting hold their requests from now on. Row-level security binds
      // the migration's owner too: it steps aside for these statements, in this transaction.
      `ALTER TABLE "written_request" NO FORCE ROW LEVEL SECURITY`,
      `ALTER TABLE "inbound_message" NO FORCE ROW LEVEL SECURITY`,
      // Bounces already kept were failures to the parser that kept them.
      `UPDATE "inbound_message" SET "bounce_failed" = true WHERE "bounce"`,
      `UPDATE "written_request" r SET "reply_waiting_since" = w.since
         FROM (SELECT organization_id, request_id, min(received_at) AS since FROM "inbound_message"
                WHERE status = 'UNCLASSIFIED' AND request_id IS NOT NULL
                GROUP BY organization_id, request_id) w
        WHERE r.organization_id = w.organization_id AND r.id = w.request_id`,
      `ALTER TABLE "inbound_message" FORCE ROW LEVEL SECURITY`,
      `ALTER TABLE "written_request" FORCE ROW LEVEL SECURITY`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE "inbound_message" DROP CONSTRAINT "CHK_inbound_message_match"`,
      `ALTER TABLE "inbound_message" ADD CONSTRAINT "CHK_inbound_message_match" CHECK ("match" IS NULL OR "match" IN ('REPLY_ADDRESS', 'THREAD', 'SENDER_SUGGESTION'))`,
      `ALTER TABLE "follow_up_policy" DROP CONSTRAINT "CHK_follow_up_policy_reply_hold"`,
      `DROP INDEX "public"."IDX_inbound_message_unclassified"`,
      `ALTER TABLE "inbound_message" DROP COLUMN "bounce_failed"`,
      `ALTER TABLE "inbound_message" DROP COLUMN "shared_with_family"`,
      `ALTER TABLE "inbound_message" DROP COLUMN "classified_at"`,
      `ALTER TABLE "inbound_message" DROP COLUMN "classified_by_user_id"`,
      `ALTER TABLE "inbound_message" DROP COLUMN "school_response_id"`,
      `ALTER TABLE "follow_up_policy" DROP COLUMN "reply_hold_school_days"`,
      `ALTER TABLE "written_request" DROP COLUMN "reply_waiting_since"`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
