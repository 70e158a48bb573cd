import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-up confirms the address before anything is created: `sign_up_request` holds a
 * sign-up until the emailed link is opened (for a day at most). It belongs to no
 * organization; the application role sees a row only by its token's hash
 * (app.sign_up_token_hash) or by its address (app.login_email, set by the sign-up path to
 * create one and, once confirmed, to delete the address's other requests).
 */
export class SignUpConfirmation1796380000000 implements MigrationInterface {
  name = 'SignUpConfirmation1796380000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE "sign_up_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "organization_name" text NOT NULL, "time_zone" text NOT NULL, "home_state" character(2) NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_sign_up_request_token_hash" UNIQUE ("token_hash"), CONSTRAINT "CHK_sign_up_request_lifetime" CHECK ("expires_at" <= "created_at" + interval '1 day'), CONSTRAINT "PK_sign_up_request" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_sign_up_request_email" ON "sign_up_request" (lower("email"))`,
      `ALTER TABLE "sign_up_request" ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE "sign_up_request" FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY "sign_up_request_by_email" ON "sign_up_request" FOR ALL
         USING (lower("email") = lower(app_setting('app.login_email')))
         WITH CHECK (lower("email") = lower(app_setting('app.login_email')))`,
      `CREATE POLICY "sign_up_request_by_token" ON "sign_up_request" FOR SELECT
         USING ("token_hash" = app_setting('app.sign_up_token_hash'))`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sign_up_request"`);
  }
}
