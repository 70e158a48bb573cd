import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** How the organization's soft default deadline is counted. */
export enum SoftDeadlineUnit {
  CALENDAR_DAYS = 'CALENDAR_DAYS',
  BUSINESS_DAYS = 'BUSINESS_DAYS',
  SCHOOL_DAYS = 'SCHOOL_DAYS',
}
registerEnumType(SoftDeadlineUnit, {
  name: 'SoftDeadlineUnit',
  description: 'How the soft default deadline is counted.',
});

/** How a calendar feed names a family (a calendar is often shown where others can see it). */
export enum FeedFamilyNames {
  INITIALS = 'INITIALS',
  FULL_NAME = 'FULL_NAME',
}
registerEnumType(FeedFamilyNames, {
  name: 'FeedFamilyNames',
  description: 'How calendar feeds name a family: by initials (the default) or in full.',
});

@ObjectType('OrganizationSettings', {
  description: "The organization's own settings (defaults until an admin changes them).",
})
export class OrganizationSettingsObject {
  @Field(() => Int, {
    description: 'Written concerns are due this many business days before a meeting (0–30).',
  })
  meetingConcernsDaysBefore!: number;

  @Field(() => Int, {
    description: 'The written summary is due this many business days after a meeting (0–30).',
  })
  meetingSummaryDaysAfter!: number;

  @Field(() => Int, {
    description:
      "The soft deadline given to requests no statute times (1–120), labelled as the organization's default, never as law.",
  })
  softDeadlinePeriod!: number;

  @Field(() => SoftDeadlineUnit)
  softDeadlineUnit!: SoftDeadlineUnit;

  @Field(() => FeedFamilyNames, {
    description: 'How calendar feeds name a family: by initials (the default) or in full.',
  })
  feedFamilyNames!: FeedFamilyNames;

  @Field(() => String, {
    description: 'The postal address on the letterhead of letters printed as PDF ("" when none).',
  })
  letterheadAddress!: string;

  @Field(() => String, { description: 'The phone number on the letterhead ("" when none).' })
  letterheadPhone!: string;

  @Field(() => String, { description: 'The email address on the letterhead ("" when none).' })
  letterheadEmail!: string;

  @Field(() => Boolean, { description: 'False while the defaults apply (nothing saved yet).' })
  customized!: boolean;
}
