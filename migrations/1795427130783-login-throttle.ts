import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed-login counters for when the queue (and so the throttle) runs without Redis:
 * rate-limiter-flexible's PostgreSQL store. Keys are hashes; no person's data is kept.
 */
export class LoginThrottle1795427130783 implements MigrationInterface {
  name = 'LoginThrottle1795427130783';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "login_throttle" ("key" varchar(255) PRIMARY KEY, "points" integer NOT NULL DEFAULT 0, "expire" bigint)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "login_throttle"');
  }
}
