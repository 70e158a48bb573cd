import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written requests (what was asked of the school, to whom, when it was received and when an
 * answer is due, with the deadline engine's explanation or an advocate's override and its
 * reason), their recipients and attachments, the school's responses, and the commitments a
 * response makes. All tenant-owned, referenced through (organization_id, id).
 */
export class WrittenRequests1795700000000 implements MigrationInterface {
  name = 'WrittenRequests1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // Tables, as generated from the entities (npm run migration:generate).
      `CREATE TABLE "written_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "case_id" uuid NOT NULL, "type" text NOT NULL, "trigger" text NOT NULL DEFAULT 'WRITTEN_REQUEST_RECEIVED', "subject" text NOT NULL, "body" text NOT NULL DEFAULT '', "channel" text, "status" text NOT NULL DEFAULT 'DRAFT', "sent_on" date, "received_on" date, "recipient_note" text NOT NULL DEFAULT '', "deadline_rule_id" text, "due_on" date, "due_at" TIMESTAMP WITH TIME ZONE, "latest_due_at" TIMESTAMP WITH TIME ZONE, "deadline" jsonb, "override_due_on" date, "override_reason" text, "overridden_by_user_id" uuid, "closed_on" date, "withdrawn_reason" text, "created_by_user_id" uuid, CONSTRAINT "UQ_written_request_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_written_request_override" CHECK (("override_due_on" IS NULL) = ("override_reason" IS NULL)), CONSTRAINT "CHK_written_request_dates" CHECK ("received_on" IS NULL OR "sent_on" IS NULL OR "received_on" >= "sent_on"), CONSTRAINT "CHK_written_request_channel" CHECK ("channel" IS NULL OR "channel" IN ('EMAIL', 'LETTER', 'HAND_DELIVERED', 'PORTAL', 'PHONE', 'IN_PERSON')), CONSTRAINT "CHK_written_request_status" CHECK ("status" IN ('DRAFT', 'SENT', 'RESPONDED', 'PARTIALLY_RESPONDED', 'CLOSED', 'WITHDRAWN')), CONSTRAINT "CHK_written_request_type" CHECK ("type" IN ('EVALUATION', 'IEP_MEETING', 'RECORDS', 'FBA', 'BEHAVIOR_PLAN', 'ACCOMMODATIONS', 'REINTEGRATION_PLAN', 'PRIOR_WRITTEN_NOTICE', 'INDEPENDENT_EVALUATION', 'HOME_INSTRUCTION', 'OTHER')), CONSTRAINT "PK_251f45844e82fd60ffa43014141" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_written_request_due" ON "written_request"  ("organization_id", "status", "due_at") `,
      `CREATE INDEX "IDX_written_request_case" ON "written_request"  ("organization_id", "case_id") `,
      `CREATE TABLE "request_recipient" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "request_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "UQ_request_recipient_pair" UNIQUE ("request_id", "contact_id"), CONSTRAINT "UQ_request_recipient_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "PK_7ea0f341cef5f8b21f0cb384f90" PRIMARY KEY ("id"))`,
      `CREATE TABLE "request_attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "request_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text, "size_bytes" bigint, "description" text NOT NULL DEFAULT '', CONSTRAINT "UQ_request_attachment_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_request_attachment_size" CHECK ("size_bytes" IS NULL OR "size_bytes" >= 0), CONSTRAINT "PK_83cf68af3440b302b1d0d860b08" PRIMARY KEY ("id"))`,
      `CREATE TABLE "school_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "request_id" uuid NOT NULL, "received_on" date NOT NULL, "channel" text NOT NULL, "responded_by_contact_id" uuid, "outcome" text NOT NULL, "reasons" text array NOT NULL DEFAULT '{}', "summary" text NOT NULL DEFAULT '', "prior_written_notice" boolean NOT NULL DEFAULT false, "partial" boolean NOT NULL DEFAULT false, "recorded_by_user_id" uuid, CONSTRAINT "UQ_school_response_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_school_response_reasons" CHECK ("reasons" <@ ARRAY['LACK_OF_DATA', 'RESOURCES_STAFFING', 'PRECEDENT_OR_POLICY', 'PREDETERMINED', 'NOT_ELIGIBLE', 'OTHER']::text[]), CONSTRAINT "CHK_school_response_channel" CHECK ("channel" IN ('EMAIL', 'LETTER', 'HAND_DELIVERED', 'PORTAL', 'PHONE', 'IN_PERSON')), CONSTRAINT "CHK_school_response_outcome" CHECK ("outcome" IN ('GRANTED', 'PARTIALLY_GRANTED', 'DENIED', 'DEFERRED_NEEDS_DATA', 'NOT_AVAILABLE', 'MEETING_SCHEDULED', 'REFERRED_ELSEWHERE', 'OTHER')), CONSTRAINT "PK_ddefa9cb8ecc8225fca5cd51dcf" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_school_response_request" ON "school_response"  ("organization_id", "request_id", "received_on") `,
      `CREATE TABLE "commitment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, "request_id" uuid NOT NULL, "response_id" uuid NOT NULL, "description" text NOT NULL, "due_on" date NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "resolved_on" date, "data_what" text NOT NULL DEFAULT '', "data_how" text NOT NULL DEFAULT '', "meanwhile" text NOT NULL DEFAULT '', CONSTRAINT "UQ_commitment_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_commitment_status" CHECK ("status" IN ('OPEN', 'MET', 'MISSED')), CONSTRAINT "PK_7a0899978d100f72269b3045d7e" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_commitment_due" ON "commitment"  ("organization_id", "status", "due_on") `,
      `ALTER TABLE "written_request" ADD CONSTRAINT "FK_written_request_case" FOREIGN KEY ("case_id", "organization_id") REFERENCES "case_record"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "request_recipient" ADD CONSTRAINT "FK_request_recipient_request" FOREIGN KEY ("request_id", "organization_id") REFERENCES "written_request"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "request_recipient" ADD CONSTRAINT "FK_request_recipient_contact" FOREIGN KEY ("contact_id", "organization_id") REFERENCES "school_contact"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "request_attachment" ADD CONSTRAINT "FK_request_attachment_request" FOREIGN KEY ("request_id", "organization_id") REFERENCES "written_request"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "school_response" ADD CONSTRAINT "FK_school_response_request" FOREIGN KEY ("request_id", "organization_id") REFERENCES "written_request"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "school_response" ADD CONSTRAINT "FK_school_response_contact" FOREIGN KEY ("responded_by_contact_id", "organization_id") REFERENCES "school_contact"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "commitment" ADD CONSTRAINT "FK_commitment_request" FOREIGN KEY ("request_id", "organization_id") REFERENCES "written_request"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "commitment" ADD CONSTRAINT "FK_commitment_response" FOREIGN KEY ("response_id", "organization_id") REFERENCES "school_response"("id","organization_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,

      // Row-level security, the same for every tenant-owned table.
      ...TABLES.map((table) => `SELECT app_protect_tenant_table('${table}')`),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE "commitment" DROP CONSTRAINT "FK_commitment_response"`,
      `ALTER TABLE "commitment" DROP CONSTRAINT "FK_commitment_request"`,
      `ALTER TABLE "school_response" DROP CONSTRAINT "FK_school_response_contact"`,
      `ALTER TABLE "school_response" DROP CONSTRAINT "FK_school_response_request"`,
      `ALTER TABLE "request_attachment" DROP CONSTRAINT "FK_request_attachment_request"`,
      `ALTER TABLE "request_recipient" DROP CONSTRAINT "FK_request_recipient_contact"`,
      `ALTER TABLE "request_recipient" DROP CONSTRAINT "FK_request_recipient_request"`,
      `ALTER TABLE "written_request" DROP CONSTRAINT "FK_written_request_case"`,
      `DROP INDEX "public"."IDX_commitment_due"`,
      `DROP TABLE "commitment"`,
      `DROP INDEX "public"."IDX_school_response_request"`,
      `DROP TABLE "school_response"`,
      `DROP TABLE "request_attachment"`,
      `DROP TABLE "request_recipient"`,
      `DROP INDEX "public"."IDX_written_request_case"`,
      `DROP INDEX "public"."IDX_written_request_due"`,
      `DROP TABLE "written_request"`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}

const TABLES = [
  'written_request',
  'request_recipient',
  'request_attachment',
  'school_response',
  'commitment',
];
