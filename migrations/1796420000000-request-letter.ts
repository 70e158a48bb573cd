import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Requests emailed by OnRecord. `written_request.sent_from_onrecord` (and `copy_guardians`):
 * the request went out from OnRecord, not from the advocate's mailbox. The email itself is a
 * follow-up of the new kind REQUEST_LETTER, so it is sent at most once by the worker, and a
 * failure is retried or sent to another contact like any follow-up.
 */
export class RequestLetter1796420000000 implements MigrationInterface {
  name = 'RequestLetter1796420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const kinds = `'ADVOCATE_REMINDER', 'SCHOOL_FOLLOW_UP', 'ESCALATION', 'GUARDIAN_UPDATE', 'GUARDIAN_OVERDUE', 'GUARDIAN_ANSWERED', 'REQUEST_LETTER'`;
    for (const statement of [
      `ALTER TABLE "written_request" ADD "sent_from_onrecord" boolean NOT NULL DEFAULT false`,
      `ALTER TABLE "written_request" ADD "copy_guardians" boolean NOT NULL DEFAULT false`,
      `ALTER TABLE "follow_up" DROP CONSTRAINT "CHK_follow_up_kind"`,
      `ALTER TABLE "follow_up" ADD CONSTRAINT "CHK_follow_up_kind" CHECK ("kind" IN (${kinds}))`,
    ])
      await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const kinds = `'ADVOCATE_REMINDER', 'SCHOOL_FOLLOW_UP', 'ESCALATION', 'GUARDIAN_UPDATE', 'GUARDIAN_OVERDUE', 'GUARDIAN_ANSWERED'`;
    for (const statement of [
      `DELETE FROM "follow_up" WHERE "kind" = 'REQUEST_LETTER'`,
      `ALTER TABLE "follow_up" DROP CONSTRAINT "CHK_follow_up_kind"`,
      `ALTER TABLE "follow_up" ADD CONSTRAINT "CHK_follow_up_kind" CHECK ("kind" IN (${kinds}))`,
      `ALTER TABLE "written_request" DROP COLUMN "copy_guardians"`,
      `ALTER TABLE "written_request" DROP COLUMN "sent_from_onrecord"`,
    ])
      await queryRunner.query(statement);
  }
}
