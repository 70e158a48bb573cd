import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The follow-up engine: each organization's follow-up policy, the follow-ups owed (one row
 * per message, unique per item, kind and sequence: the record of what is owed, which the
 * queue only makes punctual), the advocates' daily digests (one per advocate and day) and
 * the organization's own follow-up templates.
 * A request sent by email may keep its Message-ID, so follow-ups thread under it.
 *
 * The worker's sweep must find what is owed in every organization. It does so through one
 * named lookup (`app.sweep` = 'follow-ups', set only by CrossOrganizationAccess for the
 * purpose 'follow-up-sweep'), which makes follow-ups and organizations readable, never
 * writable: each owed follow-up is then handled inside its own organization.
 */
export class FollowUps1795900000000 implements MigrationInterface {
  name = 'FollowUps1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // Tables, as generated from the entities (npm run migration:generate).
      `CREATE TABLE "follow_up_policy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "remind_advocates" boolean NOT NULL DEFAULT true, "remind_business_days_before" integer NOT NULL DEFAULT '2', "follow_up_school_days_after" integer NOT NULL DEFAULT '1', "escalate_school_days_after" integer NOT NULL DEFAULT '5', "max_follow_ups" integer NOT NULL DEFAULT '3', "require_approval" boolean NOT NULL DEFAULT false, "notify_guardians" boolean NOT NULL DEFAULT true, "sending_window_start" text NOT NULL DEFAULT '08:00', "sending_window_end" text NOT NULL DEFAULT '17:00', "sending_days" text NOT NULL DEFAULT 'SCHOOL_DAYS', "digest_time" text NOT NULL DEFAULT '07:00', "sending_address" text, CONSTRAINT "UQ_follow_up_policy_organization" UNIQUE ("organization_id"), CONSTRAINT "CHK_follow_up_policy_window" CHECK ("sending_window_start" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND "sending_window_end" ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$' AND "sending_window_end" > "sending_window_start" AND "digest_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'), CONSTRAINT "CHK_follow_up_policy_days" CHECK ("sending_days" IN ('SCHOOL_DAYS', 'WEEKDAYS', 'EVERY_DAY')), CONSTRAINT "CHK_follow_up_policy_ranges" CHECK ("remind_business_days_before" BETWEEN 0 AND 30 AND "follow_up_school_days_after" BETWEEN 0 AND 30 AND "escalate_school_days_after" BETWEEN 1 AND 60 AND "max_follow_ups" BETWEEN 1 AND 10), CONSTRAINT "PK_90d2e2f447d58d29eb067335017" PRIMARY KEY ("id"))`,
      `CREATE TABLE "follow_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "case_id" uuid NOT NULL, "request_id" uuid NOT NULL, "commitment_id" uuid, "item_key" text NOT NULL, "kind" text NOT NULL, "sequence" integer NOT NULL, "recipients" jsonb NOT NULL DEFAULT '[]', "cc" jsonb NOT NULL DEFAULT '[]', "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL DEFAULT 'PLANNED', "requires_approval" boolean NOT NULL DEFAULT false, "attempts" integer NOT NULL DEFAULT '0', "message_id" text, "queued_at" TIMESTAMP WITH TIME ZONE, "lease_until" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "cancelled_reason" text, "edited_subject" text, "edited_body" text, "sent_subject" text, "sent_body" text, "approved_by_user_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "discarded_by_user_id" uuid, CONSTRAINT "UQ_follow_up_key" UNIQUE ("organization_id", "item_key", "kind", "sequence"), CONSTRAINT "UQ_follow_up_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_follow_up_sent" CHECK (("status" = 'SENT') = ("sent_at" IS NOT NULL)), CONSTRAINT "CHK_follow_up_item_key" CHECK ("item_key" = CASE WHEN "commitment_id" IS NULL THEN 'request/' || "request_id" ELSE 'commitment/' || "commitment_id" END), CONSTRAINT "CHK_follow_up_sequence" CHECK ("sequence" >= 1), CONSTRAINT "CHK_follow_up_status" CHECK ("status" IN ('PLANNED', 'DRAFT', 'QUEUED', 'SENDING', 'SENT', 'CANCELLED', 'FAILED')), CONSTRAINT "CHK_follow_up_kind" CHECK ("kind" IN ('ADVOCATE_REMINDER', 'SCHOOL_FOLLOW_UP', 'ESCALATION', 'GUARDIAN_UPDATE')), CONSTRAINT "PK_5c0a5f5b32937e47e0ab09d596c" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_follow_up_request" ON "follow_up"  ("organization_id", "request_id") `,
      `CREATE INDEX "IDX_follow_up_case" ON "follow_up"  ("organization_id", "case_id", "scheduled_at") `,
      `CREATE INDEX "IDX_follow_up_owed" ON "follow_up"  ("scheduled_at") WHERE "status" IN ('PLANNED', 'QUEUED', 'SENDING')`,
      `ALTER TABLE "follow_up" ADD "next_planned" boolean NOT NULL DEFAULT true`,
      `CREATE INDEX "IDX_follow_up_next" ON "follow_up"  ("organization_id") WHERE "status" = 'SENT' AND NOT "next_planned"`,
      `CREATE TABLE "advocate_digest" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "digest_date" date NOT NULL, "status" text NOT NULL DEFAULT 'SENDING', "attempts" integer NOT NULL DEFAULT '1', "lease_until" TIMESTAMP WITH TIME ZONE, "message_id" text NOT NULL, "item_count" integer NOT NULL DEFAULT '0', "sent_at" TIMESTAMP WITH TIME ZONE, "last_error" text, CONSTRAINT "UQ_advocate_digest_day" UNIQUE ("organization_id", "user_id", "digest_date"), CONSTRAINT "UQ_advocate_digest_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_advocate_digest_status" CHECK ("status" IN ('SENDING', 'SENT', 'FAILED')), CONSTRAINT "PK_d501e984e780e4bf691bcbf2a07" PRIMARY KEY ("id"))`,
      `CREATE TABLE "follow_up_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" text NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, CONSTRAINT "UQ_follow_up_template_kind" UNIQUE ("organization_id", "kind"), CONSTRAINT "CHK_follow_up_template_kind" CHECK ("kind" IN ('SCHOOL_FOLLOW_UP', 'ESCALATION', 'GUARDIAN_UPDATE')), CONSTRAINT "PK_002a2c2d531c65418b06b247181" PRIMARY KEY ("id"))`,
      `ALTER TABLE "written_request" ADD "email_message_id" text`,
      `ALTER TABLE "follow_up_policy" ADD CONSTRAINT "FK_follow_up_policy_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "follow_up" ADD CONSTRAINT "FK_follow_up_case" FOREIGN KEY ("case_id", "organization_id") REFERENCES "case_record"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "follow_up" ADD CONSTRAINT "FK_follow_up_request" FOREIGN KEY ("request_id", "organization_id") REFERENCES "written_request"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "follow_up" ADD CONSTRAINT "FK_follow_up_commitment" FOREIGN KEY ("commitment_id", "organization_id") REFERENCES "commitment"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "advocate_digest" ADD CONSTRAINT "FK_advocate_digest_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "follow_up_template" ADD CONSTRAINT "FK_follow_up_template_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      ...['follow_up_policy', 'follow_up', 'advocate_digest', 'follow_up_template'].map(
        (table) => `SELECT app_protect_tenant_table('${table}')`,
      ),
      `CREATE POLICY "follow_up_sweep" ON "follow_up" FOR SELECT
         USING (app_setting('app.sweep') = 'follow-ups')`,
      `CREATE POLICY "organization_sweep" ON "organization" FOR SELECT
         USING (app_setting('app.sweep') = 'follow-ups')`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP POLICY "organization_sweep" ON "organization"`,
      `ALTER TABLE "follow_up_template" DROP CONSTRAINT "FK_follow_up_template_organization"`,
      `ALTER TABLE "advocate_digest" DROP CONSTRAINT "FK_advocate_digest_organization"`,
      `ALTER TABLE "follow_up" DROP CONSTRAINT "FK_follow_up_commitment"`,
      `ALTER TABLE "follow_up" DROP CONSTRAINT "FK_follow_up_request"`,
      `ALTER TABLE "follow_up" DROP CONSTRAINT "FK_follow_up_case"`,
      `ALTER TABLE "follow_up_policy" DROP CONSTRAINT "FK_follow_up_policy_organization"`,
      `ALTER TABLE "written_request" DROP COLUMN "email_message_id"`,
      `DROP TABLE "follow_up_template"`,
      `DROP TABLE "advocate_digest"`,
      `DROP INDEX "public"."IDX_follow_up_owed"`,
      `DROP INDEX "public"."IDX_follow_up_case"`,
      `DROP INDEX "public"."IDX_follow_up_request"`,
      `DROP TABLE "follow_up"`,
      `DROP TABLE "follow_up_policy"`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
