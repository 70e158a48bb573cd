import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trainings and outreach events (`outreach_activity`): what a parent center does for many
 * people at once, counted apart from individual assistance in its annual report — when, in
 * person or online, in which language, about what, and how many parents, professionals and
 * students it reached (counts, no names). A tenant table under the same row-level security as
 * the others.
 */
export class Outreach1796480000000 implements MigrationInterface {
  name = 'Outreach1796480000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // As generated from the entity (npm run migration:generate).
      `CREATE TABLE "outreach_activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "kind" text NOT NULL, "title" text NOT NULL, "held_on" date NOT NULL, "format" text NOT NULL, "language" text NOT NULL DEFAULT 'en', "topics" text array NOT NULL DEFAULT '{}', "parents" integer NOT NULL DEFAULT '0', "professionals" integer NOT NULL DEFAULT '0', "students" integer NOT NULL DEFAULT '0', "notes" text NOT NULL DEFAULT '', "recorded_by_user_id" uuid, CONSTRAINT "UQ_outreach_activity_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_outreach_activity_title" CHECK (length(btrim("title")) > 0), CONSTRAINT "CHK_outreach_activity_people" CHECK ("parents" >= 0 AND "professionals" >= 0 AND "students" >= 0), CONSTRAINT "CHK_outreach_activity_format" CHECK ("format" IN ('IN_PERSON', 'VIRTUAL')), CONSTRAINT "CHK_outreach_activity_kind" CHECK ("kind" IN ('TRAINING', 'OUTREACH')), CONSTRAINT "PK_9d6712186494a290f7b2bded781" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_outreach_activity_held" ON "outreach_activity"  ("organization_id", "held_on") `,

      // Row-level security, the same for every tenant-owned table.
      `SELECT app_protect_tenant_table('outreach_activity')`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "outreach_activity"`);
  }
}
