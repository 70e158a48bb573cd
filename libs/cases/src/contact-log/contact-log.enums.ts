import { registerEnumType } from '@nestjs/graphql';

/**
 * How a contact happened: the channels funders count (a parent center's annual report counts
 * phone, letter, email or text, and in person, each apart).
 */
export enum ContactChannel {
  PHONE = 'PHONE',
  VIDEO = 'VIDEO',
  IN_PERSON = 'IN_PERSON',
  EMAIL = 'EMAIL',
  TEXT = 'TEXT',
  LETTER = 'LETTER',
}
registerEnumType(ContactChannel, { name: 'ContactChannel' });

export enum ContactDirection {
  /** They reached the organization (a parent calls). */
  INCOMING = 'INCOMING',
  /** The advocate reached them. */
  OUTGOING = 'OUTGOING',
}
registerEnumType(ContactDirection, { name: 'ContactDirection' });

/**
 * Who the contact was with. Funder reports count parents (GUARDIAN), students (STUDENT) and
 * professionals (SCHOOL_CONTACT, PROFESSIONAL: a therapist, a doctor, a caseworker) apart.
 */
export enum ContactParty {
  GUARDIAN = 'GUARDIAN',
  STUDENT = 'STUDENT',
  SCHOOL_CONTACT = 'SCHOOL_CONTACT',
  PROFESSIONAL = 'PROFESSIONAL',
}
registerEnumType(ContactParty, { name: 'ContactParty' });

/** What a contact was about: one or more, the subjects advocates and their funders track. */
export enum ContactTopic {
  ATTENDANCE = 'ATTENDANCE',
  EVALUATION = 'EVALUATION',
  IEP = 'IEP',
  SECTION_504 = 'SECTION_504',
  BEHAVIOR_DISCIPLINE = 'BEHAVIOR_DISCIPLINE',
  BULLYING = 'BULLYING',
  RECORDS = 'RECORDS',
  REINTEGRATION = 'REINTEGRATION',
  HOME_INSTRUCTION = 'HOME_INSTRUCTION',
  DISPUTE_RESOLUTION = 'DISPUTE_RESOLUTION',
  INFORMATION_REFERRAL = 'INFORMATION_REFERRAL',
  OTHER = 'OTHER',
}
registerEnumType(ContactTopic, { name: 'ContactTopic' });
