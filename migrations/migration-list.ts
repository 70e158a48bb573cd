/**
 * Every migration of this folder, in order (a test checks the list is complete). Kept apart
 * from the entities so running migrations loads no application code.
 */
import { SystemCheck1795425138742 } from './1795425138742-system-check';
import { IdentityAndTenancy1795426359151 } from './1795426359151-identity-and-tenancy';
import { LoginThrottle1795427130783 } from './1795427130783-login-throttle';
import { SystemCheckPerOrganization1795500000000 } from './1795500000000-system-check-per-organization';
import { CaseRecords1795600000000 } from './1795600000000-case-records';
import { WrittenRequests1795700000000 } from './1795700000000-written-requests';
import { MeetingsLettersRules1795800000000 } from './1795800000000-meetings-letters-rules';
import { FollowUps1795900000000 } from './1795900000000-follow-ups';
import { ReportingApiKeys1796000000000 } from './1796000000000-reporting-api-keys';
import { FamilyPortal1796100000000 } from './1796100000000-family-portal';
import { RequestOutcomes1796200000000 } from './1796200000000-request-outcomes';
import { FollowUpAttempts1796320000000 } from './1796320000000-follow-up-attempts';
import { RequestOutcomeStalls1796340000000 } from './1796340000000-request-outcome-stalls';
import { AnalystFamilyRecords1796340000001 } from './1796340000001-analyst-family-records';
import { StudentSchoolId1796340000002 } from './1796340000002-student-school-id';
import { FamilyErasure1796360000000 } from './1796360000000-family-erasure';
import { ObservationTagTranslations1796372000001 } from './1796372000001-observation-tag-translations';
import { RequestOutcomeDeadlineBasis1796372000002 } from './1796372000002-request-outcome-deadline-basis';
import { SignUpConfirmation1796380000000 } from './1796380000000-sign-up-confirmation';
import { MemberSignIns1796394200000 } from './1796394200000-member-sign-ins';
import { FamilyMessages1796401000000 } from './1796401000000-family-messages';
import { CasePlace1796410000000 } from './1796410000000-case-place';
import { RequestLetter1796420000000 } from './1796420000000-request-letter';
import { ContactLog1796430000000 } from './1796430000000-contact-log';
import { MeetingKinds1796440000000 } from './1796440000000-meeting-kinds';
import { Demographics1796450000000 } from './1796450000000-demographics';
import { ParentSurvey1796460000000 } from './1796460000000-parent-survey';
import { InboundMail1796470000000 } from './1796470000000-inbound-mail';
import { Outreach1796480000000 } from './1796480000000-outreach';
import { ReplyClassification1796490000000 } from './1796490000000-reply-classification';
import { OutcomeIgnoresReplyHold1796500000000 } from './1796500000000-outcome-ignores-reply-hold';
import { Documents1796510000000 } from './1796510000000-documents';
import { CalendarFeeds1796520000000 } from './1796520000000-calendar-feeds';
import { Search1796530000000 } from './1796530000000-search';
import { ImportMapping1796540000000 } from './1796540000000-import-mapping';
import { DocumentPlaces1796550000000 } from './1796550000000-document-places';
import { Letterhead1796560000000 } from './1796560000000-letterhead';

export const MIGRATIONS = [
  SystemCheck1795425138742,
  IdentityAndTenancy1795426359151,
  LoginThrottle1795427130783,
  SystemCheckPerOrganization1795500000000,
  CaseRecords1795600000000,
  WrittenRequests1795700000000,
  MeetingsLettersRules1795800000000,
  FollowUps1795900000000,
  ReportingApiKeys1796000000000,
  FamilyPortal1796100000000,
  RequestOutcomes1796200000000,
  FollowUpAttempts1796320000000,
  RequestOutcomeStalls1796340000000,
  AnalystFamilyRecords1796340000001,
  StudentSchoolId1796340000002,
  FamilyErasure1796360000000,
  ObservationTagTranslations1796372000001,
  RequestOutcomeDeadlineBasis1796372000002,
  SignUpConfirmation1796380000000,
  MemberSignIns1796394200000,
  FamilyMessages1796401000000,
  CasePlace1796410000000,
  RequestLetter1796420000000,
  ContactLog1796430000000,
  MeetingKinds1796440000000,
  Demographics1796450000000,
  ParentSurvey1796460000000,
  InboundMail1796470000000,
  Outreach1796480000000,
  ReplyClassification1796490000000,
  OutcomeIgnoresReplyHold1796500000000,
  Documents1796510000000,
  CalendarFeeds1796520000000,
  Search1796530000000,
  ImportMapping1796540000000,
  DocumentPlaces1796550000000,
  Letterhead1796560000000,
];
