import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What funders ask about the people served (a child's race or ethnicity and disability
 * category, a parent's primary language, the family's county and ZIP code, each optional with
 * "declined to say"), and how much was done on a case for legal aid's case service report.
 */
export class Demographics1796450000000 implements MigrationInterface {
  name = 'Demographics1796450000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "family" ADD "county" text`);
    await queryRunner.query(`ALTER TABLE "family" ADD "postal_code" text`);
    await queryRunner.query(
      `ALTER TABLE "family" ADD "place_declined" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "guardian" ADD "primary_language" text`);
    await queryRunner.query(
      `ALTER TABLE "guardian" ADD "primary_language_declined" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "student" ADD "race_ethnicity" text`);
    await queryRunner.query(`ALTER TABLE "student" ADD "primary_disability" text`);
    await queryRunner.query(`ALTER TABLE "case_record" ADD "closing_reason" text`);
    await queryRunner.query(
      `ALTER TABLE "guardian" ADD CONSTRAINT "CHK_guardian_primary_language" CHECK (NOT ("primary_language_declined" AND "primary_language" IS NOT NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "student" ADD CONSTRAINT "CHK_student_primary_disability" CHECK ("primary_disability" IS NULL OR "primary_disability" IN ('AUTISM', 'DEAF_BLINDNESS', 'DEVELOPMENTAL_DELAY', 'EMOTIONAL_DISTURBANCE', 'HEARING_IMPAIRMENT', 'INTELLECTUAL_DISABILITY', 'MULTIPLE_DISABILITIES', 'ORTHOPEDIC_IMPAIRMENT', 'OTHER_HEALTH_IMPAIRMENT', 'SPECIFIC_LEARNING_DISABILITY', 'SPEECH_OR_LANGUAGE_IMPAIRMENT', 'TRAUMATIC_BRAIN_INJURY', 'VISUAL_IMPAIRMENT', 'NOT_IDENTIFIED', 'DECLINED_TO_STATE'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "student" ADD CONSTRAINT "CHK_student_race_ethnicity" CHECK ("race_ethnicity" IS NULL OR "race_ethnicity" IN ('AMERICAN_INDIAN_OR_ALASKA_NATIVE', 'ASIAN', 'BLACK_OR_AFRICAN_AMERICAN', 'HISPANIC_OR_LATINO', 'NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER', 'WHITE', 'TWO_OR_MORE_RACES', 'DECLINED_TO_STATE'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_record" ADD CONSTRAINT "CHK_case_record_closing_reason" CHECK ("closing_reason" IS NULL OR "closing_reason" IN ('COUNSEL_AND_ADVICE', 'LIMITED_ACTION', 'NEGOTIATED_WITHOUT_LITIGATION', 'NEGOTIATED_WITH_LITIGATION', 'AGENCY_DECISION', 'COURT_DECISION', 'EXTENSIVE_SERVICE', 'OTHER'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "case_record" DROP CONSTRAINT "CHK_case_record_closing_reason"`,
    );
    await queryRunner.query(`ALTER TABLE "student" DROP CONSTRAINT "CHK_student_race_ethnicity"`);
    await queryRunner.query(
      `ALTER TABLE "student" DROP CONSTRAINT "CHK_student_primary_disability"`,
    );
    await queryRunner.query(
      `ALTER TABLE "guardian" DROP CONSTRAINT "CHK_guardian_primary_language"`,
    );
    await queryRunner.query(`ALTER TABLE "case_record" DROP COLUMN "closing_reason"`);
    await queryRunner.query(`ALTER TABLE "student" DROP COLUMN "primary_disability"`);
    await queryRunner.query(`ALTER TABLE "student" DROP COLUMN "race_ethnicity"`);
    await queryRunner.query(`ALTER TABLE "guardian" DROP COLUMN "primary_language_declined"`);
    await queryRunner.query(`ALTER TABLE "guardian" DROP COLUMN "primary_language"`);
    await queryRunner.query(`ALTER TABLE "family" DROP COLUMN "place_declined"`);
    await queryRunner.query(`ALTER TABLE "family" DROP COLUMN "postal_code"`);
    await queryRunner.query(`ALTER TABLE "family" DROP COLUMN "county"`);
  }
}
