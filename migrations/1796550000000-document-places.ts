import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents beyond the case (README "Documents"): a document may belong to one place of its
 * case — a written request (already), a school response, a meeting or an attendance week (its
 * Monday) — never two; and it says who added it: a member, a guardian from the family portal,
 * or the sender of the captured reply it came attached to. A reply's attachment says which
 * document it became, or why it was refused.
 */
export class DocumentPlaces1796550000000 implements MigrationInterface {
  name = 'DocumentPlaces1796550000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      // As generated from the entities (npm run migration:generate), tidied.
      `ALTER TABLE "document" ADD "response_id" uuid`,
      `ALTER TABLE "document" ADD "meeting_id" uuid`,
      `ALTER TABLE "document" ADD "attendance_week" date`,
      `ALTER TABLE "document" ADD "added_by_guardian_id" uuid`,
      `ALTER TABLE "document" ADD "added_by_email" text`,
      `ALTER TABLE "inbound_attachment" ADD "document_id" uuid`,
      `ALTER TABLE "inbound_attachment" ADD "refused_reason" text`,
      `CREATE INDEX "IDX_document_attendance_week" ON "document"  ("organization_id", "attendance_week") `,
      `CREATE INDEX "IDX_document_meeting" ON "document"  ("organization_id", "meeting_id") `,
      `CREATE INDEX "IDX_document_response" ON "document"  ("organization_id", "response_id") `,
      `ALTER TABLE "document" ADD CONSTRAINT "CHK_document_added_by" CHECK (num_nonnulls("added_by_user_id", "added_by_guardian_id", "added_by_email") <= 1)`,
      `ALTER TABLE "document" ADD CONSTRAINT "CHK_document_attendance_week_monday" CHECK ("attendance_week" IS NULL OR extract(isodow FROM "attendance_week") = 1)`,
      `ALTER TABLE "document" ADD CONSTRAINT "CHK_document_one_place" CHECK (num_nonnulls("request_id", "response_id", "meeting_id", "attendance_week") <= 1)`,
      `ALTER TABLE "document" ADD CONSTRAINT "FK_document_response" FOREIGN KEY ("response_id", "organization_id") REFERENCES "school_response"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "document" ADD CONSTRAINT "FK_document_meeting" FOREIGN KEY ("meeting_id", "organization_id") REFERENCES "meeting"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "document" ADD CONSTRAINT "FK_document_added_by_guardian" FOREIGN KEY ("added_by_guardian_id", "organization_id") REFERENCES "guardian"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      // A deleted document leaves its attachment row (the reply keeps it): only document_id is
      // cleared, never organization_id (PostgreSQL 15's column list).
      `ALTER TABLE "inbound_attachment" ADD CONSTRAINT "FK_inbound_attachment_document" FOREIGN KEY ("document_id", "organization_id") REFERENCES "document"("id","organization_id") ON DELETE SET NULL ("document_id") ON UPDATE NO ACTION`,
    ])
      await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `ALTER TABLE "inbound_attachment" DROP CONSTRAINT "FK_inbound_attachment_document"`,
      `ALTER TABLE "inbound_attachment" DROP COLUMN "refused_reason"`,
      `ALTER TABLE "inbound_attachment" DROP COLUMN "document_id"`,
      `ALTER TABLE "document" DROP CONSTRAINT "FK_document_added_by_guardian"`,
      `ALTER TABLE "document" DROP CONSTRAINT "FK_document_meeting"`,
      `ALTER TABLE "document" DROP CONSTRAINT "FK_document_response"`,
      `ALTER TABLE "document" DROP CONSTRAINT "CHK_document_one_place"`,
      `ALTER TABLE "document" DROP CONSTRAINT "CHK_document_attendance_week_monday"`,
      `ALTER TABLE "document" DROP CONSTRAINT "CHK_document_added_by"`,
      `DROP INDEX "IDX_document_response"`,
      `DROP INDEX "IDX_document_meeting"`,
      `DROP INDEX "IDX_document_attendance_week"`,
      `ALTER TABLE "document" DROP COLUMN "added_by_email"`,
      `ALTER TABLE "document" DROP COLUMN "added_by_guardian_id"`,
      `ALTER TABLE "document" DROP COLUMN "attendance_week"`,
      `ALTER TABLE "document" DROP COLUMN "meeting_id"`,
      `ALTER TABLE "document" DROP COLUMN "response_id"`,
    ])
      await queryRunner.query(statement);
  }
}
