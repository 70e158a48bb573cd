import { Module } from '@nestjs/common';
import { OutcomeReportResolver } from './outcome-report.resolver';
import { OutcomeReportService } from './outcome-report.service';

/** Outcome reports for organizations: what advocacy achieved, over GraphQL. */
@Module({ providers: [OutcomeReportService, OutcomeReportResolver] })
export class ReportsModule {}
