import type { Case } from './case.entity';
import type { CaseNote } from './case-note.entity';
import type { CaseStatusChange } from './case-status-change.entity';
import type { CaseObject, CaseStatusChangeObject } from './case.objects';
import type { CaseNoteObject } from './case-note.objects';

export const toCase = (c: Case): CaseObject => ({
  id: c.id,
  familyId: c.familyId,
  studentId: c.studentId,
  title: c.title,
  concerns: c.concerns,
  status: c.status,
  openedOn: c.openedOn,
  closedOn: c.closedOn,
  outcome: c.outcome,
  outcomeNotes: c.outcomeNotes,
  closingReason: c.closingReason,
  legalHold: c.legalHoldReason,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
  archivedAt: c.archivedAt,
});

export const toCaseStatusChange = (change: CaseStatusChange): CaseStatusChangeObject => ({
  id: change.id,
  fromStatus: change.fromStatus,
  toStatus: change.toStatus,
  changedAt: change.changedAt,
  changedByUserId: change.changedByUserId,
  reason: change.reason,
});

export const toCaseNote = (note: CaseNote): CaseNoteObject => ({
  id: note.id,
  caseId: note.caseId,
  body: note.body,
  visibility: note.visibility,
  authorUserId: note.authorUserId,
  createdAt: note.createdAt,
  updatedAt: note.updatedAt,
  archivedAt: note.archivedAt,
});
