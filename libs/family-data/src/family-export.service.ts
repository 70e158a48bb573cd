import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import { notFound } from '@onrecord/platform/errors';
import { familyDeadlines } from './family-deadlines';
import {
  FAMILY_RECORD_IDS,
  FAMILY_TABLES,
  familyParameters,
  GUARDIAN_EMAILS,
} from './family-records';

export type ExportRow = Record<string, unknown>;

/** The export's one file that is not a table as stored: written_request's deadlines in words. */
export const DEADLINES_TABLE = 'written_request_deadline';

/** Everything the organization holds about one family, table by table. */
export interface FamilyRecords {
  familyId: string;
  householdName: string;
  /** Guardians' addresses, lower-cased. */
  emails: string[];
  /** Ids of every record of the family (for their audit events). */
  recordIds: string[];
  guardianIds: string[];
  tables: Record<string, ExportRow[]>;
}

/**
 * Reads a family's records for the export (and the ids the erasure needs), through the map
 * in family-records.ts, in the caller's organization. Secrets (token hashes) are left out.
 */
@Injectable()
export class FamilyRecordsReader {
  async read(scope: DataScope, familyId: string): Promise<FamilyRecords> {
    const [family] = (await scope.manager.query(`SELECT household_name FROM family WHERE id = $1`, [
      familyId,
    ])) as Array<{ household_name: string }>;
    if (!family) throw notFound('Family');
    const [{ emails }] = (await scope.manager.query(GUARDIAN_EMAILS, [familyId])) as Array<{
      emails: string[];
    }>;
    const tables: Record<string, ExportRow[]> = {};
    for (const { table, where, secret = [] } of FAMILY_TABLES) {
      const sql = `SELECT * FROM "${table}" WHERE ${where} ORDER BY id`;
      const rows = (await scope.manager.query(
        sql,
        familyParameters(sql, familyId, emails),
      )) as ExportRow[];
      tables[table] = rows.map((row) =>
        Object.fromEntries(
          Object.entries(row)
            .filter(([column]) => !secret.includes(column))
            // Bytes (a captured reply as received, an attachment) as base64 text: JSON and
            // CSV hold text, and base64 gives back the exact bytes.
            .map(([column, value]) => [
              column,
              Buffer.isBuffer(value) ? value.toString('base64') : value,
            ]),
        ),
      );
    }
    const ids = (await scope.manager.query(
      FAMILY_RECORD_IDS,
      familyParameters(FAMILY_RECORD_IDS, familyId, emails),
    )) as Array<{ id: string }>;
    const recordIds = ids.map(({ id }) => id);
    // Not a table: the requests' deadlines in words, a date set by hand said to be so.
    tables[DEADLINES_TABLE] = await familyDeadlines(scope, familyId);
    const guardianIds = (tables['guardian'] ?? []).map((row) => String(row['id']));
    tables['audit_event'] = (await scope.manager.query(
      `SELECT * FROM audit_event WHERE entity_id = ANY($1::text[]) OR actor_guardian_id = ANY($2::uuid[])
        ORDER BY occurred_at, id`,
      [recordIds, guardianIds],
    )) as ExportRow[];
    return {
      familyId,
      householdName: family.household_name,
      emails,
      recordIds,
      guardianIds,
      tables,
    };
  }
}
