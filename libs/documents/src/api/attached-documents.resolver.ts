import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { WeeklyAttendanceRateObject } from '@onrecord/attendance';
import { CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { MeetingObject, SchoolResponseObject, WrittenRequestObject } from '@onrecord/requests';
import { DocumentObject } from './document.objects';
import { documentsAt, documentsOfWeek } from './documents.loaders';

const DESCRIPTION = 'Its documents, newest first (archived ones are in caseDocuments only).';

/** A written request's documents (a copy of the letter as sent, what was enclosed…). */
@Resolver(() => WrittenRequestObject)
export class WrittenRequestDocumentsResolver {
  @ResolveField(() => [DocumentObject], { description: DESCRIPTION })
  documents(
    @Parent() parent: WrittenRequestObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<DocumentObject[]> {
    return documentsAt(request, 'request_id', parent.id);
  }
}

/** A school response's documents (the letter it came as, a reply's attachments…). */
@Resolver(() => SchoolResponseObject)
export class SchoolResponseDocumentsResolver {
  @ResolveField(() => [DocumentObject], { description: DESCRIPTION })
  documents(
    @Parent() parent: SchoolResponseObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<DocumentObject[]> {
    return documentsAt(request, 'response_id', parent.id);
  }
}

/** A meeting's documents (the notice, the draft IEP, the summary…). */
@Resolver(() => MeetingObject)
export class MeetingDocumentsResolver {
  @ResolveField(() => [DocumentObject], { description: DESCRIPTION })
  documents(
    @Parent() parent: MeetingObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<DocumentObject[]> {
    return documentsAt(request, 'meeting_id', parent.id);
  }
}

/** An attendance week's documents (a doctor's note, the school's attendance letter…). */
@Resolver(() => WeeklyAttendanceRateObject)
export class AttendanceWeekDocumentsResolver {
  @ResolveField(() => [DocumentObject], { description: DESCRIPTION })
  documents(
    @Parent() parent: WeeklyAttendanceRateObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<DocumentObject[]> {
    return documentsOfWeek(request, parent.studentId, parent.weekStart);
  }
}
