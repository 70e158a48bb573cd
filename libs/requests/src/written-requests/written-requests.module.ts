import { Module } from '@nestjs/common';
import { CasesModule } from '@onrecord/cases';
import { RequestDeadlinesModule } from '../deadlines/request-deadlines.module';
import { LettersModule } from '../letters/letters.module';
import { CaseRequestsResolver } from './case-requests.resolver';
import { RequestSentTimelineSource } from './request-sent.timeline-source';
import { WrittenRequestFieldsResolver } from './written-request-fields.resolver';
import { WrittenRequestResolver } from './written-request.resolver';
import { WrittenRequestService } from './written-request.service';

/**
 * Written requests: drafted from the organization's letter, sent, corrected, closed; their
 * deadlines counted below (RequestDeadlinesModule). It imports the cases module to put a
 * request sent on the case timeline.
 */
@Module({
  imports: [RequestDeadlinesModule, LettersModule, CasesModule],
  providers: [
    WrittenRequestService,
    WrittenRequestResolver,
    WrittenRequestFieldsResolver,
    CaseRequestsResolver,
    RequestSentTimelineSource,
  ],
  exports: [WrittenRequestService],
})
export class WrittenRequestsModule {}
