import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organization's letterhead, printed on letters downloaded as PDF: a postal address (a few
 * lines), a phone and an email, each empty until an admin gives it.
 */
export class Letterhead1796560000000 implements MigrationInterface {
  name = 'Letterhead1796560000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organization_setting" ADD "letterhead_address" text NOT NULL DEFAULT ''`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_setting" ADD "letterhead_phone" text NOT NULL DEFAULT ''`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_setting" ADD "letterhead_email" text NOT NULL DEFAULT ''`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization_setting" DROP COLUMN "letterhead_email"`);
    await queryRunner.query(`ALTER TABLE "organization_setting" DROP COLUMN "letterhead_phone"`);
    await queryRunner.query(`ALTER TABLE "organization_setting" DROP COLUMN "letterhead_address"`);
  }
}
