import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dates set by hand are not the law (issue 20), in the outcome reports too: the report
 * summary (`request_outcome`, migration 1796200000000) keeps, beside the due day in force
 * (`due_on`: the day an advocate typed, when one did), whether it was set by hand, the day the
 * rule itself gives (`rule_due_on`), where the rule's authority comes from (`rule_basis`:
 * RULE, ORGANIZATION_RULE, ORGANIZATION_DEFAULT, NO_FIXED_PERIOD, NO_RULE) and its citation.
 * An analyst can then tell a hand-set deadline from a statutory one, request by request
 * (`outcomeReportRequests`, requests.csv) and in the figures (`deadlines.setByHand`).
 *
 * Setting or clearing a date by hand updates the request, which the existing trigger counts;
 * every row is marked here so the worker (or the first report) computes the new columns.
 */
export class RequestOutcomeDeadlineBasis1796372000002 implements MigrationInterface {
  name = 'RequestOutcomeDeadlineBasis1796372000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "request_outcome" ADD "due_set_by_hand" boolean, ADD "rule_due_on" date,
         ADD "rule_basis" text, ADD "rule_citation" text`,
    );
    // Migrations run as the tables' owner, whom row-level security binds too: it steps aside
    // for this one statement, inside the migration's transaction.
    await queryRunner.query(`ALTER TABLE "request_outcome" NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`UPDATE "request_outcome" SET "changes" = "changes" + 1`);
    await queryRunner.query(`ALTER TABLE "request_outcome" FORCE ROW LEVEL SECURITY`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "request_outcome" DROP COLUMN "rule_citation", DROP COLUMN "rule_basis",
         DROP COLUMN "rule_due_on", DROP COLUMN "due_set_by_hand"`,
    );
  }
}
