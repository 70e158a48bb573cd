import { registerEnumType } from '@nestjs/graphql';

/**
 * What a meeting is: the kinds advocates attend and funder reports count apart (a parent
 * center's annual report counts IEP/IFSP/504 meetings, facilitated IEPs and due process).
 */
export enum MeetingKind {
  IEP = 'IEP',
  SECTION_504 = 'SECTION_504',
  REINTEGRATION_PLANNING = 'REINTEGRATION_PLANNING',
  OTHER = 'OTHER',
  /** An Individualized Family Service Plan meeting (Part C, birth to three). */
  IFSP = 'IFSP',
  /** Whether the student is eligible for special education (after an evaluation). */
  ELIGIBILITY = 'ELIGIBILITY',
  /** An IEP meeting run by a neutral facilitator. */
  FACILITATED_IEP = 'FACILITATED_IEP',
  /** Whether conduct was a manifestation of the disability (34 CFR 300.530(e)). */
  MANIFESTATION_DETERMINATION = 'MANIFESTATION_DETERMINATION',
  /** The meeting after a due process complaint (34 CFR 300.510). */
  RESOLUTION_SESSION = 'RESOLUTION_SESSION',
  MEDIATION = 'MEDIATION',
  DUE_PROCESS_HEARING = 'DUE_PROCESS_HEARING',
  /** A school or district attendance review (SART, SARB, truancy board). */
  ATTENDANCE_REVIEW = 'ATTENDANCE_REVIEW',
}
registerEnumType(MeetingKind, { name: 'MeetingKind' });

/** What each kind of meeting is called, in a sentence or a title. */
export const MEETING_KIND_NAMES: Record<MeetingKind, string> = {
  [MeetingKind.IEP]: 'IEP meeting',
  [MeetingKind.SECTION_504]: 'Section 504 meeting',
  [MeetingKind.REINTEGRATION_PLANNING]: 'Reintegration planning meeting',
  [MeetingKind.OTHER]: 'Meeting',
  [MeetingKind.IFSP]: 'IFSP meeting',
  [MeetingKind.ELIGIBILITY]: 'Eligibility meeting',
  [MeetingKind.FACILITATED_IEP]: 'Facilitated IEP meeting',
  [MeetingKind.MANIFESTATION_DETERMINATION]: 'Manifestation determination review',
  [MeetingKind.RESOLUTION_SESSION]: 'Resolution session',
  [MeetingKind.MEDIATION]: 'Mediation',
  [MeetingKind.DUE_PROCESS_HEARING]: 'Due process hearing',
  [MeetingKind.ATTENDANCE_REVIEW]: 'Attendance review meeting (SART/SARB)',
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
