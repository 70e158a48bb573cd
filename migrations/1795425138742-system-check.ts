import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SystemCheck1795425138742 implements MigrationInterface {
  name = 'SystemCheck1795425138742';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "system_check" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "completed_at" TIMESTAMP WITH TIME ZONE,
        "completed_by" text,
        CONSTRAINT "PK_system_check" PRIMARY KEY ("id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "system_check"');
  }
}
