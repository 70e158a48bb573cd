import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A stall is not an answer (issue 20): the outcome report's summary (`request_outcome`,
 * migration 1796200000000) keeps, beside a request's first response, the first response that
 * answered it (`discharged_on`: not "we need more data", not a no without Prior Written
 * Notice where one is owed) and, while none has, the kind of stall on file (`stall`:
 * DEFERRED or REFUSED_WITHOUT_PWN, from the latest response). The report counts a request
 * answered on time only by `discharged_on`.
 *
 * The existing triggers already mark a row changed whenever a response (its outcome, its
 * notice) or the request (its type) changes; every row is marked here so the worker (or the
 * first report) computes the new columns.
 */
export class RequestOutcomeStalls1796340000000 implements MigrationInterface {
  name = 'RequestOutcomeStalls1796340000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "request_outcome" ADD "discharged_on" date, ADD "stall" text,
         ADD CONSTRAINT "CHK_request_outcome_stall" CHECK ("stall" IN ('DEFERRED', 'REFUSED_WITHOUT_PWN'))`,
    );
    // Migrations run as the tables' owner, whom row-level security binds too: it steps aside
    // for this one statement, inside the migration's transaction.
    await queryRunner.query(`ALTER TABLE "request_outcome" NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`UPDATE "request_outcome" SET "changes" = "changes" + 1`);
    await queryRunner.query(`ALTER TABLE "request_outcome" FORCE ROW LEVEL SECURITY`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "request_outcome" DROP CONSTRAINT "CHK_request_outcome_stall", DROP COLUMN "stall", DROP COLUMN "discharged_on"`,
    );
  }
}
