import { registerEnumType } from '@nestjs/graphql';

export enum MeetingKind {
  IEP = 'IEP',
  SECTION_504 = 'SECTION_504',
  REINTEGRATION_PLANNING = 'REINTEGRATION_PLANNING',
  OTHER = 'OTHER',
}
registerEnumType(MeetingKind, { name: 'MeetingKind' });

/** What each kind of meeting is called, in a sentence or a title. */
export const MEETING_KIND_NAMES: Record<MeetingKind, string> = {
  [MeetingKind.IEP]: 'IEP meeting',
  [MeetingKind.SECTION_504]: 'Section 504 meeting',
  [MeetingKind.REINTEGRATION_PLANNING]: 'Reintegration planning meeting',
  [MeetingKind.OTHER]: 'Meeting',
};

/** The two written items a meeting creates for the advocate. */
export enum MeetingTaskKind {
  CONCERNS_BEFORE = 'CONCERNS_BEFORE',
  SUMMARY_AFTER = 'SUMMARY_AFTER',
}
registerEnumType(MeetingTaskKind, {
  name: 'MeetingTaskKind',
  valuesMap: {
    CONCERNS_BEFORE: { description: 'Written concerns sent to the school before the meeting.' },
    SUMMARY_AFTER: { description: 'A written summary of what was agreed, sent after it.' },
  },
});
