import { Module } from '@nestjs/common';
import { CasesModule } from '@onrecord/cases';
import { RequestDeadlinesModule } from '../deadlines/request-deadlines.module';
import { WrittenRequestsModule } from '../written-requests/written-requests.module';
import { CaseCommitmentsResolver } from './case-commitments.resolver';
import { CommitmentResolver } from './commitment.resolver';
import { CommitmentService } from './commitment.service';
import { RequestCaseloadFactsSource } from './request.caseload-facts';
import {
  SchoolResponseResolver,
  WrittenRequestResponsesResolver,
} from './school-response.resolver';
import { SchoolResponseService } from './school-response.service';
import {
  CommitmentTimelineSource,
  ResponseTimelineSource,
} from './school-response.timeline-sources';

/**
 * What the school said to a written request, and what it promised (commitments, made in an
 * answer). It imports the cases module to add the requests' facts to the caseload and its
 * events to the timeline, and RequestDeadlinesModule for RequestChanges.
 */
@Module({
  imports: [WrittenRequestsModule, RequestDeadlinesModule, CasesModule],
  providers: [
    SchoolResponseService,
    CommitmentService,
    SchoolResponseResolver,
    WrittenRequestResponsesResolver,
    CommitmentResolver,
    CaseCommitmentsResolver,
    RequestCaseloadFactsSource,
    ResponseTimelineSource,
    CommitmentTimelineSource,
  ],
  exports: [SchoolResponseService, CommitmentService],
})
export class SchoolResponsesModule {}
