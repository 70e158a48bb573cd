import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each member last signed in to the organization (with a password, or with an emailed
 * sign-in link), for the admin's Members page. A refresh token says whether it came from a
 * sign-in link, so trading that link for a session counts as signing in and an ordinary
 * refresh does not. Written by the sign-in path in the member's organization, under the
 * existing membership policies.
 */
export class MemberSignIns1796394200000 implements MigrationInterface {
  name = 'MemberSignIns1796394200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "membership" ADD "last_signed_in_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD "sign_in_link" boolean NOT NULL DEFAULT false`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP COLUMN "sign_in_link"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP COLUMN "last_signed_in_at"`);
  }
}
