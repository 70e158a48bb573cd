import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, organizations, members, invitations, refresh tokens and the audit log, with
 * row-level security on every table that holds a person's or an organization's data.
 *
 * Policies compare rows with per-transaction settings (set_config(..., true)):
 *   app.organization_id  the active organization of the request or job;
 *   app.user_id          the signed-in user (their own account, memberships, tokens);
 *   app.login_email, app.invitation_token_hash, app.refresh_token_hash
 *                        set only by the named cross-organization path, so a lookup by
 *                        email or by token sees exactly the row it names.
 * With nothing set, a query sees nothing.
 */
export class IdentityAndTenancy1795426359151 implements MigrationInterface {
  name = 'IdentityAndTenancy1795426359151';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // Helpers the policies use.
      `CREATE FUNCTION app_setting(name text) RETURNS text LANGUAGE sql STABLE
         AS $$ SELECT NULLIF(current_setting(name, true), '') $$`,
      `CREATE FUNCTION app_current_organization() RETURNS uuid LANGUAGE sql STABLE
         AS $$ SELECT app_setting('app.organization_id')::uuid $$`,
      `CREATE FUNCTION app_current_user() RETURNS uuid LANGUAGE sql STABLE
         AS $$ SELECT app_setting('app.user_id')::uuid $$`,

