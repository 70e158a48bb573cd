import { Client } from 'pg';
import { POSTGRES_QUEUE_SCHEMA } from '@onrecord/platform/config';
import { describePostgresUrl } from './connection-check';

export interface RoleCredentials {
  name: string;
  password: string;
}

export interface ProvisionPlan {
  /** A connection with the right to create roles and databases (a superuser, locally). */
  adminUrl: string;
  database: string;
  /** Owns the schema and runs migrations. */
  owner: RoleCredentials;
  /** What the api and worker connect as: owns nothing, not superuser, no BYPASSRLS. */
  app: RoleCredentials;
}

export interface ProvisionedUrls {
  ownerUrl: string;
  appUrl: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

function ident(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not a safe PostgreSQL identifier: ${name}`);
  return `"${name}"`;
}

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function withDatabase(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function urlFor(baseUrl: string, role: RoleCredentials, database: string): string {
  const url = new URL(baseUrl);
  url.username = role.name;
  url.password = role.password;
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Creates (or brings up to date) the database and the two roles OnRecord needs.
 * Idempotent: a second run changes nothing but the passwords, which it re-sets.
 *
 * Grants follow one rule: the app role may read and write rows in tables the owner creates,
 * and nothing else. Migrations that need a stricter rule for a table (the audit log)
 * revoke it there.
 */
export async function provisionDatabase(plan: ProvisionPlan): Promise<ProvisionedUrls> {
  const owner = ident(plan.owner.name);
  const app = ident(plan.app.name);
  const admin = new Client({ connectionString: plan.adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `cannot connect to PostgreSQL at ${describePostgresUrl(plan.adminUrl)}: ${(error as Error).message}`,
    );
  }
  try {
    const rights = await admin.query<{
      rolsuper: boolean;
      rolcreaterole: boolean;
      rolcreatedb: boolean;
    }>('SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user');
    const me = rights.rows[0];
    if (!me || !(me.rolsuper || (me.rolcreaterole && me.rolcreatedb))) {
      throw new Error(
        `the user of ${describePostgresUrl(plan.adminUrl)} cannot create roles and databases; ` +
          'use a superuser URL, or create the roles yourself (see README, "Production start")',
      );
    }
    for (const role of [plan.owner, plan.app]) {
      const exists = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role.name]);
      const verb = exists.rowCount ? 'ALTER' : 'CREATE';
      await admin.query(
        `${verb} ROLE ${ident(role.name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION PASSWORD ${literal(role.password)}`,
      );
    }
    const dbExists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      plan.database,
    ]);
    if (!dbExists.rowCount) {
      // A superuser who is not a member of the owner role cannot hand it a database otherwise.
      if (!me.rolsuper) await admin.query(`GRANT ${owner} TO current_user`);
      await admin.query(
        `CREATE DATABASE ${ident(plan.database)} OWNER ${owner} ENCODING 'UTF8' TEMPLATE template0`,
      );
    }
  } finally {
    await admin.end();
  }

  const inDatabase = new Client({
    connectionString: withDatabase(plan.adminUrl, plan.database),
    connectionTimeoutMillis: 5000,
  });
  await inDatabase.connect();
  try {
    const statements = [
      `REVOKE ALL ON DATABASE ${ident(plan.database)} FROM PUBLIC`,
      `GRANT CONNECT, TEMPORARY ON DATABASE ${ident(plan.database)} TO ${app}`,
      `ALTER SCHEMA public OWNER TO ${owner}`,
      `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
      `GRANT USAGE ON SCHEMA public TO ${app}`,
      `CREATE SCHEMA IF NOT EXISTS ${ident(POSTGRES_QUEUE_SCHEMA)} AUTHORIZATION ${owner}`,
      `GRANT USAGE ON SCHEMA ${ident(POSTGRES_QUEUE_SCHEMA)} TO ${app}`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} GRANT USAGE, SELECT ON SEQUENCES TO ${app}`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} GRANT EXECUTE ON FUNCTIONS TO ${app}`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} GRANT USAGE ON TYPES TO ${app}`,
      // Objects that existed before the default privileges (a re-run after a manual change).
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${ident(POSTGRES_QUEUE_SCHEMA)} TO ${app}`,
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${ident(POSTGRES_QUEUE_SCHEMA)} TO ${app}`,
      `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${ident(POSTGRES_QUEUE_SCHEMA)} TO ${app}`,
    ];
    for (const statement of statements) await inDatabase.query(statement);
  } finally {
    await inDatabase.end();
  }
  return {
    ownerUrl: urlFor(plan.adminUrl, plan.owner, plan.database),
    appUrl: urlFor(plan.adminUrl, plan.app, plan.database),
  };
}
