import { Module } from '@nestjs/common';
import { OutcomeReportResolver } from './outcome-report.resolver';
import { OutcomeReportService } from './outcome-report.service';
import { OutcomeReportCsvController } from './outcome-report.controller';

/** Outcome reports for organizations: what advocacy achieved, over GraphQL and as CSV files. */
@Module({
  controllers: [OutcomeReportCsvController],
  providers: [OutcomeReportService, OutcomeReportResolver],
})
export class ReportsModule {}
