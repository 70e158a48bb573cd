import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trigger labels in each language the organization writes in (issue 20): an organization's
 * own observation tag ("Fire drills") gets its label in Spanish ("Simulacros de incendio"), so
 * a guardian logging a day in Spanish from the portal, or an advocate, may name it either way
 * and the entry stores the one label. `{"es": "…"}`; English is `label`.
 */
export class ObservationTagTranslations1796372000001 implements MigrationInterface {
  name = 'ObservationTagTranslations1796372000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "observation_tag" ADD "translations" jsonb NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "observation_tag" ADD CONSTRAINT "CHK_observation_tag_translations" CHECK (jsonb_typeof("translations") = 'object')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "observation_tag" DROP CONSTRAINT "CHK_observation_tag_translations"`,
    );
    await queryRunner.query(`ALTER TABLE "observation_tag" DROP COLUMN "translations"`);
  }
}
