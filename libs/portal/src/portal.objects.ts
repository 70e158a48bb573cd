import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AttendanceStatus, ObservationTagTranslationObject } from '@onrecord/attendance';
import { CaseOutcome, CaseStatus } from '@onrecord/cases';
import {
  CommitmentStatus,
  MeetingKind,
  RefusalReason,
  ResponseOutcome,
  WrittenRequestStatus,
  WrittenRequestType,
} from '@onrecord/requests';
import { PortalSchoolContact } from './portal-letter.objects';

/*
 * What the family portal shows. Its own types, not the members' ones: a field added for
 * advocates can never appear here by accident. No internal notes, no member-only fields
 * (who recorded what, school staff's addresses), no drafts, no other families. The letters
 * sent on the family's behalf are theirs to read, as sent (PortalRequest.letter).
 */

@ObjectType({ description: 'An organization whose family portal this guardian can use.' })
export class PortalOrganization {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType({ description: 'A portal session: send the token as `Authorization: Bearer <token>`.' })
export class PortalSessionPayload {
  @Field({ description: 'Shown once; starts with "orp_".' }) token!: string;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => PortalOrganization, { description: 'The organization the session looks at.' })
  organization!: PortalOrganization;
  @Field(() => [PortalOrganization], { description: 'Every one it can switch to.' })
  organizations!: PortalOrganization[];
}

@ObjectType()
export class PortalSignInRequested {
  @Field({ description: 'The same whether or not the address is known.' }) message!: string;
}

@ObjectType({ description: 'The signed-in guardian, as a guardian of one family.' })
export class PortalGuardian {
  @Field(() => ID) id!: string;
  @Field(() => ID) familyId!: string;
  @Field() name!: string;
  @Field() relationship!: string;
  @Field({ description: 'BCP 47, e.g. "en", "es": the language of the emails you get.' })
  preferredLanguage!: string;
  @Field({ description: 'Email me when the school answers a request.' })
  notifySchoolAnswered!: boolean;
  @Field({ description: 'Email me when a request passes its deadline unanswered.' })
  notifyRequestOverdue!: boolean;
  @Field({ description: 'Email me when a follow-up goes to the school.' })
  notifyFollowUpSent!: boolean;
}

@ObjectType()
export class PortalStudent {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) grade!: string | null;
  @Field(() => String, { nullable: true }) schoolName!: string | null;
}

@ObjectType()
export class PortalFamily {
  @Field(() => ID) id!: string;
  @Field() householdName!: string;
  @Field(() => [PortalStudent]) students!: PortalStudent[];
}

@ObjectType({ description: 'An advocate working on the case: whom to write to.' })
export class PortalAdvocate {
  @Field() name!: string;
  @Field() email!: string;
}

@ObjectType({ description: 'When the school must answer, and the rule that says so.' })
export class PortalDeadline {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) dueOn!: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. "19 TAC §89.1011".' })
  citation!: string | null;
  @Field(() => String, { nullable: true, description: 'What the rule requires of the school.' })
  rule!: string | null;
  @Field(() => Int, { nullable: true }) period!: number | null;
  @Field(() => String, { nullable: true, description: 'e.g. "SCHOOL_DAYS".' })
  unit!: string | null;
  @Field({
    description:
      'True when the date is a rule’s that cites a law (built in, or the organization’s own rule with its citation) and was not set by hand; false for a default, a rule citing no law, or a date set by hand.',
  })
  statutory!: boolean;
  @Field({ description: 'True when the advocate set the date by hand.' })
  setByHand!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Why the advocate set the date by hand (when they did).',
  })
  setByHandReason!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The rule's own date (YYYY-MM-DD), shown beside a date set by hand.",
  })
  ruleDueOn!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Set when the date was counted without the school calendar, e.g. "provisional: no school calendar for 2026-27 — add it".',
  })
  provisional!: string | null;
}

@ObjectType({ description: 'What the school said, in short.' })
export class PortalResponse {
  @Field(() => ID) id!: string;
  @Field({ description: 'YYYY-MM-DD.' }) receivedOn!: string;
  @Field(() => ResponseOutcome) outcome!: ResponseOutcome;
  @Field(() => [RefusalReason]) reasons!: RefusalReason[];
  @Field({ description: 'The school’s words, quoted or summed up by the advocate, in full.' })
  summary!: string;
  @Field() partial!: boolean;
  @Field(() => PortalSchoolContact, {
    nullable: true,
    description: 'Who answered, when it was one of the school staff on file.',
  })
  respondedBy!: PortalSchoolContact | null;
}

@ObjectType({ description: 'A written request sent to the school.' })
export class PortalRequest {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => WrittenRequestType) type!: WrittenRequestType;
  @Field() subject!: string;
  @Field(() => WrittenRequestStatus) status!: WrittenRequestStatus;
  @Field({ description: 'Sent, unanswered and past its deadline.' }) overdue!: boolean;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) sentOn!: string | null;
  @Field(() => PortalDeadline, { nullable: true }) deadline!: PortalDeadline | null;
  @Field(() => [PortalResponse]) responses!: PortalResponse[];
  @Field(() => Int, { description: 'Follow-ups sent to the school about it so far.' })
  followUpsSent!: number;
}

