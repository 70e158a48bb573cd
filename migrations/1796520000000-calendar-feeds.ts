import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calendar feeds (README "Calendar feeds"): a member's private iCalendar address.
 *
 * `calendar_feed`: one row per address issued — whose (the membership), which kind (OWN: the
 * cases assigned to them; ORGANIZATION: every case, for admins), the sha256 of its token
 * (never the token) and when it was revoked. At most one live feed per member and kind. A
 * calendar app fetches the address with no session: the feed is found before its organization
 * is known through one named lookup that sees only the feed whose token hash is
 * `app.calendar_feed_hash` (set by CrossOrganizationAccess, purpose 'calendar-feed').
 * Removing a member removes their feeds.
 *
 * `organization_setting.feed_family_names`: how a feed names a family, INITIALS (the
 * default: a calendar is often shared or shown on a phone's lock screen) or FULL_NAME.
 */
export class CalendarFeeds1796520000000 implements MigrationInterface {
  name = 'CalendarFeeds1796520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE "calendar_feed" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "membership_id" uuid NOT NULL, "kind" text NOT NULL, "token_hash" text NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_calendar_feed_token_hash" UNIQUE ("token_hash"), CONSTRAINT "UQ_calendar_feed_organization_id" UNIQUE ("organization_id", "id"), CONSTRAINT "CHK_calendar_feed_kind" CHECK ("kind" IN ('OWN', 'ORGANIZATION')), CONSTRAINT "PK_24c0b9c80e4a4ac8752d854bc2e" PRIMARY KEY ("id"))`,
      // One live feed per member and kind: issuing another revokes the one before.
      `CREATE UNIQUE INDEX "IDX_calendar_feed_live" ON "calendar_feed" ("organization_id", "membership_id", "kind") WHERE "revoked_at" IS NULL`,
      `ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_calendar_feed_membership" FOREIGN KEY ("membership_id", "organization_id") REFERENCES "membership"("id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "organization_setting" ADD "feed_family_names" text NOT NULL DEFAULT 'INITIALS'`,
      `ALTER TABLE "organization_setting" ADD CONSTRAINT "CHK_organization_setting_feed_family_names" CHECK ("feed_family_names" IN ('INITIALS', 'FULL_NAME'))`,
      `SELECT app_protect_tenant_table('calendar_feed')`,
      `CREATE POLICY "calendar_feed_by_token" ON "calendar_feed" FOR SELECT
         USING ("token_hash" = app_setting('app.calendar_feed_hash'))`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE "organization_setting" DROP CONSTRAINT "CHK_organization_setting_feed_family_names"`,
      `ALTER TABLE "organization_setting" DROP COLUMN "feed_family_names"`,
      `DROP TABLE "calendar_feed"`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
