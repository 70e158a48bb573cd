import { SchoolResponseService } from './school-responses/school-response.service';
import { CommitmentService } from './school-responses/commitment.service';
import {
  SchoolResponseResolver,
  WrittenRequestResponsesResolver,
} from './school-responses/school-response.resolver';
import { CommitmentResolver } from './school-responses/commitment.resolver';
import { RequestCaseloadFactsSource } from './school-responses/request.caseload-facts';
import {
  CommitmentTimelineSource,
  RequestSentTimelineSource,
  ResponseTimelineSource,
} from './school-responses/school-response.timeline-sources';

/** School responses, commitments, caseload facts and timeline sources. */
export const SCHOOL_RESPONSE_PROVIDERS = [
  SchoolResponseService,
  CommitmentService,
  SchoolResponseResolver,
  WrittenRequestResponsesResolver,
  CommitmentResolver,
  RequestCaseloadFactsSource,
  RequestSentTimelineSource,
  ResponseTimelineSource,
  CommitmentTimelineSource,
];
export const SCHOOL_RESPONSE_EXPORTS = [SchoolResponseService, CommitmentService];
