import { Module } from '@nestjs/common';
import { OutcomeReportResolver } from './outcome-report.resolver';
import { OutcomeReportService } from './outcome-report.service';
import { OutcomeReportCsvController } from './outcome-report.controller';
import { RequestOutcomes } from './request-outcomes.service';
import { JobWorkersModule, QueueName } from '@onrecord/platform/queue';
import { RequestOutcomeJobs } from './request-outcome.jobs';
import { ReportedRequests } from './reported-requests.service';
import { ReportedRequestsResolver } from './reported-requests.resolver';
import { RequestOutcomeMetrics } from './request-outcome-metrics';
import { SurveysModule } from '@onrecord/surveys';
import { ParentSurveyReport } from './parent-survey-report.service';
import { ParentSurveyReportResolver } from './parent-survey-report.resolver';

/**
 * Outcome reports for organizations: what advocacy achieved, over GraphQL and as CSV files;
 * and the parent survey's results.
 */
@Module({
  // The parent survey's results (its figures, for funders beside the outcome report).
  imports: [SurveysModule],
  controllers: [OutcomeReportCsvController],
  providers: [
    ParentSurveyReport,
    ParentSurveyReportResolver,
    OutcomeReportService,
    OutcomeReportResolver,
    RequestOutcomes,
    ReportedRequests,
    ReportedRequestsResolver,
  ],
})
export class ReportsModule {}

/** The worker side: keeping the report summary computed. */
@Module({
  imports: [JobWorkersModule.forQueue(QueueName.reports)],
  providers: [RequestOutcomes, RequestOutcomeJobs, RequestOutcomeMetrics],
})
export class ReportsWorkerModule {}
