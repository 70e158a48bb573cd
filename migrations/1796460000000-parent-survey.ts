import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The parent survey. Four tenant tables under the same row-level security as the others:
 * `parent_survey` (the organization's settings and comment prompt; one at most),
 * `parent_survey_question` (its statements in English and Spanish, archived when taken out),
 * `parent_survey_invitation` (one guardian offered the survey about one case, at most once;
 * the link's secret kept only as its hash, set when the email goes out) and
 * `parent_survey_answer` (a rating 1–5, or null for not applicable, per question).
 *
 * Two named lookups reach invitations before the organization is known, each reading only:
 * by the hash of a link's secret (`app.survey_token_hash`: the guardian opening the link),
 * and the worker's sweep (`app.sweep` = 'parent-surveys': invitations owed but not sent).
 */
export class ParentSurvey1796460000000 implements MigrationInterface {
  name = 'ParentSurvey1796460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // As generated from the entities (npm run migration:generate).
      `CREATE TABLE "parent_survey_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "case_id" uuid NOT NULL, "guardian_id" uuid NOT NULL, "email" text NOT NULL, "language" text NOT NULL, "reason" text NOT NULL, "requested_by_user_id" uuid, "token_hash" text, "sent_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "answered_at" TIMESTAMP WITH TIME ZONE, "comment" text NOT NULL DEFAULT '', CONSTRAINT "UQ_89520e66624c9571e61d1802d33" UNIQUE ("token_hash"), CONSTRAINT "UQ_parent_survey_invitation_case_guardian" UNIQUE ("organization_id", "case_id", "guardian_id"), CONSTRAINT "UQ_parent_survey_invitation_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_parent_survey_invitation_answered" CHECK ("answered_at" IS NULL OR "sent_at" IS NOT NULL), CONSTRAINT "CHK_parent_survey_invitation_sent" CHECK (("sent_at" IS NULL) = ("token_hash" IS NULL) AND ("sent_at" IS NULL) = ("expires_at" IS NULL)), CONSTRAINT "CHK_parent_survey_invitation_reason" CHECK ("reason" IN ('CASE_ENDED', 'BY_HAND')), CONSTRAINT "CHK_parent_survey_invitation_language" CHECK ("language" IN ('en', 'es')), CONSTRAINT "PK_1fbd5ad625fc51bbefaff289c75" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_parent_survey_invitation_sent" ON "parent_survey_invitation"  ("organization_id", "sent_at") `,
      `CREATE TABLE "parent_survey_question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "position" integer NOT NULL, "text_en" text NOT NULL, "text_es" text NOT NULL, CONSTRAINT "UQ_parent_survey_question_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_parent_survey_question_position" CHECK ("position" BETWEEN 1 AND 100), CONSTRAINT "PK_e8009aad340302a25961ba2f2a8" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_parent_survey_question_position" ON "parent_survey_question"  ("organization_id", "position") `,
      `CREATE TABLE "parent_survey_answer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "invitation_id" uuid NOT NULL, "question_id" uuid NOT NULL, "rating" smallint, CONSTRAINT "UQ_parent_survey_answer_question" UNIQUE ("organization_id", "invitation_id", "question_id"), CONSTRAINT "UQ_parent_survey_answer_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_parent_survey_answer_rating" CHECK ("rating" IS NULL OR "rating" BETWEEN 1 AND 5), CONSTRAINT "PK_5e26430af91952abe1b0ee116d9" PRIMARY KEY ("id"))`,
      `CREATE TABLE "parent_survey" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "send_when_case_ends" boolean NOT NULL DEFAULT true, "comment_prompt_en" text NOT NULL, "comment_prompt_es" text NOT NULL, CONSTRAINT "UQ_parent_survey_organization" UNIQUE ("organization_id"), CONSTRAINT "UQ_parent_survey_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_6036086e2b2e15a9f5ab42075fc" PRIMARY KEY ("id"))`,
      `ALTER TABLE "parent_survey_invitation" ADD CONSTRAINT "FK_parent_survey_invitation_case" FOREIGN KEY ("case_id", "organization_id") REFERENCES "case_record"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "parent_survey_invitation" ADD CONSTRAINT "FK_parent_survey_invitation_guardian" FOREIGN KEY ("guardian_id", "organization_id") REFERENCES "guardian"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "parent_survey_answer" ADD CONSTRAINT "FK_parent_survey_answer_invitation" FOREIGN KEY ("invitation_id", "organization_id") REFERENCES "parent_survey_invitation"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "parent_survey_answer" ADD CONSTRAINT "FK_parent_survey_answer_question" FOREIGN KEY ("question_id", "organization_id") REFERENCES "parent_survey_question"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,

      // Row-level security, the same for every tenant-owned table.
      ...[
        'parent_survey',
        'parent_survey_question',
        'parent_survey_invitation',
        'parent_survey_answer',
      ].map((table) => `SELECT app_protect_tenant_table('${table}')`),
      `CREATE POLICY "parent_survey_invitation_by_token" ON "parent_survey_invitation" FOR SELECT
         USING ("token_hash" = app_setting('app.survey_token_hash'))`,
      `CREATE POLICY "parent_survey_invitation_sweep" ON "parent_survey_invitation" FOR SELECT
         USING (app_setting('app.sweep') = 'parent-surveys')`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP TABLE "parent_survey_answer"`,
      `DROP TABLE "parent_survey_invitation"`,
      `DROP TABLE "parent_survey_question"`,
      `DROP TABLE "parent_survey"`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
