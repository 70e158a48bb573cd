import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The contact log (`contact_log_entry`): every call, meeting, email, text or letter an
 * advocate had, on a case or on none (an information-only contact), with whom, how, when,
 * how long, in which language and about what — what funder reports count. A tenant table
 * under the same row-level security as the others; its case, guardian and school contact are
 * the organization's own (composite keys), and none of them can be deleted while a contact
 * refers to it.
 */
export class ContactLog1796430000000 implements MigrationInterface {
  name = 'ContactLog1796430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // As generated from the entity (npm run migration:generate).
      `CREATE TABLE "contact_log_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "case_id" uuid, "party" text NOT NULL, "guardian_id" uuid, "school_contact_id" uuid, "with_whom" text NOT NULL DEFAULT '', "channel" text NOT NULL, "direction" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" integer, "language" text NOT NULL DEFAULT 'en', "topics" text array NOT NULL DEFAULT '{}', "note" text NOT NULL DEFAULT '', "visibility" text NOT NULL DEFAULT 'INTERNAL', "logged_by_user_id" uuid, CONSTRAINT "UQ_contact_log_entry_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_contact_log_entry_minutes" CHECK ("duration_minutes" IS NULL OR "duration_minutes" BETWEEN 0 AND 1440), CONSTRAINT "CHK_contact_log_entry_visibility" CHECK ("visibility" IN ('INTERNAL', 'SHARED_WITH_FAMILY')), CONSTRAINT "CHK_contact_log_entry_party" CHECK ("party" IN ('GUARDIAN', 'STUDENT', 'SCHOOL_CONTACT', 'PROFESSIONAL')), CONSTRAINT "CHK_contact_log_entry_direction" CHECK ("direction" IN ('INCOMING', 'OUTGOING')), CONSTRAINT "CHK_contact_log_entry_channel" CHECK ("channel" IN ('PHONE', 'VIDEO', 'IN_PERSON', 'EMAIL', 'TEXT', 'LETTER')), CONSTRAINT "PK_44642887f66452f4c96b4052c6b" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_contact_log_entry_case" ON "contact_log_entry"  ("organization_id", "case_id", "occurred_at") `,
      `CREATE INDEX "IDX_contact_log_entry_occurred" ON "contact_log_entry"  ("organization_id", "occurred_at") `,
      `ALTER TABLE "contact_log_entry" ADD CONSTRAINT "FK_contact_log_entry_case" FOREIGN KEY ("case_id", "organization_id") REFERENCES "case_record"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "contact_log_entry" ADD CONSTRAINT "FK_contact_log_entry_guardian" FOREIGN KEY ("guardian_id", "organization_id") REFERENCES "guardian"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "contact_log_entry" ADD CONSTRAINT "FK_contact_log_entry_school_contact" FOREIGN KEY ("school_contact_id", "organization_id") REFERENCES "school_contact"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,

      // Row-level security, the same for every tenant-owned table.
      `SELECT app_protect_tenant_table('contact_log_entry')`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "contact_log_entry"`);
  }
}
