import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A family's data on request (docs/operations.md, "A family's data").
 *
 * - `case_record.legal_hold_reason`: a case under a legal hold (due process, a complaint)
 *   blocks the erasure of its family.
 * - Audit events stay append-only with one exception, which erasure needs: an event's
 *   `changes` may be replaced by exactly `{"erased": true}` — personal data removed, the
 *   fact that something happened (who, what, when, on which record) kept. No other update
 *   is possible, by any role; deletes and truncation are still refused.
 * - A guardian's pending sign-in links can be deleted by the scope that names their address.
 */
export class FamilyErasure1796360000000 implements MigrationInterface {
  name = 'FamilyErasure1796360000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE "case_record" ADD "legal_hold_reason" text`,
      `ALTER TABLE "case_record" ADD CONSTRAINT "CHK_case_record_legal_hold_reason"
         CHECK ("legal_hold_reason" IS NULL OR length(btrim("legal_hold_reason")) > 0)`,

      `DROP TRIGGER "TRG_audit_event_append_only" ON "audit_event"`,
      `CREATE TRIGGER "TRG_audit_event_append_only" BEFORE DELETE OR TRUNCATE ON "audit_event"
         FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`,
      `CREATE FUNCTION audit_event_only_erased() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF NEW."changes" = '{"erased": true}'::jsonb
              AND (NEW."id", NEW."organization_id", NEW."actor_user_id", NEW."actor_guardian_id",
                   NEW."action", NEW."entity_type", NEW."entity_id", NEW."request_id", NEW."occurred_at")
                  IS NOT DISTINCT FROM
                  (OLD."id", OLD."organization_id", OLD."actor_user_id", OLD."actor_guardian_id",
                   OLD."action", OLD."entity_type", OLD."entity_id", OLD."request_id", OLD."occurred_at")
           THEN RETURN NEW; END IF;
           RAISE EXCEPTION 'audit events are append-only (only their changes can be erased)';
         END $$`,
      `CREATE TRIGGER "TRG_audit_event_only_erased" BEFORE UPDATE ON "audit_event"
         FOR EACH ROW EXECUTE FUNCTION audit_event_only_erased()`,
      // The roles that may read the log may erase its changes (the trigger allows nothing else).
      `DO $$ DECLARE grantee_name text; BEGIN
         FOR grantee_name IN SELECT DISTINCT grantee FROM information_schema.role_table_grants
           WHERE table_schema = 'public' AND table_name = 'audit_event' AND privilege_type = 'SELECT'
             AND grantee <> current_user LOOP
           EXECUTE format('GRANT UPDATE ("changes") ON "audit_event" TO %I', grantee_name);
         END LOOP; END $$`,

      `CREATE POLICY "audit_event_erase" ON "audit_event" FOR UPDATE
         USING ("organization_id" = app_current_organization())
         WITH CHECK ("organization_id" = app_current_organization())`,

      `CREATE POLICY "portal_sign_in_link_erase" ON "portal_sign_in_link" FOR DELETE
         USING ("email" = app_setting('app.portal_email'))`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP POLICY "portal_sign_in_link_erase" ON "portal_sign_in_link"`,
      `DROP POLICY "audit_event_erase" ON "audit_event"`,
      `DO $$ DECLARE grantee_name text; BEGIN
         FOR grantee_name IN SELECT DISTINCT grantee FROM information_schema.column_privileges
           WHERE table_schema = 'public' AND table_name = 'audit_event' AND privilege_type = 'UPDATE'
             AND grantee <> current_user LOOP
           EXECUTE format('REVOKE UPDATE ("changes") ON "audit_event" FROM %I', grantee_name);
         END LOOP; END $$`,
      `DROP TRIGGER "TRG_audit_event_only_erased" ON "audit_event"`,
      `DROP FUNCTION audit_event_only_erased()`,
      `DROP TRIGGER "TRG_audit_event_append_only" ON "audit_event"`,
      `CREATE TRIGGER "TRG_audit_event_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_event"
         FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`,
      `ALTER TABLE "case_record" DROP CONSTRAINT "CHK_case_record_legal_hold_reason"`,
      `ALTER TABLE "case_record" DROP COLUMN "legal_hold_reason"`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
