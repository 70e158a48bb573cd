import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { DirectoryModule } from '@onrecord/directory';
import { CaseService } from './case.service';
import { CasePlaces } from './case-place/case-places.service';
import { CaseStatusService } from './case-status.service';
import { CaseStatusChanges } from './case-status-changes';
import { CaseAssignmentService } from './case-assignment.service';
import { CaseImportService } from './case-import.service';
import { CaseNoteService } from './case-note.service';
import { CaseResolver } from './case.resolver';
import { CaseFieldsResolver } from './case-fields.resolver';
import { CaseAssignmentResolver } from './case-assignment.resolver';
import { CaseNoteResolver } from './case-note.resolver';
import { CaseloadFactsRegistry } from './caseload/caseload-facts';
import { CaseloadService } from './caseload/caseload.service';
import { CaseloadResolver } from './caseload/caseload.resolver';
import { CaseTimeline } from './timeline/case-timeline.service';
import { CaseTimelineResolver } from './timeline/case-timeline.resolver';
import { StatusChangeTimelineSource } from './timeline/status-change.timeline-source';
import { NoteTimelineSource } from './timeline/note.timeline-source';
import { AuditTimelineSource } from './timeline/audit.timeline-source';
import { FamilyMessageTimelineSource } from './timeline/family-message.timeline-source';
import { ContactLogTimelineSource } from './timeline/contact-log.timeline-source';
import { ContactLogService } from './contact-log/contact-log.service';
import { ContactLogFieldsResolver } from './contact-log/contact-log-fields.resolver';
import { ContactLogResolver } from './contact-log/contact-log.resolver';
import { OutreachService } from './outreach/outreach.service';
import { OutreachResolver } from './outreach/outreach.resolver';

/** The services other features (reports, requests) use; exported. */
const SERVICES = [
  CaseService,
  CaseStatusService,
  // Features that act when a case changes status (the parent survey) listen here.
  CaseStatusChanges,
  CaseAssignmentService,
  // The CSV import opens many cases at once (libs/imports).
  CaseImportService,
  CaseNoteService,
  ContactLogService,
  OutreachService,
  CaseloadService,
  // Where a case is (school, district, time zone, calendar): asked by every feature on it.
  CasePlaces,
  // Registries other features add to: timeline events, caseload facts.
  CaseTimeline,
  CaseloadFactsRegistry,
];

/** The case's own timeline events. */
const TIMELINE_SOURCES = [
  StatusChangeTimelineSource,
  NoteTimelineSource,
  FamilyMessageTimelineSource,
  ContactLogTimelineSource,
  AuditTimelineSource,
];

/**
 * The GraphQL side. Each job has its own resolver, so more (the caseload, the timeline) are
 * added to this list without touching the others; fields of Case may come from several.
 */
const RESOLVERS = [
  CaseResolver,
  CaseFieldsResolver,
  CaseAssignmentResolver,
  CaseNoteResolver,
  ContactLogResolver,
  OutreachResolver,
  ContactLogFieldsResolver,
  CaseloadResolver,
  CaseTimelineResolver,
];

/** The api side of cases: services and GraphQL resolvers. */
@Module({
  // DiscoveryModule: the timeline and the caseload find the sources features provide.
  // DirectoryModule: the district calendars a case's place carries.
  imports: [DiscoveryModule, DirectoryModule],
  providers: [...SERVICES, ...TIMELINE_SOURCES, ...RESOLVERS],
  exports: [...SERVICES],
})
export class CasesModule {}
