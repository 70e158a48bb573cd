import { In } from 'typeorm';
import { User } from '@onrecord/accounts';
import { Membership, Organization } from '@onrecord/organizations';
import { type DataScope, byIds, groupedBy } from '@onrecord/platform/database';
import { type RequestContext } from '@onrecord/platform/request';
import { Case } from './case.entity';
import { CaseAssignment } from './case-assignment.entity';
import { CaseStatusChange } from './case-status-change.entity';
import type { CaseAdvocateObject } from './case-assignment.objects';

/**
 * Every field that resolves something of a case goes through these, so a list of N cases
 * costs one query per relation. A case by id is returned even when archived: what refers to
 * it keeps showing it.
 */
export function loadCase(request: RequestContext, id: string): Promise<Case | null> {
  return request
    .loader<string, Case>('case-by-id', (scope, ids) => byIds(scope, Case, ids))
    .load(id);
}

/** A case's status history, oldest first. */
export async function loadCaseStatusHistory(
  request: RequestContext,
  caseId: string,
): Promise<CaseStatusChange[]> {
  const rows = await request
    .loader<string, CaseStatusChange[]>('case-status-history-by-case', (scope, ids) =>
      groupedBy(scope, CaseStatusChange, 'caseId', ids, {
        changedAt: 'ASC',
        createdAt: 'ASC',
        id: 'ASC',
      }),
    )
    .load(caseId);
  return rows ?? [];
}

/** A case's advocates, in the order they were assigned, then by name. */
export async function loadCaseAdvocates(
  request: RequestContext,
  caseId: string,
): Promise<CaseAdvocateObject[]> {
  const rows = await request
    .loader<string, CaseAdvocateObject[]>('case-advocates-by-case', advocatesOfCases)
    .load(caseId);
  return rows ?? [];
}

async function advocatesOfCases(
  scope: DataScope,
  caseIds: readonly string[],
): Promise<CaseAdvocateObject[][]> {
  const rows: Array<CaseAdvocateObject & { caseId: string }> = await scope.manager
    .createQueryBuilder(CaseAssignment, 'a')
    .innerJoin(Membership, 'm', 'm.id = a.membership_id')
    .innerJoin(User, 'u', 'u.id = m.user_id')
    .select('a.case_id', 'caseId')
    .addSelect('m.id', 'memberId')
    .addSelect('u.id', 'userId')
    .addSelect('u.name', 'name')
    .addSelect('u.email', 'email')
    .where({ caseId: In([...caseIds]) })
    // Advocates assigned together (when a case is opened) share a time: then by name.
    .orderBy('a.created_at', 'ASC')
    .addOrderBy('u.name', 'ASC')
    .addOrderBy('a.id', 'ASC')
    .getRawMany();
  const groups = new Map<string, CaseAdvocateObject[]>(caseIds.map((id) => [id, []]));
  for (const { caseId, ...advocate } of rows) groups.get(caseId)?.push(advocate);
  return caseIds.map((id) => groups.get(id) ?? []);
}

/** The request's organization's time zone, read once however many cases need it. */
export async function loadOrganizationTimeZone(request: RequestContext): Promise<string> {
  const organizationId = request.member().organizationId;
  const organization = await request
    .loader<string, Organization>('cases:organization-by-id', (scope, ids) =>
      byIds(scope, Organization, ids),
    )
    .load(organizationId);
  return organization?.timeZone ?? 'UTC';
}

/** A user (a note's author) by id; null when no longer visible to the organization. */
export function loadUser(request: RequestContext, id: string): Promise<User | null> {
  return request
    .loader<string, User>('cases:user-by-id', (scope, ids) => byIds(scope, User, ids))
    .load(id);
}
