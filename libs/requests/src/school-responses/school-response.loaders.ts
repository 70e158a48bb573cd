import { Organization } from '@onrecord/organizations';
import { type RequestContext } from '@onrecord/platform/request';
import { todayIn } from '@onrecord/platform/text';
import { In, IsNull } from 'typeorm';
import { WrittenRequest } from '../written-requests/written-request.entity';
import { Commitment } from './commitment.entity';
import { SchoolResponse } from './school-response.entity';

/** A request's responses (not archived) in received order; one query for a list of requests. */
export async function loadRequestResponses(
  request: RequestContext,
  requestId: string,
): Promise<SchoolResponse[]> {
  const rows = await request
    .loader<string, SchoolResponse[]>('school-responses-of-request', async (scope, ids) => {
      const found = await scope.manager
        .createQueryBuilder(SchoolResponse, 's')
        .where('s.request_id IN (:...ids) AND s.archived_at IS NULL', { ids: [...ids] })
        .orderBy('s.received_on', 'ASC')
        .addOrderBy('s.created_at', 'ASC')
        .addOrderBy('s.id', 'ASC')
        .getMany();
      return ids.map((id) => found.filter((row) => row.requestId === id));
    })
    .load(requestId);
  return rows ?? [];
}

/** A response's commitments (not archived) by due day; one query for a list of responses. */
export async function loadResponseCommitments(
  request: RequestContext,
  responseId: string,
): Promise<Commitment[]> {
  const rows = await request
    .loader<string, Commitment[]>('commitments-of-response', async (scope, ids) => {
      const found = await scope.manager
        .createQueryBuilder(Commitment, 'c')
        .where('c.response_id IN (:...ids) AND c.archived_at IS NULL', { ids: [...ids] })
        .orderBy('c.due_on', 'ASC')
        .addOrderBy('c.id', 'ASC')
        .getMany();
      return ids.map((id) => found.filter((row) => row.responseId === id));
    })
    .load(responseId);
  return rows ?? [];
}

/** Today (YYYY-MM-DD) in an organization's time zone, read once per request. */
export async function loadOrganizationToday(
  request: RequestContext,
  organizationId: string,
): Promise<string> {
  const today = await request
    .loader<string, string>('organization-today', async (scope, ids) => {
      const found = await scope.manager.find(Organization, {
        where: { id: In([...ids]) },
        select: { id: true, timeZone: true },
      });
      return ids.map((id) => todayIn(found.find((o) => o.id === id)?.timeZone ?? 'UTC'));
    })
    .load(organizationId);
  return today ?? todayIn('UTC');
}

/** A case's commitments (not archived, of requests not archived) by due day, batched. */
export async function loadCaseCommitments(
  request: RequestContext,
  caseId: string,
): Promise<Commitment[]> {
  const rows = await request
    .loader<string, Commitment[]>('case-commitments', async (scope, caseIds) => {
      // Commitments belong to requests: two queries for any number of cases.
      const requests = await scope.manager.find(WrittenRequest, {
        select: { id: true, caseId: true },
        where: { caseId: In([...caseIds]), archivedAt: IsNull() },
      });
      const caseOf = new Map(requests.map((r) => [r.id, r.caseId]));
      const commitments = requests.length
        ? await scope.manager.find(Commitment, {
            where: { requestId: In([...caseOf.keys()]), archivedAt: IsNull() },
            order: { dueOn: 'ASC', id: 'ASC' },
          })
        : [];
      const groups = new Map<string, Commitment[]>(caseIds.map((id) => [id, []]));
      for (const c of commitments) groups.get(caseOf.get(c.requestId) ?? '')?.push(c);
      return caseIds.map((id) => groups.get(id) ?? []);
    })
    .load(caseId);
  return rows ?? [];
}
