import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rest of what was asked and answered: an organization's settings (the due dates of a
 * meeting's written items, the soft deadline for untimed requests), meetings with their
 * attendees and their two written items, the organization's own letter templates, and its
 * changes to the deadline rules. All tenant-owned.
 */
export class MeetingsLettersRules1795800000000 implements MigrationInterface {
  name = 'MeetingsLettersRules1795800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // Tables, as generated from the entities (npm run migration:generate).
      `CREATE TABLE "organization_setting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "meeting_concerns_days_before" integer NOT NULL DEFAULT '2', "meeting_summary_days_after" integer NOT NULL DEFAULT '2', "soft_deadline_period" integer NOT NULL DEFAULT '10', "soft_deadline_unit" text NOT NULL DEFAULT 'SCHOOL_DAYS', CONSTRAINT "UQ_organization_setting_organization" UNIQUE ("organization_id"), CONSTRAINT "CHK_organization_setting_ranges" CHECK ("meeting_concerns_days_before" BETWEEN 0 AND 30 AND "meeting_summary_days_after" BETWEEN 0 AND 30 AND "soft_deadline_period" BETWEEN 1 AND 120), CONSTRAINT "CHK_organization_setting_soft_unit" CHECK ("soft_deadline_unit" IN ('CALENDAR_DAYS', 'BUSINESS_DAYS', 'SCHOOL_DAYS')), CONSTRAINT "PK_c7b40ddf0471fbc7ba6946cd310" PRIMARY KEY ("id"))`,
      `CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "case_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "kind" text NOT NULL, "location" text NOT NULL DEFAULT '', "notes" text NOT NULL DEFAULT '', "created_by_user_id" uuid, CONSTRAINT "UQ_meeting_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_meeting_kind" CHECK ("kind" IN ('IEP', 'SECTION_504', 'REINTEGRATION_PLANNING', 'OTHER')), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_meeting_case" ON "meeting"  ("organization_id", "case_id", "starts_at") `,
      `CREATE TABLE "meeting_attendee" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "meeting_id" uuid NOT NULL, "contact_id" uuid, "membership_id" uuid, "name" text NOT NULL DEFAULT '', "role" text NOT NULL DEFAULT '', CONSTRAINT "UQ_meeting_attendee_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_meeting_attendee_who" CHECK ("contact_id" IS NOT NULL OR "membership_id" IS NOT NULL OR "name" <> ''), CONSTRAINT "PK_503e099c618ff1a7ac117352ca7" PRIMARY KEY ("id"))`,
      `CREATE TABLE "meeting_task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "meeting_id" uuid NOT NULL, "kind" text NOT NULL, "due_on" date NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "done_on" date, "request_id" uuid, CONSTRAINT "UQ_meeting_task_kind" UNIQUE ("meeting_id", "kind"), CONSTRAINT "UQ_meeting_task_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_meeting_task_kind" CHECK ("kind" IN ('CONCERNS_BEFORE', 'SUMMARY_AFTER')), CONSTRAINT "PK_caa9e1333ae91a4e903c9913011" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_meeting_task_due" ON "meeting_task"  ("organization_id", "done_on", "due_at") `,
      `CREATE TABLE "letter_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "request_type" text NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, CONSTRAINT "UQ_letter_template_type" UNIQUE ("organization_id", "request_type"), CONSTRAINT "CHK_letter_template_type" CHECK ("request_type" IN ('EVALUATION', 'IEP_MEETING', 'RECORDS', 'FBA', 'BEHAVIOR_PLAN', 'ACCOMMODATIONS', 'REINTEGRATION_PLAN', 'PRIOR_WRITTEN_NOTICE', 'INDEPENDENT_EVALUATION', 'HOME_INSTRUCTION', 'OTHER')), CONSTRAINT "PK_50c04255bee2e17cc53282772df" PRIMARY KEY ("id"))`,
      `CREATE TABLE "deadline_rule_override" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "rule_id" text NOT NULL, "kind" text NOT NULL, "change" jsonb NOT NULL, "reason" text NOT NULL, "created_by_user_id" uuid, CONSTRAINT "UQ_deadline_rule_override_rule" UNIQUE ("organization_id", "rule_id"), CONSTRAINT "CHK_deadline_rule_override_kind" CHECK ("kind" IN ('CORRECT', 'DISABLE', 'SOFT_DEFAULT', 'ADD')), CONSTRAINT "PK_6ca7a406cd89efa6bdb0cd06f05" PRIMARY KEY ("id"))`,
      `ALTER TABLE "organization_setting" ADD CONSTRAINT "FK_organization_setting_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "meeting" ADD CONSTRAINT "FK_meeting_case" FOREIGN KEY ("case_id", "organization_id") REFERENCES "case_record"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "meeting_attendee" ADD CONSTRAINT "FK_meeting_attendee_meeting" FOREIGN KEY ("meeting_id", "organization_id") REFERENCES "meeting"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "meeting_attendee" ADD CONSTRAINT "FK_meeting_attendee_contact" FOREIGN KEY ("contact_id", "organization_id") REFERENCES "school_contact"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "meeting_attendee" ADD CONSTRAINT "FK_meeting_attendee_membership" FOREIGN KEY ("membership_id", "organization_id") REFERENCES "membership"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "meeting_task" ADD CONSTRAINT "FK_meeting_task_meeting" FOREIGN KEY ("meeting_id", "organization_id") REFERENCES "meeting"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "meeting_task" ADD CONSTRAINT "FK_meeting_task_request" FOREIGN KEY ("request_id", "organization_id") REFERENCES "written_request"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "letter_template" ADD CONSTRAINT "FK_letter_template_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "deadline_rule_override" ADD CONSTRAINT "FK_deadline_rule_override_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,

      // Row-level security, the same for every tenant-owned table.
      ...TABLES.map((table) => `SELECT app_protect_tenant_table('${table}')`),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE "deadline_rule_override" DROP CONSTRAINT "FK_deadline_rule_override_organization"`,
      `ALTER TABLE "letter_template" DROP CONSTRAINT "FK_letter_template_organization"`,
      `ALTER TABLE "meeting_task" DROP CONSTRAINT "FK_meeting_task_request"`,
      `ALTER TABLE "meeting_task" DROP CONSTRAINT "FK_meeting_task_meeting"`,
      `ALTER TABLE "meeting_attendee" DROP CONSTRAINT "FK_meeting_attendee_membership"`,
      `ALTER TABLE "meeting_attendee" DROP CONSTRAINT "FK_meeting_attendee_contact"`,
      `ALTER TABLE "meeting_attendee" DROP CONSTRAINT "FK_meeting_attendee_meeting"`,
      `ALTER TABLE "meeting" DROP CONSTRAINT "FK_meeting_case"`,
      `ALTER TABLE "organization_setting" DROP CONSTRAINT "FK_organization_setting_organization"`,
      `DROP TABLE "deadline_rule_override"`,
      `DROP TABLE "letter_template"`,
      `DROP INDEX "public"."IDX_meeting_task_due"`,
      `DROP TABLE "meeting_task"`,
      `DROP TABLE "meeting_attendee"`,
      `DROP INDEX "public"."IDX_meeting_case"`,
      `DROP TABLE "meeting"`,
      `DROP TABLE "organization_setting"`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}

const TABLES = [
  'organization_setting',
  'meeting',
  'meeting_attendee',
  'meeting_task',
  'letter_template',
  'deadline_rule_override',
];
