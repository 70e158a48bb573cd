import { DeadlineRuleOverride } from './deadlines/deadline-rule-override.entity';
import { LetterTemplate } from './letters/letter-template.entity';
import { Meeting } from './meetings/meeting.entity';
import { MeetingAttendee } from './meetings/meeting-attendee.entity';
import { MeetingTask } from './meetings/meeting-task.entity';
import { Commitment } from './school-responses/commitment.entity';
import { SchoolResponse } from './school-responses/school-response.entity';
import { RequestAttachment } from './written-requests/request-attachment.entity';
import { RequestRecipient } from './written-requests/request-recipient.entity';
import { RequestReplyAddress } from './written-requests/request-reply-address.entity';
import { WrittenRequest } from './written-requests/written-request.entity';

/** The TypeORM entities of requests, in one list: the schema catalog and the lib's specs use it. */
export const REQUESTS_ENTITIES = [
  WrittenRequest,
  RequestRecipient,
  RequestAttachment,
  RequestReplyAddress,
  SchoolResponse,
  Commitment,
  Meeting,
  MeetingAttendee,
  MeetingTask,
  LetterTemplate,
  DeadlineRuleOverride,
];
