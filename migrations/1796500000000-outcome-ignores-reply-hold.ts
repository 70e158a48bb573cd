import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The report summary (request_outcome) is marked stale by every change to a written request.
 * A reply waiting to be classified changes only `reply_waiting_since`, which no report reads:
 * marking the summary stale for it made the worker refresh a request's outcome for every
 * first reply (2,000 refreshes in `npm run bench:inbound`) and made the report say it was
 * less fresh than it was. The update trigger now skips a change of that column alone; an
 * insert is tracked as before.
 */
export class OutcomeIgnoresReplyHold1796500000000 implements MigrationInterface {
  name = 'OutcomeIgnoresReplyHold1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `DROP TRIGGER "TRG_request_outcome_request" ON "written_request"`,
      `CREATE TRIGGER "TRG_request_outcome_request" AFTER INSERT ON "written_request"
         FOR EACH ROW EXECUTE FUNCTION request_outcome_track_request()`,
      // Evaluated before the function is called: a hold's bookkeeping costs no PL/pgSQL call.
      `CREATE TRIGGER "TRG_request_outcome_request_update" AFTER UPDATE ON "written_request"
         FOR EACH ROW
         WHEN ((to_jsonb(OLD) - 'reply_waiting_since') IS DISTINCT FROM
               (to_jsonb(NEW) - 'reply_waiting_since'))
         EXECUTE FUNCTION request_outcome_track_request()`,
    ])
      await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `DROP TRIGGER "TRG_request_outcome_request_update" ON "written_request"`,
      `DROP TRIGGER "TRG_request_outcome_request" ON "written_request"`,
      `CREATE TRIGGER "TRG_request_outcome_request" AFTER INSERT OR UPDATE ON "written_request"
         FOR EACH ROW EXECUTE FUNCTION request_outcome_track_request()`,
    ])
      await queryRunner.query(statement);
  }
}
