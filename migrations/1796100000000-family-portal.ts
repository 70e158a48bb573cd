import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The family portal. `portal_access` (a tenant table): the guardians an organization has
 * invited, by the email they sign in with. Two tables that belong to no organization, each
 * visible only through a named lookup set by CrossOrganizationAccess: `portal_sign_in_link`
 * (magic links, by their hash or, to create one, by the address) and `portal_session` (by its
 * hash, or by the signed-in address). With `app.portal_email` set, the address's portal
 * access, its guardian rows and those organizations' names are readable too (never writable).
 *
 * Also: guardians' notification preferences, attendance entries recorded by a guardian,
 * audit events by a guardian, two new guardian follow-up kinds, and follow-up templates per
 * language.
 */
export class FamilyPortal1796100000000 implements MigrationInterface {
  name = 'FamilyPortal1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const kinds = `'ADVOCATE_REMINDER', 'SCHOOL_FOLLOW_UP', 'ESCALATION', 'GUARDIAN_UPDATE', 'GUARDIAN_OVERDUE', 'GUARDIAN_ANSWERED'`;
    const statements = [
      // Tables and columns, as generated from the entities (npm run migration:generate).
      `CREATE TABLE "portal_access" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "guardian_id" uuid NOT NULL, "email" text NOT NULL, "invited_by_user_id" uuid, "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_signed_in_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_portal_access_guardian" UNIQUE ("organization_id", "guardian_id"), CONSTRAINT "UQ_portal_access_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_e4cc28252ee4da5b7923382ec5d" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_portal_access_email" ON "portal_access"  ("email") `,
      `CREATE TABLE "portal_sign_in_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_1ad31032ce2a3eaeef053847232" UNIQUE ("token_hash"), CONSTRAINT "CHK_portal_sign_in_link_lifetime" CHECK ("expires_at" <= "created_at" + interval '15 minutes'), CONSTRAINT "PK_7084a1dc02ae837a2c9341d7ccd" PRIMARY KEY ("id"))`,
      `CREATE TABLE "portal_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "token_hash" text NOT NULL, "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "signed_out_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_cef4a58f5b0b269bbecb094730b" UNIQUE ("token_hash"), CONSTRAINT "PK_0423d054fd039b95950e541c8c1" PRIMARY KEY ("id"))`,
      `ALTER TABLE "audit_event" ADD "actor_guardian_id" uuid`,
      `ALTER TABLE "guardian" ADD "notify_school_answered" boolean NOT NULL DEFAULT true`,
      `ALTER TABLE "guardian" ADD "notify_request_overdue" boolean NOT NULL DEFAULT true`,
      `ALTER TABLE "guardian" ADD "notify_follow_up_sent" boolean NOT NULL DEFAULT true`,
      `ALTER TABLE "attendance_entry" ADD "recorded_by_guardian_id" uuid`,
      `ALTER TABLE "follow_up_template" DROP CONSTRAINT "UQ_follow_up_template_kind"`,
      `ALTER TABLE "follow_up_template" ADD "language" text NOT NULL DEFAULT 'en'`,
      `ALTER TABLE "follow_up_template" ADD CONSTRAINT "CHK_follow_up_template_language" CHECK ("language" IN ('en', 'es'))`,
      `ALTER TABLE "follow_up_template" ADD CONSTRAINT "UQ_follow_up_template_kind_language" UNIQUE ("organization_id", "kind", "language")`,
      `ALTER TABLE "attendance_entry" ADD CONSTRAINT "FK_attendance_entry_guardian" FOREIGN KEY ("recorded_by_guardian_id", "organization_id") REFERENCES "guardian"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "portal_access" ADD CONSTRAINT "FK_portal_access_guardian" FOREIGN KEY ("guardian_id", "organization_id") REFERENCES "guardian"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "portal_session" ADD CONSTRAINT "FK_portal_session_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,

      // Checks on enumerations (not detected by the generator).
      `ALTER TABLE "follow_up" DROP CONSTRAINT "CHK_follow_up_kind"`,
      `ALTER TABLE "follow_up" ADD CONSTRAINT "CHK_follow_up_kind" CHECK ("kind" IN (${kinds}))`,
      `ALTER TABLE "follow_up_template" DROP CONSTRAINT "CHK_follow_up_template_kind"`,
      `ALTER TABLE "follow_up_template" ADD CONSTRAINT "CHK_follow_up_template_kind" CHECK ("kind" IN ('SCHOOL_FOLLOW_UP', 'ESCALATION', 'GUARDIAN_UPDATE', 'GUARDIAN_OVERDUE', 'GUARDIAN_ANSWERED'))`,

      // Row-level security.
      `SELECT app_protect_tenant_table('portal_access')`,
      `CREATE POLICY "portal_access_lookup" ON "portal_access" FOR SELECT
         USING ("email" = app_setting('app.portal_email'))`,
      `CREATE POLICY "guardian_portal_lookup" ON "guardian" FOR SELECT
         USING ("id" IN (SELECT "guardian_id" FROM "portal_access"
                          WHERE "email" = app_setting('app.portal_email') AND "revoked_at" IS NULL))`,
      `CREATE POLICY "organization_portal_lookup" ON "organization" FOR SELECT
         USING ("id" IN (SELECT "organization_id" FROM "portal_access"
                          WHERE "email" = app_setting('app.portal_email') AND "revoked_at" IS NULL))`,
      ...['portal_sign_in_link', 'portal_session'].flatMap((table) => [
        `ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`,
        `ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`,
      ]),
      `CREATE POLICY "portal_sign_in_link_by_email" ON "portal_sign_in_link" FOR INSERT
         WITH CHECK ("email" = app_setting('app.portal_email'))`,
      `CREATE POLICY "portal_sign_in_link_by_token" ON "portal_sign_in_link" FOR ALL
         USING ("token_hash" = app_setting('app.portal_link_hash'))
         WITH CHECK ("token_hash" = app_setting('app.portal_link_hash'))`,
      `CREATE POLICY "portal_session_by_token" ON "portal_session" FOR SELECT
         USING ("token_hash" = app_setting('app.portal_session_hash'))`,
      `CREATE POLICY "portal_session_own" ON "portal_session" FOR ALL
         USING ("email" = app_setting('app.portal_email'))
         WITH CHECK ("email" = app_setting('app.portal_email'))`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const kinds = `'ADVOCATE_REMINDER', 'SCHOOL_FOLLOW_UP', 'ESCALATION', 'GUARDIAN_UPDATE'`;
    const statements = [
      `DROP POLICY "organization_portal_lookup" ON "organization"`,
      `DROP POLICY "guardian_portal_lookup" ON "guardian"`,
      `DELETE FROM "follow_up" WHERE "kind" IN ('GUARDIAN_OVERDUE', 'GUARDIAN_ANSWERED')`,
      `ALTER TABLE "follow_up" DROP CONSTRAINT "CHK_follow_up_kind"`,
      `ALTER TABLE "follow_up" ADD CONSTRAINT "CHK_follow_up_kind" CHECK ("kind" IN (${kinds}))`,
      `DELETE FROM "follow_up_template" WHERE "language" <> 'en' OR "kind" IN ('GUARDIAN_OVERDUE', 'GUARDIAN_ANSWERED')`,
      `ALTER TABLE "follow_up_template" DROP CONSTRAINT "CHK_follow_up_template_kind"`,
      `ALTER TABLE "follow_up_template" ADD CONSTRAINT "CHK_follow_up_template_kind" CHECK ("kind" IN ('SCHOOL_FOLLOW_UP', 'ESCALATION', 'GUARDIAN_UPDATE'))`,
      `ALTER TABLE "portal_session" DROP CONSTRAINT "FK_portal_session_organization"`,
      `ALTER TABLE "portal_access" DROP CONSTRAINT "FK_portal_access_guardian"`,
      `ALTER TABLE "attendance_entry" DROP CONSTRAINT "FK_attendance_entry_guardian"`,
      `ALTER TABLE "follow_up_template" DROP CONSTRAINT "UQ_follow_up_template_kind_language"`,
      `ALTER TABLE "follow_up_template" DROP CONSTRAINT "CHK_follow_up_template_language"`,
      `ALTER TABLE "follow_up_template" DROP COLUMN "language"`,
      `ALTER TABLE "follow_up_template" ADD CONSTRAINT "UQ_follow_up_template_kind" UNIQUE ("organization_id", "kind")`,
      `ALTER TABLE "attendance_entry" DROP COLUMN "recorded_by_guardian_id"`,
      `ALTER TABLE "guardian" DROP COLUMN "notify_follow_up_sent"`,
      `ALTER TABLE "guardian" DROP COLUMN "notify_request_overdue"`,
      `ALTER TABLE "guardian" DROP COLUMN "notify_school_answered"`,
      `ALTER TABLE "audit_event" DROP COLUMN "actor_guardian_id"`,
      `DROP TABLE "portal_session"`,
      `DROP TABLE "portal_sign_in_link"`,
      `DROP INDEX "public"."IDX_portal_access_email"`,
      `DROP TABLE "portal_access"`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
