import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Letters that say one thing (issue 20): a letter gives the student's date of birth and the
 * id number the school or district files the student under, where known — offices use them
 * to find the file.
 */
export class StudentSchoolId1796340000002 implements MigrationInterface {
  name = 'StudentSchoolId1796340000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "student" ADD "school_student_id" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "student" DROP COLUMN "school_student_id"`);
  }
}
