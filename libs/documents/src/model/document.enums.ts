import { registerEnumType } from '@nestjs/graphql';

/** What a document on a case is. */
export enum DocumentKind {
  IEP = 'IEP',
  PLAN_504 = 'PLAN_504',
  EVALUATION = 'EVALUATION',
  SCHOOL_LETTER = 'SCHOOL_LETTER',
  MEDICAL_NOTE = 'MEDICAL_NOTE',
  ATTENDANCE_RECORD = 'ATTENDANCE_RECORD',
  PHOTO = 'PHOTO',
  REPLY_ATTACHMENT = 'REPLY_ATTACHMENT',
  OTHER = 'OTHER',
}
registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'What a document is: an IEP, a 504 plan, an evaluation, a letter from the school…',
});

/**
 * What a family may add from their portal: the papers that reach them at home (a letter, a
 * doctor's note, an outside evaluation, a photo of any of them). The school's own records
 * (an IEP, a 504 plan, attendance records) and reply attachments come through the advocate.
 */
export const FAMILY_DOCUMENT_KINDS: readonly DocumentKind[] = [
  DocumentKind.SCHOOL_LETTER,
  DocumentKind.MEDICAL_NOTE,
  DocumentKind.EVALUATION,
  DocumentKind.PHOTO,
  DocumentKind.OTHER,
];
