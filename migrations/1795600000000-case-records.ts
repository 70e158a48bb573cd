import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case records: the school directory (districts, their school-year calendars, schools,
 * contacts, escalation chains), families with guardians and students, cases with their
 * advocates, status history and notes, and attendance entries with supports and the
 * organization's own observation tags. Every table is tenant-owned: children reference
 * parents through (organization_id, id), and each table gets the same row-level security.
 */
export class CaseRecords1795600000000 implements MigrationInterface {
  name = 'CaseRecords1795600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // Tables, as generated from the entities (npm run migration:generate).
      `CREATE TABLE "district" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "name" text NOT NULL, "state" character(2) NOT NULL, "time_zone" text NOT NULL, CONSTRAINT "UQ_district_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_district_state" CHECK ("state" ~ '^[A-Z]{2}$'), CONSTRAINT "PK_ee5cb6fd5223164bb87ea693f1e" PRIMARY KEY ("id"))`,
      `CREATE TABLE "school_year" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "district_id" uuid NOT NULL, "label" text NOT NULL, "first_day" date NOT NULL, "last_day" date NOT NULL, CONSTRAINT "UQ_school_year_district_label" UNIQUE ("district_id", "label"), CONSTRAINT "UQ_school_year_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_school_year_dates" CHECK ("last_day" >= "first_day"), CONSTRAINT "PK_77783460dce6d4d0ded59c4f246" PRIMARY KEY ("id"))`,
      `CREATE TABLE "non_school_day" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "school_year_id" uuid NOT NULL, "date" date NOT NULL, "label" text NOT NULL, CONSTRAINT "UQ_non_school_day_year_date" UNIQUE ("school_year_id", "date"), CONSTRAINT "UQ_non_school_day_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_6423b97c36e403b7d3ad84c7ed2" PRIMARY KEY ("id"))`,
      `CREATE TABLE "school" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "district_id" uuid NOT NULL, "name" text NOT NULL, CONSTRAINT "UQ_school_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_57836c3fe2f2c7734b20911755e" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_school_district" ON "school"  ("organization_id", "district_id") `,
      `CREATE TABLE "school_contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "district_id" uuid NOT NULL, "school_id" uuid, "name" text NOT NULL, "role" text NOT NULL, "title" text, "email" text, "phone" text, CONSTRAINT "UQ_school_contact_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_school_contact_role" CHECK ("role" IN ('CASE_MANAGER', 'TEACHER', 'COUNSELOR', 'PRINCIPAL', 'ASSISTANT_PRINCIPAL', 'SPECIAL_EDUCATION_DIRECTOR', 'ATTENDANCE_OFFICER', 'SECTION_504_COORDINATOR', 'OTHER')), CONSTRAINT "PK_0078cdba56df08720303f0c03a3" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_school_contact_school" ON "school_contact"  ("organization_id", "school_id") `,
      `CREATE TABLE "escalation_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "school_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "UQ_escalation_step_contact" UNIQUE ("school_id", "contact_id"), CONSTRAINT "UQ_escalation_step_position" UNIQUE ("school_id", "position"), CONSTRAINT "UQ_escalation_step_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_escalation_step_position" CHECK ("position" >= 1), CONSTRAINT "PK_3fd62e9b2e5234e16be069fb2b0" PRIMARY KEY ("id"))`,
      `CREATE TABLE "family" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "household_name" text NOT NULL, "notes" text NOT NULL DEFAULT '', CONSTRAINT "UQ_family_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_ba386a5a59c3de8593cda4e5626" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_family_household_name" ON "family"  ("organization_id", "household_name") `,
      `CREATE TABLE "guardian" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "family_id" uuid NOT NULL, "name" text NOT NULL, "email" text, "phone" text, "relationship" text NOT NULL, "preferred_language" text NOT NULL DEFAULT 'en', CONSTRAINT "UQ_guardian_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_5eb51ec9378bc6b07702717160e" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_guardian_family" ON "guardian"  ("organization_id", "family_id") `,
      `CREATE TABLE "student" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "family_id" uuid NOT NULL, "name" text NOT NULL, "date_of_birth" date, "grade" text, "school_id" uuid, "plan" text NOT NULL DEFAULT 'NONE', "disability_categories" text array NOT NULL DEFAULT '{}', "notes" text NOT NULL DEFAULT '', CONSTRAINT "UQ_student_organization_family_id" UNIQUE ("organization_id", "family_id", "id"), CONSTRAINT "UQ_student_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_student_plan" CHECK ("plan" IN ('IEP', 'SECTION_504', 'NONE', 'BEING_EVALUATED')), CONSTRAINT "PK_3d8016e1cb58429474a3c041904" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_student_name" ON "student"  ("organization_id", "name") `,
      `CREATE TABLE "case_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "family_id" uuid NOT NULL, "student_id" uuid NOT NULL, "title" text NOT NULL, "concerns" text array NOT NULL, "status" text NOT NULL DEFAULT 'INTAKE', "opened_on" date NOT NULL, "closed_on" date, "outcome" text, "outcome_notes" text NOT NULL DEFAULT '', CONSTRAINT "UQ_case_record_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_case_record_dates" CHECK ("closed_on" IS NULL OR "closed_on" >= "opened_on"), CONSTRAINT "CHK_case_record_outcome" CHECK ("outcome" IS NULL OR "outcome" IN ('RETURNED_FULL_TIME', 'RETURNED_PART_TIME_WITH_PLAN', 'ALTERNATIVE_PLACEMENT', 'HOME_INSTRUCTION', 'SERVICES_GRANTED', 'FAMILY_WITHDREW', 'OTHER')), CONSTRAINT "CHK_case_record_concerns" CHECK (cardinality("concerns") >= 1 AND "concerns" <@ ARRAY['SCHOOL_REFUSAL', 'ATTENDANCE_LETTERS', 'IEP_NOT_WORKING', 'EVALUATION', 'BEHAVIOR_PLAN_FBA', 'BULLYING_AVOIDANCE', 'ATTENDANCE_VS_FAPE', 'OTHER']::text[]), CONSTRAINT "CHK_case_record_status" CHECK ("status" IN ('INTAKE', 'ACTIVE', 'ON_HOLD', 'RESOLVED', 'CLOSED')), CONSTRAINT "PK_c690854c14a2669a8ea6deb7e5c" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_case_record_student" ON "case_record"  ("organization_id", "student_id") `,
      `CREATE INDEX "IDX_case_record_status" ON "case_record"  ("organization_id", "status") `,
      `CREATE TABLE "case_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "case_id" uuid NOT NULL, "membership_id" uuid NOT NULL, CONSTRAINT "UQ_case_assignment_case_member" UNIQUE ("case_id", "membership_id"), CONSTRAINT "UQ_case_assignment_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_23dbc3b5ef530451316d063247b" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_case_assignment_member" ON "case_assignment"  ("organization_id", "membership_id") `,
      `CREATE TABLE "case_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "case_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "changed_by_user_id" uuid, "reason" text NOT NULL DEFAULT '', CONSTRAINT "UQ_case_status_change_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_8a2ab5b6c9091e1686e0f309e5b" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_case_status_change_case" ON "case_status_change"  ("organization_id", "case_id", "changed_at") `,
      `CREATE TABLE "case_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "case_id" uuid NOT NULL, "body" text NOT NULL, "visibility" text NOT NULL DEFAULT 'INTERNAL', "author_user_id" uuid, CONSTRAINT "UQ_case_note_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_case_note_visibility" CHECK ("visibility" IN ('INTERNAL', 'SHARED_WITH_FAMILY')), CONSTRAINT "PK_7b0442af3f3d9273fb63d2799a2" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_case_note_case" ON "case_note"  ("organization_id", "case_id", "created_at") `,
      `CREATE TABLE "support" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "student_id" uuid NOT NULL, "name" text NOT NULL, "started_on" date NOT NULL, "ended_on" date, "notes" text NOT NULL DEFAULT '', CONSTRAINT "UQ_support_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_support_dates" CHECK ("ended_on" IS NULL OR "ended_on" >= "started_on"), CONSTRAINT "PK_54c6021e6f6912eaaee36b3045d" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_support_student" ON "support"  ("organization_id", "student_id") `,
      `CREATE TABLE "attendance_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "student_id" uuid NOT NULL, "date" date NOT NULL, "status" text NOT NULL, "periods_missed" integer array NOT NULL DEFAULT '{}', "arrival_time" TIME, "triggers" text array NOT NULL DEFAULT '{}', "student_response" text NOT NULL DEFAULT '', "notes" text NOT NULL DEFAULT '', "recorded_by_user_id" uuid, CONSTRAINT "UQ_attendance_entry_student_date" UNIQUE ("organization_id", "student_id", "date"), CONSTRAINT "UQ_attendance_entry_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_attendance_entry_status" CHECK ("status" IN ('FULL', 'PARTIAL', 'ABSENT', 'TARDY', 'IN_BUILDING_NOT_IN_CLASS')), CONSTRAINT "PK_0d1f1a7ac61fd87beb4d8cf1f62" PRIMARY KEY ("id"))`,
      `CREATE TABLE "attendance_entry_support" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "entry_id" uuid NOT NULL, "support_id" uuid NOT NULL, CONSTRAINT "UQ_attendance_entry_support_pair" UNIQUE ("entry_id", "support_id"), CONSTRAINT "UQ_attendance_entry_support_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_8542915a383b24927b72149a42d" PRIMARY KEY ("id"))`,
      `CREATE TABLE "observation_tag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "label" text NOT NULL, CONSTRAINT "UQ_observation_tag_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_7251b71495badf8ee5538a03ecd" PRIMARY KEY ("id"))`,
      `ALTER TABLE "district" ADD CONSTRAINT "FK_district_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
      `ALTER TABLE "school_year" ADD CONSTRAINT "FK_school_year_district" FOREIGN KEY ("district_id", "organization_id") REFERENCES "district"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "non_school_day" ADD CONSTRAINT "FK_non_school_day_school_year" FOREIGN KEY ("school_year_id", "organization_id") REFERENCES "school_year"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "school" ADD CONSTRAINT "FK_school_district" FOREIGN KEY ("district_id", "organization_id") REFERENCES "district"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "school_contact" ADD CONSTRAINT "FK_school_contact_district" FOREIGN KEY ("district_id", "organization_id") REFERENCES "district"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "school_contact" ADD CONSTRAINT "FK_school_contact_school" FOREIGN KEY ("school_id", "organization_id") REFERENCES "school"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "escalation_step" ADD CONSTRAINT "FK_escalation_step_school" FOREIGN KEY ("school_id", "organization_id") REFERENCES "school"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "escalation_step" ADD CONSTRAINT "FK_escalation_step_contact" FOREIGN KEY ("contact_id", "organization_id") REFERENCES "school_contact"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "family" ADD CONSTRAINT "FK_family_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
      `ALTER TABLE "guardian" ADD CONSTRAINT "FK_guardian_family" FOREIGN KEY ("family_id", "organization_id") REFERENCES "family"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "student" ADD CONSTRAINT "FK_student_family" FOREIGN KEY ("family_id", "organization_id") REFERENCES "family"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "student" ADD CONSTRAINT "FK_student_school" FOREIGN KEY ("school_id", "organization_id") REFERENCES "school"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "case_record" ADD CONSTRAINT "FK_case_record_family" FOREIGN KEY ("family_id", "organization_id") REFERENCES "family"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "case_record" ADD CONSTRAINT "FK_case_record_student" FOREIGN KEY ("student_id", "organization_id", "family_id") REFERENCES "student"("id","organization_id","family_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "case_assignment" ADD CONSTRAINT "FK_case_assignment_case" FOREIGN KEY ("case_id", "organization_id") REFERENCES "case_record"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "case_assignment" ADD CONSTRAINT "FK_case_assignment_membership" FOREIGN KEY ("membership_id", "organization_id") REFERENCES "membership"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "case_status_change" ADD CONSTRAINT "FK_case_status_change_case" FOREIGN KEY ("case_id", "organization_id") REFERENCES "case_record"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "case_note" ADD CONSTRAINT "FK_case_note_case" FOREIGN KEY ("case_id", "organization_id") REFERENCES "case_record"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "support" ADD CONSTRAINT "FK_support_student" FOREIGN KEY ("student_id", "organization_id") REFERENCES "student"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "attendance_entry" ADD CONSTRAINT "FK_attendance_entry_student" FOREIGN KEY ("student_id", "organization_id") REFERENCES "student"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "attendance_entry_support" ADD CONSTRAINT "FK_attendance_entry_support_entry" FOREIGN KEY ("entry_id", "organization_id") REFERENCES "attendance_entry"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "attendance_entry_support" ADD CONSTRAINT "FK_attendance_entry_support_support" FOREIGN KEY ("support_id", "organization_id") REFERENCES "support"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "observation_tag" ADD CONSTRAINT "FK_observation_tag_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,

      // What the entities cannot express: a case-insensitive unique label.
      `CREATE UNIQUE INDEX "UQ_observation_tag_label" ON "observation_tag" ("organization_id", lower("label"))`,

      // Row-level security, the same for every tenant-owned table.
      ...TABLES.map((table) => `SELECT app_protect_tenant_table('${table}')`),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP INDEX "UQ_observation_tag_label"`,
      `ALTER TABLE "observation_tag" DROP CONSTRAINT "FK_observation_tag_organization"`,
      `ALTER TABLE "attendance_entry_support" DROP CONSTRAINT "FK_attendance_entry_support_support"`,
      `ALTER TABLE "attendance_entry_support" DROP CONSTRAINT "FK_attendance_entry_support_entry"`,
      `ALTER TABLE "attendance_entry" DROP CONSTRAINT "FK_attendance_entry_student"`,
      `ALTER TABLE "support" DROP CONSTRAINT "FK_support_student"`,
      `ALTER TABLE "case_note" DROP CONSTRAINT "FK_case_note_case"`,
      `ALTER TABLE "case_status_change" DROP CONSTRAINT "FK_case_status_change_case"`,
      `ALTER TABLE "case_assignment" DROP CONSTRAINT "FK_case_assignment_membership"`,
      `ALTER TABLE "case_assignment" DROP CONSTRAINT "FK_case_assignment_case"`,
      `ALTER TABLE "case_record" DROP CONSTRAINT "FK_case_record_student"`,
      `ALTER TABLE "case_record" DROP CONSTRAINT "FK_case_record_family"`,
      `ALTER TABLE "student" DROP CONSTRAINT "FK_student_school"`,
      `ALTER TABLE "student" DROP CONSTRAINT "FK_student_family"`,
      `ALTER TABLE "guardian" DROP CONSTRAINT "FK_guardian_family"`,
      `ALTER TABLE "family" DROP CONSTRAINT "FK_family_organization"`,
      `ALTER TABLE "escalation_step" DROP CONSTRAINT "FK_escalation_step_contact"`,
      `ALTER TABLE "escalation_step" DROP CONSTRAINT "FK_escalation_step_school"`,
      `ALTER TABLE "school_contact" DROP CONSTRAINT "FK_school_contact_school"`,
      `ALTER TABLE "school_contact" DROP CONSTRAINT "FK_school_contact_district"`,
      `ALTER TABLE "school" DROP CONSTRAINT "FK_school_district"`,
      `ALTER TABLE "non_school_day" DROP CONSTRAINT "FK_non_school_day_school_year"`,
      `ALTER TABLE "school_year" DROP CONSTRAINT "FK_school_year_district"`,
      `ALTER TABLE "district" DROP CONSTRAINT "FK_district_organization"`,
      `DROP TABLE "observation_tag"`,
      `DROP TABLE "attendance_entry_support"`,
      `DROP TABLE "attendance_entry"`,
      `DROP INDEX "public"."IDX_support_student"`,
      `DROP TABLE "support"`,
      `DROP INDEX "public"."IDX_case_note_case"`,
      `DROP TABLE "case_note"`,
      `DROP INDEX "public"."IDX_case_status_change_case"`,
      `DROP TABLE "case_status_change"`,
      `DROP INDEX "public"."IDX_case_assignment_member"`,
      `DROP TABLE "case_assignment"`,
      `DROP INDEX "public"."IDX_case_record_status"`,
      `DROP INDEX "public"."IDX_case_record_student"`,
      `DROP TABLE "case_record"`,
      `DROP INDEX "public"."IDX_student_name"`,
      `DROP TABLE "student"`,
      `DROP INDEX "public"."IDX_guardian_family"`,
      `DROP TABLE "guardian"`,
      `DROP INDEX "public"."IDX_family_household_name"`,
      `DROP TABLE "family"`,
      `DROP TABLE "escalation_step"`,
      `DROP INDEX "public"."IDX_school_contact_school"`,
      `DROP TABLE "school_contact"`,
      `DROP INDEX "public"."IDX_school_district"`,
      `DROP TABLE "school"`,
      `DROP TABLE "non_school_day"`,
      `DROP TABLE "school_year"`,
      `DROP TABLE "district"`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}

const TABLES = [
  'district',
  'school_year',
  'non_school_day',
  'school',
  'school_contact',
  'escalation_step',
  'family',
  'guardian',
  'student',
  'case_record',
  'case_assignment',
  'case_status_change',
  'case_note',
  'support',
  'attendance_entry',
  'attendance_entry_support',
  'observation_tag',
];
