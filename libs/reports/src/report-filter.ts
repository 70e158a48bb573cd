import type { DataScope } from '@onrecord/platform/database';
import { type FieldProblem } from '@onrecord/platform/errors';
import type { OutcomeReportFilter, ReportRangeInput } from './outcome-report.inputs';

/**
 * The parameters every statement over the report's requests takes, in order: $1 from, $2 to,
 * $3 district ids, $4 school ids, $5 member ids, $6 request types (each null for "all"),
 * $7 the organization (REPORTED_REQUESTS_WHERE in outcome-report.sql.ts).
 */
export function reportParameters(
  range: ReportRangeInput,
  filter: OutcomeReportFilter | null | undefined,
  organizationId: string,
): unknown[] {
  const list = <T>(values: T[] | null | undefined) => (values?.length ? values : null);
  return [
    range.from,
    range.to,
    list(filter?.districtIds),
    list(filter?.schoolIds),
    list(filter?.advocateIds),
    list(filter?.requestTypes),
    organizationId,
  ];
}

/** Filter ids this organization does not have (another's, or none at all), named. */
export async function unknownFilterIds(
  scope: DataScope,
  filter: OutcomeReportFilter | null | undefined,
): Promise<FieldProblem[]> {
  const checks: Array<[keyof OutcomeReportFilter, string, string[] | null | undefined]> = [
    ['districtIds', 'district', filter?.districtIds],
    ['schoolIds', 'school', filter?.schoolIds],
    ['advocateIds', 'membership', filter?.advocateIds],
  ];
  const problems: FieldProblem[] = [];
  for (const [field, table, ids] of checks) {
    if (!ids?.length) continue;
    // Row-level security hides other organizations' rows, except a user's own
    // memberships elsewhere: hence the organization, said again.
    const found: Array<{ id: string }> = await scope.manager.query(
      `SELECT id FROM ${table}
        WHERE id = ANY($1::uuid[]) AND organization_id = app_current_organization()`,
      [ids],
    );
    const missing = ids.filter((id) => !found.some((row) => row.id === id));
    if (missing.length)
      problems.push({ field: `filter.${field}`, message: `not found: ${missing.join(', ')}` });
  }
  return problems;
}
