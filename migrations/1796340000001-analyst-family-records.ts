import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who may read what (issue 20): analysts read reports and aggregate figures, not family
 * records, unless an admin grants them (`setFamilyRecordsAccess`). The grant lives on the
 * membership, which the access guard re-reads on every request.
 */
export class AnalystFamilyRecords1796340000001 implements MigrationInterface {
  name = 'AnalystFamilyRecords1796340000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "membership" ADD "reads_family_records" boolean NOT NULL DEFAULT false`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "membership" DROP COLUMN "reads_family_records"`);
  }
}
