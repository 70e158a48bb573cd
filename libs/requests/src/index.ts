/**
 * What the other libs, the apps and the tests use of requests: its module, the services and
 * read queries they call, the entities they read, the types they share. The rest is its own;
 * export more here only when another lib needs it.
 */
export { withSettingsDefault } from './deadlines/deadline-rule.rules';
export { DeadlineTrigger } from './deadlines/deadline-trigger';
export { deadlineLine } from './deadlines/deadline-words';
export { DEFAULT_LETTERS, REQUEST_TYPE_LABELS } from './letters/letter-defaults';
export {
  createMergeEngine,
  LetterTemplateError,
  type MergeField,
  MergeTemplateError,
  renderTemplate,
} from './letters/letter-merge';
export { MergeFieldObject } from './letters/letter.objects';
export { deadlineValues } from './letters/letter.service';
export { Meeting } from './meetings/meeting.entity';
export { MEETING_KIND_NAMES, MeetingKind } from './meetings/meeting.enums';
export { MeetingService } from './meetings/meeting.service';
export { MeetingObject } from './meetings/meeting.objects';
export { MeetingTask } from './meetings/meeting-task.entity';
export { assignedTo } from './assigned-to';
export { RequestChanges } from './request-changes';
export { REQUESTS_ENTITIES } from './requests.entities';
export { RequestsModule } from './requests.module';
export { Commitment } from './school-responses/commitment.entity';
export { SchoolResponse } from './school-responses/school-response.entity';
export {
  CommitmentStatus,
  RefusalReason,
  ResponseOutcome,
} from './school-responses/school-response.enums';
export { SchoolResponseService } from './school-responses/school-response.service';
export { SchoolResponseInput } from './school-responses/school-response.inputs';
export { SchoolResponseObject } from './school-responses/school-response.objects';
export { toSchoolResponse } from './school-responses/school-response.conversions';
export { stallOf, stallSql } from './school-responses/stall.rules';
export { RequestRecipient } from './written-requests/request-recipient.entity';
export { RequestReplyAddress } from './written-requests/request-reply-address.entity';
export { replyAddressOf, replyTokenHash, replyTokenOf } from './written-requests/reply-address';
export { isOverdue } from './written-requests/written-request-status';
export { toWrittenRequest } from './written-requests/written-request.conversions';
export { WrittenRequest } from './written-requests/written-request.entity';
export { requestLetterKey } from './written-requests/request-letter';
export {
  DeliveryChannel,
  WrittenRequestStatus,
  WrittenRequestType,
} from './written-requests/written-request.enums';
export { loadWrittenRequest } from './written-requests/written-request.loaders';
export { WrittenRequestObject } from './written-requests/written-request.objects';
export { WrittenRequestService } from './written-requests/written-request.service';
