import { Module } from '@nestjs/common';
import { OutcomeReportResolver } from './outcome-report.resolver';
import { OutcomeReportService } from './outcome-report.service';
import { OutcomeReportCsvController } from './outcome-report.controller';
import { RequestOutcomes } from './request-outcomes.service';
import { JobWorkersModule, QueueName } from '@onrecord/platform/queue';
import { RequestOutcomeJobs } from './request-outcome.jobs';
import { ReportedRequests } from './reported-requests.service';
import { ReportReads } from './report-reads';
import { ReportedRequestsResolver } from './reported-requests.resolver';
import { RequestOutcomeMetrics } from './request-outcome-metrics';
import { FunderReportCsvController } from './funder/funder-report.controller';
import { FunderReports } from './funder/funder-reports.service';
import { FunderReportsResolver } from './funder/funder-reports.resolver';
import { SurveysModule } from '@onrecord/surveys';
import { ParentSurveyReport } from './parent-survey-report.service';
import { ParentSurveyReportResolver } from './parent-survey-report.resolver';

/**
 * Reports for organizations, over GraphQL and as CSV files: outcome reports (what advocacy
 * achieved), funder reports (what was done, for whom) and the parent survey's results.
 */
@Module({
  imports: [SurveysModule],
  controllers: [OutcomeReportCsvController, FunderReportCsvController],
  providers: [
    ParentSurveyReport,
    ParentSurveyReportResolver,
    OutcomeReportService,
    OutcomeReportResolver,
    RequestOutcomes,
    ReportReads,
    ReportedRequests,
    ReportedRequestsResolver,
    FunderReports,
    FunderReportsResolver,
  ],
})
export class ReportsModule {}

/** The worker side: keeping the report summary computed. */
@Module({
  imports: [JobWorkersModule.forQueue(QueueName.reports)],
  providers: [RequestOutcomes, RequestOutcomeJobs, RequestOutcomeMetrics],
})
export class ReportsWorkerModule {}
