import { SchoolResponseService } from './school-response.service';
import { CommitmentService } from './commitment.service';
import {
  SchoolResponseResolver,
  WrittenRequestResponsesResolver,
} from './school-response.resolver';
import { CommitmentResolver } from './commitment.resolver';
import { RequestCaseloadFactsSource } from './caseload-facts.source';
import {
  CommitmentTimelineSource,
  RequestSentTimelineSource,
  ResponseTimelineSource,
} from './request-timeline.sources';

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
