import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CaseOutcome,
  ContactChannel,
  ContactParty,
  OutreachFormat,
  OutreachKind,
} from '@onrecord/cases';
import { MeetingKind } from '@onrecord/requests';
import { ParentSurveyResultsObject } from '@onrecord/surveys';
import { ReportRangeObject } from '../outcome-report.objects';

/** Whom a parent center's contacts reached, as its annual report counts them apart. */
export enum ContactAudience {
  PARENTS = 'PARENTS',
  PROFESSIONALS = 'PROFESSIONALS',
  STUDENTS = 'STUDENTS',
}
registerEnumType(ContactAudience, {
  name: 'ContactAudience',
  valuesMap: {
    PARENTS: { description: 'Contacts with a guardian.' },
    PROFESSIONALS: { description: 'Contacts with a school contact or another professional.' },
    STUDENTS: { description: 'Contacts with a student.' },
  },
});

@ObjectType('FigureCount', {
  description:
    'How many records have a value: a language, a topic, a category. NOT_RECORDED: not asked yet; DECLINED_TO_STATE: the family declined to say.',
})
export class FigureCountObject {
  @Field() key!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('AudienceContacts', {
  description:
    'Individual assistance contacts with one audience by the channels the parent-center report counts: phone; letter; email, text and other electronic; meetings in person or by video.',
})
export class AudienceContactsObject {
  @Field(() => ContactAudience) audience!: ContactAudience;
  @Field(() => Int) phone!: number;
  @Field(() => Int) letters!: number;
  @Field(() => Int) emailsAndTexts!: number;
  @Field(() => Int) meetings!: number;
  @Field(() => Int) total!: number;
}

@ObjectType('PartyChannelContacts')
export class PartyChannelContactsObject {
  @Field(() => ContactParty) party!: ContactParty;
  @Field(() => ContactChannel) channel!: ContactChannel;
  @Field(() => Int) count!: number;
}

@ObjectType('MeetingsAttended')
export class MeetingsAttendedObject {
  @Field(() => MeetingKind) kind!: MeetingKind;
  @Field(() => Int) count!: number;
}

@ObjectType('OutreachFigures', {
  description: 'Trainings or outreach events held in one format, and the people they reached.',
})
export class OutreachFiguresObject {
  @Field(() => OutreachKind) kind!: OutreachKind;
  @Field(() => OutreachFormat) format!: OutreachFormat;
  @Field(() => Int) events!: number;
  @Field(() => Int) parents!: number;
  @Field(() => Int) professionals!: number;
  @Field(() => Int) students!: number;
}

@ObjectType('ParentCenterReport', {
  description:
    'What a parent center did, for whom, over a range (its funder\'s annual report: October to September). Definitions: README "Funder reports".',
})
export class ParentCenterReportObject {
  @Field(() => ReportRangeObject) range!: ReportRangeObject;
  @Field(() => Int, {
    description:
      "Each parent counted once however often served: by a contact with them, or a meeting on their child's case.",
  })
  parentsServed!: number;
  @Field(() => Int, { description: 'Students of the cases a contact or a meeting was on.' })
  childrenServed!: number;
  @Field(() => Int) contacts!: number;
  @Field(() => Int, { description: 'Contacts on no case: information and referral.' })
  informationAndReferral!: number;
  @Field(() => Int, { description: 'The minutes the contacts took, where recorded.' })
  contactMinutes!: number;
  @Field(() => [AudienceContactsObject], { description: 'Parents, professionals, students.' })
  contactsByAudience!: AudienceContactsObject[];
  @Field(() => [PartyChannelContactsObject], { description: 'As logged, most first.' })
  contactsByPartyAndChannel!: PartyChannelContactsObject[];
  @Field(() => [FigureCountObject], { description: 'The language each contact was held in.' })
  contactsByLanguage!: FigureCountObject[];
  @Field(() => [FigureCountObject], {
    description: 'A contact about several topics counts in each.',
  })
  contactsByTopic!: FigureCountObject[];
  @Field(() => [MeetingsAttendedObject], {
    description: 'Meetings held in the range, every kind (zero included).',
  })
  meetingsAttended!: MeetingsAttendedObject[];
  @Field(() => [OutreachFiguresObject], {
    description: 'Trainings and outreach events held, in person and virtual (zero included).',
  })
  outreach!: OutreachFiguresObject[];
  @Field(() => [FigureCountObject], {
    description: "Parents served by primary language (recorded, else their first contact's).",
  })
  parentsByPrimaryLanguage!: FigureCountObject[];
  @Field(() => [FigureCountObject], { description: 'Children served by disability category.' })
  childrenByDisability!: FigureCountObject[];
  @Field(() => [FigureCountObject], { description: 'Children served by race or ethnicity.' })
  childrenByRaceEthnicity!: FigureCountObject[];
  @Field(() => ParentSurveyResultsObject, {
    description: 'The parent survey (program measures): invitations sent in the range, answers.',
  })
  survey!: ParentSurveyResultsObject;
}

@ObjectType('CaseClosings')
export class CaseClosingsObject {
  @Field({ description: 'A CaseClosingReason, or NOT_RECORDED.' }) closingReason!: string;
  @Field(() => CaseOutcome, { nullable: true }) outcome!: CaseOutcome | null;
  @Field(() => Int) cases!: number;
}

@ObjectType('CaseServiceReport', {
  description:
    'Cases closed over a range, by how much was done and how they ended (legal aid\'s case service report). Definitions: README "Funder reports".',
})
export class CaseServiceReportObject {
  @Field(() => ReportRangeObject) range!: ReportRangeObject;
  @Field(() => Int, { description: 'RESOLVED or CLOSED on a day of the range.' })
  casesClosed!: number;
  @Field(() => Int, { description: "Opened by the range's last day and not ended by then." })
  openAtEnd!: number;
  @Field(() => Float, { nullable: true, description: 'From opening to ending, closed cases.' })
  medianDaysOpen!: number | null;
  @Field(() => [FigureCountObject], { description: 'Closed cases by closing reason.' })
  byClosingReason!: FigureCountObject[];
  @Field(() => [CaseClosingsObject], { description: 'Closed cases by reason and outcome.' })
  closings!: CaseClosingsObject[];
}

@ObjectType('FunderReportRecord', { description: 'One record a funder report figure counts.' })
export class FunderReportRecordObject {
  @Field({
    description: 'CONTACT, MEETING, GUARDIAN, PARENT_NOT_ON_FILE (a name only), STUDENT or CASE.',
  })
  kind!: string;
  @Field(() => ID, { nullable: true }) id!: string | null;
  @Field(() => ID, { nullable: true }) caseId!: string | null;
  @Field() label!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, for dated records.' })
  day!: string | null;
}

@ObjectType('FunderReportRecords')
export class FunderReportRecordsObject {
  @Field(() => Int, { description: 'All the records behind the figure.' }) total!: number;
  @Field(() => [FunderReportRecordObject], { description: 'The first 1,000 of them.' })
  records!: FunderReportRecordObject[];
}
