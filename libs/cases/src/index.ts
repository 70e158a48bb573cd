/**
 * What the other libs, the apps and the tests use of cases: its module, the services and
 * read queries they call, the entities they read, the types they share. The rest is its own;
 * export more here only when another lib needs it.
 */
export { CaseAssignment } from './case-assignment.entity';
export {
  CaseClosingReason,
  CaseConcern,
  CaseOutcome,
  CaseStatus,
  NoteVisibility,
} from './case-enums';
export { CaseNote } from './case-note.entity';
export { type CasePlace, CasePlaces } from './case-place/case-places.service';
export { CaseStatusChange } from './case-status-change.entity';
export {
  type CaseStatusListener,
  type CaseStatusMove,
  CaseStatusChanges,
} from './case-status-changes';
export { endsCase } from './case-status';
export { ContactLogEntry } from './contact-log/contact-log-entry.entity';
export { OutreachFormat, OutreachKind } from './outreach/outreach.enums';
export { ContactChannel, ContactDirection, ContactParty } from './contact-log/contact-log.enums';
export { Case } from './case.entity';
export { type CaseImport, CaseImportService } from './case-import.service';
export { CaseOpeningFields } from './case.inputs';
export { loadCase } from './case.loaders';
export { CaseObject } from './case.objects';
export {
  type CaseloadFacts,
  CaseloadFactsFrom,
  type CaseloadFactsSource,
} from './caseload/caseload-facts';
export { CASES_ENTITIES } from './cases.entities';
export { CasesModule } from './cases.module';
export { toCase } from './conversions';
export { FAMILY_MESSAGE_MAX, FamilyMessage } from './family-message.entity';
export { CaseTimelineEvent, CaseTimelineEventKind } from './timeline/case-timeline-event';
// The evidence packet reads the whole timeline, page by page, as the console does.
export { CaseTimeline } from './timeline/case-timeline.service';
export {
  type CaseTimelineSource,
  compareEvents,
  timelineRows,
  TimelineSource,
  type TimelineWindow,
} from './timeline/case-timeline-source';
