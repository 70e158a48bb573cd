import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One helper that gives a tenant-owned table its row-level security, so every such table
 * (this one and those to come) is protected the same way: enabled and forced, readable and
 * writable only inside the organization set for the transaction.
 *
 * System checks become tenant-owned with it: an admin sees only their organization's checks,
 * and the worker completes one inside the organization named by its job. Existing checks
 * belong to no organization and are diagnostics only, so they are dropped.
 */
export class SystemCheckPerOrganization1795500000000 implements MigrationInterface {
  name = 'SystemCheckPerOrganization1795500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE FUNCTION app_protect_tenant_table(target regclass) RETURNS void LANGUAGE plpgsql AS $$
         DECLARE name text := (SELECT relname FROM pg_class WHERE oid = target);
         BEGIN
           EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
           EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
           EXECUTE format('CREATE POLICY %I ON %s FOR SELECT USING (organization_id = app_current_organization())',
                          name || '_read', target);
           EXECUTE format('CREATE POLICY %I ON %s FOR ALL USING (organization_id = app_current_organization())
                           WITH CHECK (organization_id = app_current_organization())', name || '_write', target);
         END $$`,
      `DELETE FROM "system_check"`,
      `ALTER TABLE "system_check" ADD "organization_id" uuid NOT NULL`,
      `CREATE INDEX "IDX_system_check_organization" ON "system_check" ("organization_id", "requested_at") `,
      `ALTER TABLE "system_check" ADD CONSTRAINT "FK_system_check_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `SELECT app_protect_tenant_table('system_check')`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP POLICY "system_check_write" ON "system_check"`,
      `DROP POLICY "system_check_read" ON "system_check"`,
      `ALTER TABLE "system_check" NO FORCE ROW LEVEL SECURITY`,
      `ALTER TABLE "system_check" DISABLE ROW LEVEL SECURITY`,
      `ALTER TABLE "system_check" DROP CONSTRAINT "FK_system_check_organization"`,
      `DROP INDEX "IDX_system_check_organization"`,
      `ALTER TABLE "system_check" DROP COLUMN "organization_id"`,
      `DROP FUNCTION app_protect_tenant_table(regclass)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
