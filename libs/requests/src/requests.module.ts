import { Module } from '@nestjs/common';
import { CasesModule } from '@onrecord/cases';
import { DirectoryModule } from '@onrecord/directory';
import { WRITTEN_REQUEST_EXPORTS, WRITTEN_REQUEST_PROVIDERS } from './written-requests.providers';
import { SCHOOL_RESPONSE_EXPORTS, SCHOOL_RESPONSE_PROVIDERS } from './school-responses.providers';

/**
 * The api side of written requests and what the school said: services and resolvers. It
 * imports the cases module to add its facts to the caseload and its events to the timeline,
 * and the directory's, to count deadlines again when a district calendar changes.
 */
@Module({
  imports: [CasesModule, DirectoryModule],
  providers: [...WRITTEN_REQUEST_PROVIDERS, ...SCHOOL_RESPONSE_PROVIDERS],
  exports: [...WRITTEN_REQUEST_EXPORTS, ...SCHOOL_RESPONSE_EXPORTS],
})
export class RequestsModule {}
