import { groupedBy, type RequestContext } from '@onrecord/platform/graphql';
import { In, IsNull } from 'typeorm';
import { Commitment } from './school-responses/commitment.entity';
import { Meeting } from './meetings/meeting.entity';
import { WrittenRequest } from './written-requests/written-request.entity';

/**
 * What a case holds (its requests, meetings, commitments), batched per GraphQL request so a
 * page of cases costs the same few queries as one. Archived records are left out.
 */
export async function loadCaseRequests(
  request: RequestContext,
  caseId: string,
): Promise<WrittenRequest[]> {
  const rows = await request
    .loader<string, WrittenRequest[]>('case-requests', (scope, ids) =>
      groupedBy(
        scope,
        WrittenRequest,
        'caseId',
        ids,
        { createdAt: 'ASC', id: 'ASC' },
        {
          archivedAt: IsNull(),
        },
      ),
    )
    .load(caseId);
  return rows ?? [];
}

export async function loadCaseMeetings(
  request: RequestContext,
  caseId: string,
): Promise<Meeting[]> {
  const rows = await request
    .loader<string, Meeting[]>('case-meetings', (scope, ids) =>
      groupedBy(
        scope,
        Meeting,
        'caseId',
        ids,
        { startsAt: 'ASC', id: 'ASC' },
        {
          archivedAt: IsNull(),
        },
      ),
    )
    .load(caseId);
  return rows ?? [];
}

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
