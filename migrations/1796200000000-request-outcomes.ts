import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `request_outcome`: the outcome report's summary, one row per written request, holding what
 * the report would otherwise work out from five tables for every request each time (the
 * request's place, its first answer, its outcomes and reasons, its first follow-up and
 * whether the school answered within five school days of it).
 *
 * Triggers keep it honest without knowing how to compute it: every change that can alter a
 * row (the request, its responses, a follow-up sent, the student's school, the school's
 * district, a time zone, a non-school day) adds one to the row's `changes`. The row is
 * correct when `refreshed_changes` equals `changes`; the worker refreshes the others in the
 * background, and a report refreshes what is left in its organization before reading, so a
 * report is never stale (libs/reports/src/request-outcome.sql.ts computes the rows).
 *
 * The triggers run as the writer, inside the writer's organization (row-level security lets
 * nothing else write those tables), so they touch only that organization's rows.
 */
export class RequestOutcomes1796200000000 implements MigrationInterface {
  name = 'RequestOutcomes1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE "request_outcome" (
         "request_id" uuid NOT NULL,
         "organization_id" uuid NOT NULL,
         "case_id" uuid NOT NULL,
         "changes" integer NOT NULL DEFAULT 1,
         "refreshed_changes" integer NOT NULL DEFAULT 0,
         "refreshed_at" TIMESTAMP WITH TIME ZONE,
         "school_id" uuid,
         "district_id" uuid,
         "type" text,
         "status" text,
         "archived" boolean,
         "sent_on" date,
         "received_on" date,
         "due_on" date,
         "due_at" TIMESTAMP WITH TIME ZONE,
         "first_response_on" date,
         "deferred_responses" integer,
         "outcomes" text[],
         "reasons" text[],
         "followed_up_on" date,
         "answered_after_follow_up_on" date,
         "answered_within_five_school_days" boolean,
         CONSTRAINT "PK_request_outcome" PRIMARY KEY ("request_id"),
         CONSTRAINT "FK_request_outcome_request" FOREIGN KEY ("request_id", "organization_id")
           REFERENCES "written_request"("id", "organization_id") ON DELETE CASCADE)`,
      // What the report reads: one organization's sent requests over a range.
      `CREATE INDEX "IDX_request_outcome_sent" ON "request_outcome" ("organization_id", "sent_on")`,
      `CREATE INDEX "IDX_request_outcome_stale" ON "request_outcome" ("organization_id")
         WHERE "changes" <> "refreshed_changes"`,
      `CREATE INDEX "IDX_request_outcome_case" ON "request_outcome" ("organization_id", "case_id")`,
      `CREATE INDEX "IDX_request_outcome_school" ON "request_outcome" ("organization_id", "school_id")`,
      `CREATE INDEX "IDX_request_outcome_followed" ON "request_outcome" ("organization_id", "district_id", "followed_up_on")
         WHERE "followed_up_on" IS NOT NULL`,

      `CREATE FUNCTION request_outcome_changed(organization uuid, request uuid) RETURNS void
         LANGUAGE sql AS $$
           UPDATE request_outcome SET changes = changes + 1
            WHERE organization_id = organization AND request_id = request
         $$`,
      `CREATE FUNCTION request_outcome_track_request() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF TG_OP = 'INSERT' THEN
             INSERT INTO request_outcome (request_id, organization_id, case_id)
             VALUES (NEW.id, NEW.organization_id, NEW.case_id);
           ELSE
             PERFORM request_outcome_changed(NEW.organization_id, NEW.id);
           END IF;
           RETURN NULL;
         END $$`,
      `CREATE TRIGGER "TRG_request_outcome_request" AFTER INSERT OR UPDATE ON "written_request"
         FOR EACH ROW EXECUTE FUNCTION request_outcome_track_request()`,

      `CREATE FUNCTION request_outcome_track_child() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF TG_OP <> 'INSERT' THEN
             PERFORM request_outcome_changed(OLD.organization_id, OLD.request_id);
           END IF;
           IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.request_id IS DISTINCT FROM OLD.request_id) THEN
             PERFORM request_outcome_changed(NEW.organization_id, NEW.request_id);
           END IF;
           RETURN NULL;
         END $$`,
      `CREATE TRIGGER "TRG_request_outcome_response" AFTER INSERT OR UPDATE OR DELETE ON "school_response"
         FOR EACH ROW EXECUTE FUNCTION request_outcome_track_child()`,
      // Only a follow-up to the school going out (or its record of that changing) matters to
      // the report: other kinds, and the many other changes of a status, leave it alone.
      `CREATE TRIGGER "TRG_request_outcome_follow_up_sent" AFTER INSERT ON "follow_up"
         FOR EACH ROW WHEN (NEW.request_id IS NOT NULL AND NEW.status = 'SENT'
                            AND NEW.kind IN ('SCHOOL_FOLLOW_UP', 'ESCALATION'))
         EXECUTE FUNCTION request_outcome_track_child()`,
      `CREATE TRIGGER "TRG_request_outcome_follow_up_changed" AFTER UPDATE ON "follow_up"
         FOR EACH ROW WHEN ((OLD.status = 'SENT' OR NEW.status = 'SENT')
                            AND NEW.kind IN ('SCHOOL_FOLLOW_UP', 'ESCALATION')
                            AND (OLD.status IS DISTINCT FROM NEW.status
                                 OR OLD.sent_at IS DISTINCT FROM NEW.sent_at
                                 OR OLD.request_id IS DISTINCT FROM NEW.request_id
                                 OR OLD.commitment_id IS DISTINCT FROM NEW.commitment_id))
         EXECUTE FUNCTION request_outcome_track_child()`,
      `CREATE TRIGGER "TRG_request_outcome_follow_up_deleted" AFTER DELETE ON "follow_up"
         FOR EACH ROW WHEN (OLD.request_id IS NOT NULL AND OLD.status = 'SENT'
                            AND OLD.kind IN ('SCHOOL_FOLLOW_UP', 'ESCALATION'))
         EXECUTE FUNCTION request_outcome_track_child()`,

      // A request's place is its student's school now, and that school's district.
      `CREATE FUNCTION request_outcome_track_student() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           UPDATE request_outcome o SET changes = o.changes + 1
             FROM case_record c
            WHERE c.organization_id = NEW.organization_id AND c.student_id = NEW.id
              AND o.organization_id = NEW.organization_id AND o.case_id = c.id;
           RETURN NULL;
         END $$`,
      `CREATE TRIGGER "TRG_request_outcome_student" AFTER UPDATE OF "school_id" ON "student"
         FOR EACH ROW WHEN (OLD.school_id IS DISTINCT FROM NEW.school_id)
         EXECUTE FUNCTION request_outcome_track_student()`,
      `CREATE FUNCTION request_outcome_track_school() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           UPDATE request_outcome SET changes = changes + 1
            WHERE organization_id = NEW.organization_id AND school_id = NEW.id;
           RETURN NULL;
         END $$`,
      `CREATE TRIGGER "TRG_request_outcome_school" AFTER UPDATE OF "district_id" ON "school"
         FOR EACH ROW WHEN (OLD.district_id IS DISTINCT FROM NEW.district_id)
         EXECUTE FUNCTION request_outcome_track_school()`,

      // The day a follow-up went out is a day in the district's (or, without a school, the
      // organization's) time zone.
      `CREATE FUNCTION request_outcome_track_time_zone() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF TG_TABLE_NAME = 'district' THEN
             UPDATE request_outcome SET changes = changes + 1
              WHERE organization_id = NEW.organization_id AND district_id = NEW.id
                AND followed_up_on IS NOT NULL;
           ELSE
             UPDATE request_outcome SET changes = changes + 1
              WHERE organization_id = NEW.id AND district_id IS NULL AND followed_up_on IS NOT NULL;
           END IF;
           RETURN NULL;
         END $$`,
      `CREATE TRIGGER "TRG_request_outcome_district_time_zone" AFTER UPDATE OF "time_zone" ON "district"
         FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone)
         EXECUTE FUNCTION request_outcome_track_time_zone()`,
      `CREATE TRIGGER "TRG_request_outcome_organization_time_zone" AFTER UPDATE OF "time_zone" ON "organization"
         FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone)
         EXECUTE FUNCTION request_outcome_track_time_zone()`,

      // A non-school day counts for the requests whose wait for an answer after a follow-up
      // spans it: those followed up before it and answered on it or later.
      `CREATE FUNCTION request_outcome_calendar_changed(organization uuid, district uuid, first_day date, last_day date)
         RETURNS void LANGUAGE sql AS $$
           UPDATE request_outcome SET changes = changes + 1
            WHERE organization_id = organization AND district_id = district
              AND followed_up_on IS NOT NULL AND followed_up_on < last_day
              AND answered_after_follow_up_on >= first_day
         $$`,
      `CREATE FUNCTION request_outcome_track_non_school_day() RETURNS trigger LANGUAGE plpgsql AS $$
         DECLARE
           day record;
         BEGIN
           FOR day IN SELECT y.district_id, d.organization_id, d.date
                        FROM (SELECT OLD.organization_id, OLD.school_year_id, OLD.date WHERE TG_OP <> 'INSERT'
                              UNION ALL
                              SELECT NEW.organization_id, NEW.school_year_id, NEW.date WHERE TG_OP <> 'DELETE')
                             AS d (organization_id, school_year_id, date)
                        JOIN school_year y ON y.organization_id = d.organization_id AND y.id = d.school_year_id
           LOOP
             PERFORM request_outcome_calendar_changed(day.organization_id, day.district_id, day.date, day.date);
           END LOOP;
           RETURN NULL;
         END $$`,
      `CREATE TRIGGER "TRG_request_outcome_non_school_day" AFTER INSERT OR UPDATE OR DELETE ON "non_school_day"
         FOR EACH ROW EXECUTE FUNCTION request_outcome_track_non_school_day()`,
      // A school year deleted takes its non-school days with it (after it is gone, so they can
      // no longer name its district): its whole span counts as changed.
      `CREATE FUNCTION request_outcome_track_school_year() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           PERFORM request_outcome_calendar_changed(OLD.organization_id, OLD.district_id, OLD.first_day, OLD.last_day);
           IF TG_OP = 'UPDATE' THEN
             PERFORM request_outcome_calendar_changed(NEW.organization_id, NEW.district_id, NEW.first_day, NEW.last_day);
           END IF;
           RETURN NULL;
         END $$`,
      `CREATE TRIGGER "TRG_request_outcome_school_year" AFTER UPDATE OF "district_id" OR DELETE ON "school_year"
         FOR EACH ROW EXECUTE FUNCTION request_outcome_track_school_year()`,

      // Every request there is, to be computed (by the worker, or the first report). Migrations
      // run as the tables' owner, whom row-level security binds too: it steps aside for this
      // one statement, inside the migration's transaction.
      `ALTER TABLE "written_request" NO FORCE ROW LEVEL SECURITY`,
      `INSERT INTO request_outcome (request_id, organization_id, case_id)
       SELECT id, organization_id, case_id FROM written_request`,
      `ALTER TABLE "written_request" FORCE ROW LEVEL SECURITY`,
      `SELECT app_protect_tenant_table('request_outcome')`,
      // The worker finds the organizations with rows to refresh through one named lookup
      // (`app.sweep` = 'request-outcomes', set only by CrossOrganizationAccess for the purpose
      // 'request-outcome-refresh'): readable everywhere, never writable. It refreshes each
      // organization inside that organization.
      `CREATE POLICY "request_outcome_sweep" ON "request_outcome" FOR SELECT
         USING (app_setting('app.sweep') = 'request-outcomes')`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP TRIGGER "TRG_request_outcome_school_year" ON "school_year"`,
      `DROP TRIGGER "TRG_request_outcome_non_school_day" ON "non_school_day"`,
      `DROP TRIGGER "TRG_request_outcome_organization_time_zone" ON "organization"`,
      `DROP TRIGGER "TRG_request_outcome_district_time_zone" ON "district"`,
      `DROP TRIGGER "TRG_request_outcome_school" ON "school"`,
      `DROP TRIGGER "TRG_request_outcome_student" ON "student"`,
      `DROP TRIGGER "TRG_request_outcome_follow_up_deleted" ON "follow_up"`,
      `DROP TRIGGER "TRG_request_outcome_follow_up_changed" ON "follow_up"`,
      `DROP TRIGGER "TRG_request_outcome_follow_up_sent" ON "follow_up"`,
      `DROP TRIGGER "TRG_request_outcome_response" ON "school_response"`,
      `DROP TRIGGER "TRG_request_outcome_request" ON "written_request"`,
      `DROP FUNCTION request_outcome_track_school_year()`,
      `DROP FUNCTION request_outcome_track_non_school_day()`,
      `DROP FUNCTION request_outcome_calendar_changed(uuid, uuid, date, date)`,
      `DROP FUNCTION request_outcome_track_time_zone()`,
      `DROP FUNCTION request_outcome_track_school()`,
      `DROP FUNCTION request_outcome_track_student()`,
      `DROP FUNCTION request_outcome_track_child()`,
      `DROP FUNCTION request_outcome_track_request()`,
      `DROP FUNCTION request_outcome_changed(uuid, uuid)`,
      `DROP POLICY "request_outcome_sweep" ON "request_outcome"`,
      `DROP TABLE "request_outcome"`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
