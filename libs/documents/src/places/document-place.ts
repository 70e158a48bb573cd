import { weekStartOf } from '@onrecord/attendance';
import type { DataScope } from '@onrecord/platform/database';
import { badUserInput } from '@onrecord/platform/errors';
import { Meeting, SchoolResponse, WrittenRequest } from '@onrecord/requests';

/** Where on its case a document belongs: at most one of these is set. */
export interface DocumentPlaceIds {
  requestId: string | null;
  responseId: string | null;
  meetingId: string | null;
  /** The Monday of an attendance week, YYYY-MM-DD. */
  attendanceWeek: string | null;
}

export const NO_PLACE: DocumentPlaceIds = {
  requestId: null,
  responseId: null,
  meetingId: null,
  attendanceWeek: null,
};

/**
 * The place asked for, checked to be of the document's case: a written request of the case,
 * a response to one of them, one of its meetings, or a week (any date of it: its Monday is
 * kept). Another case's or organization's record is refused naming the field — row-level
 * security hides another organization's, the case check the rest.
 */
export async function placeOnCase(
  scope: DataScope,
  caseId: string,
  asked: Partial<Record<keyof DocumentPlaceIds, string | null | undefined>>,
): Promise<DocumentPlaceIds> {
  const given = (Object.keys(NO_PLACE) as Array<keyof DocumentPlaceIds>).filter((k) => asked[k]);
  if (given.length > 1)
    throw badUserInput(
      given.map((field) => ({ field, message: 'a document belongs to one place of its case' })),
    );
  const place = { ...NO_PLACE };
  if (asked.requestId) {
    const request = await scope.manager.findOneBy(WrittenRequest, { id: asked.requestId });
    if (request?.caseId !== caseId)
      throw badUserInput([
        { field: 'requestId', message: 'is not a written request of this case' },
      ]);
    place.requestId = request.id;
  }
  if (asked.responseId) {
    const response = await scope.manager.findOneBy(SchoolResponse, { id: asked.responseId });
    const request = response
      ? await scope.manager.findOneBy(WrittenRequest, { id: response.requestId })
      : null;
    if (!response || request?.caseId !== caseId)
      throw badUserInput([
        { field: 'responseId', message: 'is not a school response of this case' },
      ]);
    place.responseId = response.id;
  }
  if (asked.meetingId) {
    const meeting = await scope.manager.findOneBy(Meeting, { id: asked.meetingId });
    if (meeting?.caseId !== caseId)
      throw badUserInput([{ field: 'meetingId', message: 'is not a meeting of this case' }]);
    place.meetingId = meeting.id;
  }
  if (asked.attendanceWeek) place.attendanceWeek = weekStartOf(asked.attendanceWeek);
  return place;
}
