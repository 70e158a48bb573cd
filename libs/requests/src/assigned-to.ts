/**
 * SQL: the case in `caseIdColumn` is assigned to the member `:membershipId` (the advocate's
 * "mine"). RLS keeps it inside the organization; the member id comes from the session.
 */
export function assignedTo(caseIdColumn: string): string {
  return `EXISTS (SELECT 1 FROM case_assignment a WHERE a.case_id = ${caseIdColumn} AND a.membership_id = :membershipId)`;
}
