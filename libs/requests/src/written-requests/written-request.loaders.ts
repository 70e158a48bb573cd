import { SchoolContact } from '@onrecord/directory';
import { type DataScope, byIds, groupedBy } from '@onrecord/platform/database';
import { type RequestContext } from '@onrecord/platform/request';
import { In, IsNull } from 'typeorm';
import { RequestAttachment } from './request-attachment.entity';
import { RequestRecipient } from './request-recipient.entity';
import { RequestReplyAddress } from './request-reply-address.entity';
import { WrittenRequest } from './written-request.entity';

/**
 * Every field that resolves something of a written request goes through these, so a list of
 * N requests costs one query per relation. A request by id is returned even when archived.
 */
export function loadWrittenRequest(
  request: RequestContext,
  id: string,
): Promise<WrittenRequest | null> {
  return request
    .loader<string, WrittenRequest>('written-request-by-id', (scope, ids) =>
      byIds(scope, WrittenRequest, ids),
    )
    .load(id);
}

/** A request's recipients (school contacts, archived or not), in the order written. */
export async function loadRequestRecipients(
  request: RequestContext,
  requestId: string,
): Promise<SchoolContact[]> {
  const rows = await request
    .loader<string, SchoolContact[]>('written-request-recipients', recipientsOfRequests)
    .load(requestId);
  return rows ?? [];
}

async function recipientsOfRequests(
  scope: DataScope,
  requestIds: readonly string[],
): Promise<SchoolContact[][]> {
  const links = await scope.manager.find(RequestRecipient, {
    where: { requestId: In([...requestIds]) },
    order: { position: 'ASC', id: 'ASC' },
  });
  const contactIds = [...new Set(links.map((link) => link.contactId))];
  const contacts = contactIds.length ? await byIds(scope, SchoolContact, contactIds) : [];
  const byId = new Map(contacts.filter((c) => c !== null).map((c) => [c.id, c]));
  const groups = new Map<string, SchoolContact[]>(requestIds.map((id) => [id, []]));
  for (const link of links) {
    const contact = byId.get(link.contactId);
    if (contact) groups.get(link.requestId)?.push(contact);
  }
  return requestIds.map((id) => groups.get(id) ?? []);
}

/** A request's attachments, in the order added. */
export async function loadRequestAttachments(
  request: RequestContext,
  requestId: string,
): Promise<RequestAttachment[]> {
  const rows = await request
    .loader<string, RequestAttachment[]>('written-request-attachments', (scope, ids) =>
      groupedBy(scope, RequestAttachment, 'requestId', ids, { createdAt: 'ASC', id: 'ASC' }),
    )
    .load(requestId);
  return rows ?? [];
}

/**
 * A case's requests (not archived), oldest first, batched per GraphQL request so a page of
 * cases costs the same query as one.
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

/** A request's reply token (every request has one: the database makes it). */
export async function loadReplyToken(
  request: RequestContext,
  requestId: string,
): Promise<string | null> {
  const row = await request
    .loader<string, RequestReplyAddress>('written-request-reply-address', (scope, ids) =>
      byKey(scope, ids),
    )
    .load(requestId);
  return row?.token ?? null;
}

async function byKey(
  scope: DataScope,
  requestIds: readonly string[],
): Promise<Array<RequestReplyAddress | null>> {
  const rows = await scope.manager.findBy(RequestReplyAddress, { requestId: In([...requestIds]) });
  const byRequest = new Map(rows.map((row) => [row.requestId, row]));
  return requestIds.map((id) => byRequest.get(id) ?? null);
}
