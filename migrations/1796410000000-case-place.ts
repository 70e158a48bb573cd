import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `case_place`: where a case is — its student's school, that school's district, and the time
 * zone its days are counted in (the district's, else the organization's). The deadline
 * engine, the follow-up planner and sender, meetings, the school-contact checks and the
 * outcome report all ask this; the view is the one place the joins are written.
 *
 * `security_invoker`: the view reads as the user who queries it, so row-level security of
 * the tables beneath applies (a view otherwise reads as its owner, who bypasses it). Each
 * join also matches `organization_id`, so a report filtering on the organization reaches
 * every table through its (organization_id, id) index.
 */
export class CasePlace1796410000000 implements MigrationInterface {
  name = 'CasePlace1796410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW "case_place" WITH (security_invoker = true) AS
      SELECT c.organization_id,
             c.id AS case_id,
             c.student_id,
             c.family_id,
             sc.id AS school_id,
             sc.name AS school_name,
             d.id AS district_id,
             d.name AS district_name,
             d.state AS jurisdiction,
             coalesce(d.time_zone, o.time_zone) AS time_zone,
             o.time_zone AS organization_time_zone
        FROM case_record c
        JOIN organization o ON o.id = c.organization_id
        JOIN student s ON s.organization_id = c.organization_id AND s.id = c.student_id
        LEFT JOIN school sc ON sc.organization_id = c.organization_id AND sc.id = s.school_id
        LEFT JOIN district d ON d.organization_id = c.organization_id AND d.id = sc.district_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "case_place"`);
  }
}
