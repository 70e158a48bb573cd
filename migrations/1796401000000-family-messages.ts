import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Messages a family sends its advocate from the portal (`family_message`): a tenant table
 * under the same row-level security as the others, each row on a case and by a guardian of
 * the organization (composite keys, so neither can be another organization's). Nothing is
 * deleted with a case or a guardian: both are refused while messages refer to them.
 *
 * `advocate_digest.messages_until`: the instant up to which a digest listed the families'
 * messages, where the advocate's next digest starts.
 */
export class FamilyMessages1796401000000 implements MigrationInterface {
  name = 'FamilyMessages1796401000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // As generated from the entity (npm run migration:generate).
      `CREATE TABLE "family_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "case_id" uuid NOT NULL, "guardian_id" uuid NOT NULL, "body" text NOT NULL, CONSTRAINT "UQ_family_message_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_family_message_body" CHECK (length(btrim("body")) BETWEEN 1 AND 2000), CONSTRAINT "PK_f21c7d81b1c2eab6746b23bc3dc" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_family_message_case" ON "family_message"  ("organization_id", "case_id", "created_at") `,
      `ALTER TABLE "family_message" ADD CONSTRAINT "FK_family_message_case" FOREIGN KEY ("case_id", "organization_id") REFERENCES "case_record"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "family_message" ADD CONSTRAINT "FK_family_message_guardian" FOREIGN KEY ("guardian_id", "organization_id") REFERENCES "guardian"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,

      // Row-level security, the same for every tenant-owned table.
      `SELECT app_protect_tenant_table('family_message')`,

      // Up to when an advocate's digest listed them: the next one lists those sent after.
      `ALTER TABLE "advocate_digest" ADD "messages_until" TIMESTAMP WITH TIME ZONE`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "advocate_digest" DROP COLUMN "messages_until"`);
    await queryRunner.query(`DROP TABLE "family_message"`);
  }
}
