import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents on cases (README "Documents"): the record of each file — its case and request,
 * kind, title, date, safe file name, the type read from its bytes, size, SHA-256, where its
 * bytes are (`<organization id>/<document id>`), whether the family sees it, who added it.
 * The bytes themselves are in the document storage, not here.
 */
export class Documents1796510000000 implements MigrationInterface {
  name = 'Documents1796510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      // As generated from the entities (npm run migration:generate).
      `CREATE TABLE "document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "case_id" uuid NOT NULL, "request_id" uuid, "kind" text NOT NULL, "title" text NOT NULL, "document_date" date, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "storage_key" text NOT NULL, "shared_with_family" boolean NOT NULL DEFAULT false, "added_by_user_id" uuid, CONSTRAINT "UQ_document_storage_key" UNIQUE ("storage_key"), CONSTRAINT "UQ_document_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_document_size" CHECK ("size_bytes" >= 0), CONSTRAINT "CHK_document_kind" CHECK ("kind" IN ('IEP', 'PLAN_504', 'EVALUATION', 'SCHOOL_LETTER', 'MEDICAL_NOTE', 'ATTENDANCE_RECORD', 'PHOTO', 'REPLY_ATTACHMENT', 'OTHER')), CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_document_case" ON "document"  ("organization_id", "case_id", "created_at") `,
      `CREATE INDEX "IDX_document_request" ON "document"  ("organization_id", "request_id") `,
      `ALTER TABLE "document" ADD CONSTRAINT "FK_document_case" FOREIGN KEY ("case_id", "organization_id") REFERENCES "case_record"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "document" ADD CONSTRAINT "FK_document_request" FOREIGN KEY ("request_id", "organization_id") REFERENCES "written_request"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      // Tenant data: row-level security by organization, as every tenant table.
      `SELECT app_protect_tenant_table('document')`,
    ])
      await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "document"`);
  }
}
