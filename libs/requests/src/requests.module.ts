import { Module } from '@nestjs/common';
import { AttendanceModule } from '@onrecord/attendance';
import { CasesModule } from '@onrecord/cases';
import { DirectoryModule } from '@onrecord/directory';
import { WRITTEN_REQUEST_EXPORTS, WRITTEN_REQUEST_PROVIDERS } from './written-requests.providers';
import { SCHOOL_RESPONSE_EXPORTS, SCHOOL_RESPONSE_PROVIDERS } from './school-responses.providers';
import { MEETING_EXPORTS, MEETING_PROVIDERS } from './meetings.providers';
import { LETTER_EXPORTS, LETTER_PROVIDERS } from './letters.providers';
import { DEADLINE_RULE_EXPORTS, DEADLINE_RULE_PROVIDERS } from './deadline-rules.providers';

/**
 * The api side of written requests and what the school said: services and resolvers. It
 * imports the cases module to add its facts to the caseload and its events to the timeline,
 * the directory's, to count deadlines again when a district calendar changes, and
 * attendance's, when a student's absences change (TX TEC 29.004(a)(1)).
 */
@Module({
  imports: [AttendanceModule, CasesModule, DirectoryModule],
  providers: [
    ...WRITTEN_REQUEST_PROVIDERS,
    ...SCHOOL_RESPONSE_PROVIDERS,
    ...MEETING_PROVIDERS,
    ...LETTER_PROVIDERS,
    ...DEADLINE_RULE_PROVIDERS,
  ],
  exports: [
    ...WRITTEN_REQUEST_EXPORTS,
    ...SCHOOL_RESPONSE_EXPORTS,
    ...MEETING_EXPORTS,
    ...LETTER_EXPORTS,
    ...DEADLINE_RULE_EXPORTS,
  ],
})
export class RequestsModule {}
