import type { RequestContext } from '@onrecord/platform/request';
import { Document } from '../model/document.entity';
import { toDocument, type DocumentObject } from './document.objects';

type PlaceColumn = 'request_id' | 'response_id' | 'meeting_id';

/** Newest first, not archived: as a case's list shows them. */
const ORDER = { createdAt: 'DESC', id: 'DESC' } as const;

/**
 * The documents of each written request, school response or meeting of a response, in one
 * query per kind of place (however many requests, responses or meetings it lists).
 */
export async function documentsAt(
  request: RequestContext,
  column: PlaceColumn,
  id: string,
): Promise<DocumentObject[]> {
  const rows = await request
    .loader<string, DocumentObject[]>(`documents-by-${column}`, async (scope, ids) => {
      const found = await scope.manager
        .createQueryBuilder(Document, 'd')
        .where(`d.${column} = ANY(:ids)`, { ids: [...ids] })
        .andWhere('d.archived_at IS NULL')
        .orderBy('d.created_at', ORDER.createdAt)
        .addOrderBy('d.id', ORDER.id)
        .getMany();
      const key = (d: Document) =>
        column === 'request_id'
          ? d.requestId
          : column === 'response_id'
            ? d.responseId
            : d.meetingId;
      return ids.map((placeId) => found.filter((d) => key(d) === placeId).map(toDocument));
    })
    .load(id);
  return rows ?? [];
}

/**
 * The documents of each attendance week of a student (on any of the student's cases), for
 * every week of a response in one query.
 */
export async function documentsOfWeek(
  request: RequestContext,
  studentId: string,
  weekStart: string,
): Promise<DocumentObject[]> {
  const rows = await request
    .loader<string, DocumentObject[]>('documents-by-attendance-week', async (scope, keys) => {
      const pairs = keys.map((key) => key.split('|') as [string, string]);
      const found = await scope.manager
        .createQueryBuilder(Document, 'd')
        .innerJoin('d.case', 'c')
        .addSelect('c.studentId')
        .where(
          '(c.student_id, d.attendance_week) IN (SELECT * FROM unnest(CAST(:students AS uuid[]), CAST(:weeks AS date[])))',
          { students: pairs.map((p) => p[0]), weeks: pairs.map((p) => p[1]) },
        )
        .andWhere('d.archived_at IS NULL')
        .orderBy('d.created_at', ORDER.createdAt)
        .addOrderBy('d.id', ORDER.id)
        .getMany();
      return pairs.map(([student, week]) =>
        found
          .filter((d) => d.case?.studentId === student && d.attendanceWeek === week)
          .map(toDocument),
      );
    })
    .load(`${studentId}|${weekStart}`);
  return rows ?? [];
}
