import { Case } from './case.entity';
import { CaseAssignment } from './case-assignment.entity';
import { CaseNote } from './case-note.entity';
import { CaseStatusChange } from './case-status-change.entity';
import { FamilyMessage } from './family-message.entity';
import { ContactLogEntry } from './contact-log/contact-log-entry.entity';
import { OutreachActivity } from './outreach/outreach-activity.entity';

/** The TypeORM entities of cases, in one list: the schema catalog and the lib's specs use it. */
export const CASES_ENTITIES = [
  Case,
  CaseAssignment,
  CaseStatusChange,
  CaseNote,
  FamilyMessage,
  ContactLogEntry,
  OutreachActivity,
];