      // Tables, as generated from the entities (npm run migration:generate).
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" text NOT NULL, "active_organization_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_f0812282fad2e352cdaf83ef0a9" UNIQUE ("token_hash"), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_refresh_token_family" ON "refresh_token"  ("user_id", "family_id") `,
      `CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "time_zone" text NOT NULL, "home_state" character(2) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`,
      `CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_membership_organization_user" UNIQUE ("organization_id", "user_id"), CONSTRAINT "UQ_membership_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_membership_role" CHECK ("role" IN ('ADMIN', 'ADVOCATE', 'ANALYST')), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_membership_user" ON "membership"  ("user_id") `,
      `CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" text NOT NULL, "role" text NOT NULL, "token_hash" text NOT NULL, "invited_by_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_b827d3749ffbb3b5ab5099afd64" UNIQUE ("token_hash"), CONSTRAINT "UQ_invitation_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_invitation_role" CHECK ("role" IN ('ADMIN', 'ADVOCATE', 'ANALYST')), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`,
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "actor_user_id" uuid, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text, "changes" jsonb NOT NULL, "request_id" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_audit_event_organization_entity" ON "audit_event"  ("organization_id", "entity_type", "entity_id") `,
      `CREATE INDEX "IDX_audit_event_organization_time" ON "audit_event"  ("organization_id", "occurred_at", "id") `,
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_refresh_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_membership_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_membership_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_invitation_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_invitation_invited_by" FOREIGN KEY ("invited_by_id", "organization_id") REFERENCES "membership"("id","organization_id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
      `ALTER TABLE "audit_event" ADD CONSTRAINT "FK_audit_event_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,

      // What the entities cannot express: case-insensitive and partial unique indexes.
      `CREATE UNIQUE INDEX "UQ_app_user_email" ON "app_user" (lower("email"))`,
      `CREATE UNIQUE INDEX "UQ_invitation_pending_email" ON "invitation" ("organization_id", lower("email"))
         WHERE "accepted_at" IS NULL AND "revoked_at" IS NULL`,

      // Append-only, whoever asks: no role may change history.
      `CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION 'audit events are append-only'; END $$`,
      `CREATE TRIGGER "TRG_audit_event_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_event"
         FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`,
      `DO $$ DECLARE grantee_name text; BEGIN
         FOR grantee_name IN SELECT DISTINCT grantee FROM information_schema.role_table_grants
           WHERE table_schema = 'public' AND table_name = 'audit_event' AND grantee <> current_user LOOP
           EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON "audit_event" FROM %I', grantee_name);
         END LOOP; END $$`,

      // Row-level security: enabled and forced (the owner is bound too).
      ...[
        'app_user',
        'organization',
        'membership',
        'invitation',
        'refresh_token',
        'audit_event',
      ].flatMap((table) => [
        `ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`,
        `ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`,
      ]),

      `CREATE POLICY "organization_read" ON "organization" FOR SELECT USING (
         "id" = app_current_organization()
         OR "id" IN (SELECT "organization_id" FROM "membership" WHERE "user_id" = app_current_user()))`,
      `CREATE POLICY "organization_write" ON "organization" FOR ALL
         USING ("id" = app_current_organization()) WITH CHECK ("id" = app_current_organization())`,

      `CREATE POLICY "membership_read" ON "membership" FOR SELECT USING (
         "organization_id" = app_current_organization() OR "user_id" = app_current_user())`,
      `CREATE POLICY "membership_write" ON "membership" FOR ALL
         USING ("organization_id" = app_current_organization())
         WITH CHECK ("organization_id" = app_current_organization())`,

      `CREATE POLICY "invitation_read" ON "invitation" FOR SELECT USING (
         "organization_id" = app_current_organization()
         OR "token_hash" = app_setting('app.invitation_token_hash'))`,
      `CREATE POLICY "invitation_write" ON "invitation" FOR ALL
         USING ("organization_id" = app_current_organization())
         WITH CHECK ("organization_id" = app_current_organization())`,

      `CREATE POLICY "app_user_read" ON "app_user" FOR SELECT USING (
         "id" = app_current_user()
         OR lower("email") = lower(app_setting('app.login_email'))
         OR "id" IN (SELECT "user_id" FROM "membership" WHERE "organization_id" = app_current_organization()))`,
      `CREATE POLICY "app_user_create" ON "app_user" FOR INSERT
         WITH CHECK (lower("email") = lower(app_setting('app.login_email')))`,
      `CREATE POLICY "app_user_update" ON "app_user" FOR UPDATE
         USING ("id" = app_current_user()) WITH CHECK ("id" = app_current_user())`,

      `CREATE POLICY "refresh_token_own" ON "refresh_token" FOR ALL
         USING ("user_id" = app_current_user() OR "token_hash" = app_setting('app.refresh_token_hash'))
         WITH CHECK ("user_id" = app_current_user())`,

      `CREATE POLICY "audit_event_read" ON "audit_event" FOR SELECT
         USING ("organization_id" = app_current_organization())`,
      `CREATE POLICY "audit_event_append" ON "audit_event" FOR INSERT
         WITH CHECK ("organization_id" = app_current_organization())`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // These policies read membership: drop them before the table.
      `DROP POLICY "organization_read" ON "organization"`,
      `DROP POLICY "app_user_read" ON "app_user"`,
      `DROP TRIGGER "TRG_audit_event_append_only" ON "audit_event"`,
      `DROP FUNCTION audit_event_is_append_only()`,
      `ALTER TABLE "audit_event" DROP CONSTRAINT "FK_audit_event_organization"`,
      `ALTER TABLE "invitation" DROP CONSTRAINT "FK_invitation_invited_by"`,
      `ALTER TABLE "invitation" DROP CONSTRAINT "FK_invitation_organization"`,
      `ALTER TABLE "membership" DROP CONSTRAINT "FK_membership_user"`,
      `ALTER TABLE "membership" DROP CONSTRAINT "FK_membership_organization"`,
      `ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_refresh_token_user"`,
      `DROP INDEX "public"."IDX_audit_event_organization_time"`,
      `DROP INDEX "public"."IDX_audit_event_organization_entity"`,
      `DROP TABLE "audit_event"`,
      `DROP TABLE "invitation"`,
      `DROP INDEX "public"."IDX_membership_user"`,
      `DROP TABLE "membership"`,
      `DROP TABLE "organization"`,
      `DROP INDEX "public"."IDX_refresh_token_family"`,
      `DROP TABLE "refresh_token"`,
      `DROP TABLE "app_user"`,
      `DROP FUNCTION app_current_user()`,
      `DROP FUNCTION app_current_organization()`,
      `DROP FUNCTION app_setting(text)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
