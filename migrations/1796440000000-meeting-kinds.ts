import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'IEP', 'SECTION_504', 'REINTEGRATION_PLANNING', 'OTHER'`;
const AFTER = `${BEFORE}, 'IFSP', 'ELIGIBILITY', 'FACILITATED_IEP', 'MANIFESTATION_DETERMINATION', 'RESOLUTION_SESSION', 'MEDIATION', 'DUE_PROCESS_HEARING', 'ATTENDANCE_REVIEW'`;

/**
 * The kinds of meeting advocates attend and funder reports count apart: IFSP, eligibility,
 * facilitated IEP, manifestation determination, resolution session, mediation, due process
 * hearing and attendance review (SART/SARB), beside IEP, 504, reintegration planning and
 * other.
 */
export class MeetingKinds1796440000000 implements MigrationInterface {
  name = 'MeetingKinds1796440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "CHK_meeting_kind"`);
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "CHK_meeting_kind" CHECK ("kind" IN (${AFTER}))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Meetings of the new kinds become OTHER: kept, not lost.
    await queryRunner.query(
      `UPDATE "meeting" SET "kind" = 'OTHER' WHERE "kind" NOT IN (${BEFORE})`,
    );
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "CHK_meeting_kind"`);
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "CHK_meeting_kind" CHECK ("kind" IN (${BEFORE}))`,
    );
  }
}
