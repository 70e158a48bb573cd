import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import {
  ParentSurveyResults,
  type ParentSurveyCommentObject,
  type ParentSurveyResultsObject,
} from '@onrecord/surveys';
import type { ReportRangeInput } from './outcome-report.inputs';
import { assertReportRange } from './outcome-report.service';

/**
 * The parent survey in the reports: its figures over a range checked as every report's range
 * is (the surveys lib counts; this lib says which ranges a report may ask for).
 */
@Injectable()
export class ParentSurveyReport {
  constructor(private readonly results: ParentSurveyResults) {}

  summary(scope: DataScope, range: ReportRangeInput): Promise<ParentSurveyResultsObject> {
    assertReportRange(range);
    return this.results.summary(scope, range);
  }

  comments(scope: DataScope, range: ReportRangeInput): Promise<ParentSurveyCommentObject[]> {
    assertReportRange(range);
    return this.results.comments(scope, range);
  }
}
