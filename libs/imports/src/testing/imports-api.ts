import { ACCOUNTS_ENTITIES } from '@onrecord/accounts';
import { ATTENDANCE_ENTITIES, AttendanceModule } from '@onrecord/attendance';
import { CASES_ENTITIES, CasesModule } from '@onrecord/cases';
import { DIRECTORY_ENTITIES, DirectoryModule } from '@onrecord/directory';
import { FAMILIES_ENTITIES, FamiliesModule } from '@onrecord/families';
import { FOLLOW_UPS_ENTITIES, FollowUpsModule } from '@onrecord/follow-ups';
import {
  ORGANIZATIONS_ENTITIES,
  OrganizationMembershipLookup,
  OrganizationsModule,
} from '@onrecord/organizations';
import { apiOf } from '@onrecord/platform/testing';
import { REQUESTS_ENTITIES, RequestsModule } from '@onrecord/requests';
import { IMPORTS_ENTITIES } from '../imports.entities';
import { ImportsModule } from '../imports.module';

/**
 * The api of the imports' specs: the directory, families and cases it writes into, and what
 * the organization fixture (followUpOrganization) needs to be made.
 */
export const IMPORTS_API = apiOf({
  entities: [
    ...ACCOUNTS_ENTITIES,
    ...ORGANIZATIONS_ENTITIES,
    ...DIRECTORY_ENTITIES,
    ...FAMILIES_ENTITIES,
    ...CASES_ENTITIES,
    ...ATTENDANCE_ENTITIES,
    ...REQUESTS_ENTITIES,
    ...FOLLOW_UPS_ENTITIES,
    ...IMPORTS_ENTITIES,
  ],
  features: [
    OrganizationsModule,
    DirectoryModule,
    FamiliesModule,
    CasesModule,
    AttendanceModule,
    RequestsModule,
    FollowUpsModule,
    ImportsModule,
  ],
  membershipLookup: OrganizationMembershipLookup,
});

/** A dry run or an import as the console sends it: multipart, the CSV in `file`. */
export async function postImport(
  apiUrl: string,
  token: string | undefined,
  step: 'preview' | 'run',
  fields: { kind: string; csv: string; mapping?: Record<string, string>; goodRowsOnly?: boolean },
): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  form.append('kind', fields.kind);
  if (fields.mapping) form.append('mapping', JSON.stringify(fields.mapping));
  if (fields.goodRowsOnly !== undefined) form.append('goodRowsOnly', String(fields.goodRowsOnly));
  form.append('file', new Blob([fields.csv], { type: 'text/csv' }), 'import.csv');
  const response = await fetch(`${apiUrl}/imports/${step}`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A families CSV the way a spreadsheet writes it (CRLF, quoted where needed). */
export function csvOf(rows: string[][]): string {
  const cell = (value: string) =>
    /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
