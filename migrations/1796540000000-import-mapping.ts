import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The CSV import's saved column mappings: one per organization and kind of import
 * (`families`, `school-contacts`), offered again for the next file. A tenant table under the
 * same row-level security as the others.
 */
export class ImportMapping1796540000000 implements MigrationInterface {
  name = 'ImportMapping1796540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // As generated from the entities (npm run migration:generate).
      `CREATE TABLE "import_mapping" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" text NOT NULL, "columns" jsonb NOT NULL, CONSTRAINT "UQ_import_mapping_kind" UNIQUE ("organization_id", "kind"), CONSTRAINT "UQ_import_mapping_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_import_mapping_kind" CHECK ("kind" IN ('families', 'school-contacts')), CONSTRAINT "PK_b851a428225ebaa9a5e683f3ebf" PRIMARY KEY ("id"))`,
      `ALTER TABLE "import_mapping" ADD CONSTRAINT "FK_import_mapping_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `SELECT app_protect_tenant_table('import_mapping')`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "import_mapping"`);
  }
}