@ObjectType({ description: 'Something the school promised in writing to do.' })
export class PortalCommitment {
  @Field(() => ID) id!: string;
  @Field(() => ID) requestId!: string;
  @Field() description!: string;
  @Field({ description: 'YYYY-MM-DD.' }) dueOn!: string;
  @Field(() => CommitmentStatus) status!: CommitmentStatus;
  @Field(() => String, { nullable: true }) resolvedOn!: string | null;
}

@ObjectType()
export class PortalMeeting {
  @Field(() => ID) id!: string;
  @Field(() => MeetingKind) kind!: MeetingKind;
  @Field(() => GraphQLISODateTime) startsAt!: Date;
  @Field() location!: string;
}

@ObjectType({ description: 'A note the advocate shared with the family.' })
export class PortalNote {
  @Field(() => ID) id!: string;
  @Field() body!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

export enum PortalNextStepKind {
  /** A meeting is coming up. */
  MEETING = 'MEETING',
  /** The school must answer a request by a day. */
  ANSWER_DUE = 'ANSWER_DUE',
  /** The school is late answering a request. */
  ANSWER_LATE = 'ANSWER_LATE',
  /** A written follow-up to the school is planned for a day. */
  FOLLOW_UP_PLANNED = 'FOLLOW_UP_PLANNED',
  /** The school must do what it promised by a day. */
  COMMITMENT_DUE = 'COMMITMENT_DUE',
  /** The day the school promised has passed without it being done. */
  COMMITMENT_LATE = 'COMMITMENT_LATE',
}
registerEnumType(PortalNextStepKind, { name: 'PortalNextStepKind' });

@ObjectType({ description: 'What happens next, late things first, then by date.' })
export class PortalNextStep {
  @Field(() => PortalNextStepKind) kind!: PortalNextStepKind;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) on!: string | null;
  @Field({ description: 'In plain words (English).' }) description!: string;
  @Field(() => ID, { nullable: true }) requestId!: string | null;
  @Field(() => ID, { nullable: true }) commitmentId!: string | null;
  @Field(() => ID, { nullable: true }) meetingId!: string | null;
}

@ObjectType({ description: 'One of your family’s cases, as the family sees it.' })
export class PortalCase {
  @Field(() => ID) id!: string;
  @Field(() => ID) familyId!: string;
  @Field() title!: string;
  @Field(() => CaseStatus) status!: CaseStatus;
  @Field({ description: 'YYYY-MM-DD.' }) openedOn!: string;
  @Field(() => String, { nullable: true }) closedOn!: string | null;
  @Field(() => CaseOutcome, { nullable: true }) outcome!: CaseOutcome | null;
  @Field(() => PortalStudent) student!: PortalStudent;
  @Field(() => [PortalAdvocate]) advocates!: PortalAdvocate[];
  @Field(() => [PortalRequest], {
    description: 'Sent requests, newest first (drafts are not shown).',
  })
  requests!: PortalRequest[];
  @Field(() => [PortalCommitment]) commitments!: PortalCommitment[];
  @Field(() => [PortalMeeting], { description: 'By date.' }) meetings!: PortalMeeting[];
  @Field(() => [PortalNextStep]) nextSteps!: PortalNextStep[];
  @Field(() => [PortalNote], { description: 'Notes shared with the family, newest first.' })
  sharedNotes!: PortalNote[];
}

@ObjectType({ description: 'Who you are here, and where else your portal can look.' })
export class PortalMe {
  @Field() email!: string;
  @Field(() => PortalOrganization) organization!: PortalOrganization;
  @Field(() => [PortalGuardian], {
    description: 'You, as a guardian of each of your families here.',
  })
  guardians!: PortalGuardian[];
  @Field(() => [PortalFamily]) families!: PortalFamily[];
}

@ObjectType({
  description:
    'A trigger a family may name when logging a day: built in, or the organization’s own; in English (`label`, what the day stores) and in the other languages the organization writes in.',
})
export class PortalTrigger {
  @Field({ description: 'What the day stores.' }) label!: string;
  @Field(() => [ObservationTagTranslationObject]) translations!: ObservationTagTranslationObject[];
  @Field() builtIn!: boolean;
}

@ObjectType({
  description:
    'A support the school gives the student (as the advocate recorded it), which a family may say was in place on a day.',
})
export class PortalSupport {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'YYYY-MM-DD.' }) startedOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; none while it goes on.' })
  endedOn!: string | null;
}

@ObjectType({ description: 'A day of attendance as the family sees it.' })
export class PortalAttendanceEntry {
  @Field(() => ID) id!: string;
  @Field(() => ID) studentId!: string;
  @Field({ description: 'YYYY-MM-DD.' }) date!: string;
  @Field(() => AttendanceStatus) status!: AttendanceStatus;
  @Field(() => [Int]) periodsMissed!: number[];
  @Field(() => String, { nullable: true }) arrivalTime!: string | null;
  @Field(() => [String]) triggers!: string[];
  @Field(() => [ID], { description: 'The supports in place that day.' }) supportIds!: string[];
  @Field() studentResponse!: string;
  @Field() notes!: string;
  @Field({
    description: 'True when you (or another guardian) recorded it; else your advocate did.',
  })
  recordedByFamily!: boolean;
}
