import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `follow_up_attempt`: every attempt to deliver a follow-up, with its start, its end and the
 * mail server's answer (ACCEPTED, TEMPORARY_FAILURE, PERMANENT_FAILURE, or INTERRUPTED when a
 * later attempt took over one left without an answer). A tenant table like the others.
 *
 * Follow-ups sent before it get their last attempt, accepted at the time on record (what the
 * server said then was not kept).
 */
export class FollowUpAttempts1796320000000 implements MigrationInterface {
  name = 'FollowUpAttempts1796320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // As generated from the entity (npm run migration:generate).
      `CREATE TABLE "follow_up_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "follow_up_id" uuid NOT NULL, "attempt" integer NOT NULL, "message_id" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, "outcome" text, "server_response" text, CONSTRAINT "UQ_follow_up_attempt" UNIQUE ("organization_id", "follow_up_id", "attempt"), CONSTRAINT "UQ_follow_up_attempt_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_follow_up_attempt_outcome" CHECK ("outcome" IS NULL OR "outcome" IN ('ACCEPTED', 'TEMPORARY_FAILURE', 'PERMANENT_FAILURE', 'INTERRUPTED')), CONSTRAINT "PK_2b2c514a3c8ef5ef0d8377d757a" PRIMARY KEY ("id"))`,
      `ALTER TABLE "follow_up_attempt" ADD CONSTRAINT "FK_follow_up_attempt_follow_up" FOREIGN KEY ("follow_up_id", "organization_id") REFERENCES "follow_up"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `SELECT app_protect_tenant_table('follow_up_attempt')`,
      `INSERT INTO "follow_up_attempt" ("organization_id", "follow_up_id", "attempt", "message_id",
                                        "started_at", "finished_at", "outcome")
       SELECT "organization_id", "id", greatest("attempts", 1), "message_id", "sent_at", "sent_at", 'ACCEPTED'
         FROM "follow_up" WHERE "status" = 'SENT' AND "message_id" IS NOT NULL`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "follow_up_attempt"`);
  }
}
