import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reporting API keys: an organization's keys for reporting clients, kept as hashes. The
 * access guard finds a key by its hash before it knows the organization, through one named
 * lookup (`app.api_key_hash`, set only by CrossOrganizationAccess for the purpose 'api-key'),
 * which makes exactly that key readable, and lets its last use be written.
 */
export class ReportingApiKeys1796000000000 implements MigrationInterface {
  name = 'ReportingApiKeys1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // Tables, as generated from the entities (npm run migration:generate).
      `CREATE TABLE "reporting_api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "prefix" text NOT NULL, "key_hash" text NOT NULL, "scopes" text array NOT NULL DEFAULT '{reports:read}', "created_by_user_id" uuid, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_reporting_api_key_hash" UNIQUE ("key_hash"), CONSTRAINT "UQ_reporting_api_key_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_ec7b29f0848368783041596b241" PRIMARY KEY ("id"))`,
      `ALTER TABLE "reporting_api_key" ADD CONSTRAINT "FK_reporting_api_key_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `SELECT app_protect_tenant_table('reporting_api_key')`,
      `CREATE POLICY "reporting_api_key_lookup" ON "reporting_api_key" FOR SELECT
         USING ("key_hash" = app_setting('app.api_key_hash'))`,
      `CREATE POLICY "reporting_api_key_used" ON "reporting_api_key" FOR UPDATE
         USING ("key_hash" = app_setting('app.api_key_hash'))
         WITH CHECK ("key_hash" = app_setting('app.api_key_hash'))`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE "reporting_api_key" DROP CONSTRAINT "FK_reporting_api_key_organization"`,
      `DROP TABLE "reporting_api_key"`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
