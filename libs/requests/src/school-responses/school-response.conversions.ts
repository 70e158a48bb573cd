import type { Commitment } from './commitment.entity';
import type { SchoolResponse } from './school-response.entity';
import type { CommitmentObject, SchoolResponseObject } from './school-response.objects';

export const toSchoolResponse = (row: SchoolResponse): SchoolResponseObject => ({
  id: row.id,
  requestId: row.requestId,
  receivedOn: row.receivedOn,
  channel: row.channel,
  respondedByContactId: row.respondedByContactId,
  outcome: row.outcome,
  reasons: row.reasons ?? [],
  summary: row.summary,
  priorWrittenNotice: row.priorWrittenNotice,
  partial: row.partial,
  recordedByUserId: row.recordedByUserId,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  archivedAt: row.archivedAt,
});

export const toCommitment = (row: Commitment): CommitmentObject => ({
  id: row.id,
  requestId: row.requestId,
  responseId: row.responseId,
  description: row.description,
  dueOn: row.dueOn,
  status: row.status,
  resolvedOn: row.resolvedOn,
  dataWhat: row.dataWhat,
  dataHow: row.dataHow,
  meanwhile: row.meanwhile,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  archivedAt: row.archivedAt,
  organizationId: row.organizationId,
});
