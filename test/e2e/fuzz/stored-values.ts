import { superuserQuery } from '@onrecord/platform/database/testing';

/**
 * What the fuzz test reads back: every row of every table, looked at as the database holds
 * it (so nothing the API shapes on the way out hides a bad value). Driven by the catalog, so
 * new tables and columns are covered without a list.
 */

export interface BadStoredValue {
  table: string;
  column: string;
  rule: string;
  rows: number;
}

const TEXT_TYPES = ['text', 'character varying', 'citext'];
const TIME_TYPES = ['date', 'timestamp with time zone', 'timestamp without time zone'];

/** Columns that hold a name a person reads: never empty or only spaces. */
const NAME_COLUMN = /(^|_)(name|label|title|subject)$/;

interface Column {
  table: string;
  column: string;
  type: string;
}

/**
 * Stored values that break the rules every input obeys: a name that is blank, a date or
 * instant outside 1900-01-01 .. 2200-12-31, a text of 100,000 characters or more (the fuzz
 * test's long string got in whole: the field has no length limit). NUL needs no look: a
 * PostgreSQL text cannot hold it.
 */
export async function badStoredValues(adminUrl: string): Promise<BadStoredValue[]> {
  const columns = await superuserQuery<{ table_name: string; column_name: string; type: string }>(
    adminUrl,
    `SELECT c.table_name, c.column_name,
            CASE WHEN c.data_type = 'USER-DEFINED' THEN c.udt_name ELSE c.data_type END AS type
       FROM information_schema.columns c
       JOIN information_schema.tables t
         ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND c.table_name NOT IN ('migrations', 'typeorm_metadata')`,
  );
  const checks: Array<{ column: Column; rule: string; where: string }> = [];
  for (const row of columns) {
    const column = { table: row.table_name, column: row.column_name, type: row.type };
    const name = `"${column.column}"`;
    if (TEXT_TYPES.includes(column.type)) {
      checks.push({
        column,
        rule: '100,000 characters or more',
        where: `length(${name}) >= 100000`,
      });
      if (NAME_COLUMN.test(column.column)) {
        checks.push({ column, rule: 'blank name', where: `btrim(${name}) = ''` });
      }
    }
    if (TIME_TYPES.includes(column.type)) {
      checks.push({
        column,
        rule: 'outside 1900-01-01 .. 2200-12-31',
        where: `(${name} < '1900-01-01' OR ${name} >= '2201-01-01')`,
      });
    }
  }
  if (checks.length === 0) return [];
  // One statement for all checks: a count per check.
  const counts = await superuserQuery<{ i: number; n: string }>(
    adminUrl,
    checks
      .map(
        (check, i) =>
          `SELECT ${i} AS i, count(*) AS n FROM "${check.column.table}" WHERE ${check.where}`,
      )
      .join(' UNION ALL '),
  );
  return counts
    .filter((count) => Number(count.n) > 0)
    .map((count) => {
      const check = checks[count.i]!;
      return {
        table: check.column.table,
        column: check.column.column,
        rule: check.rule,
        rows: Number(count.n),
      };
    });
}
