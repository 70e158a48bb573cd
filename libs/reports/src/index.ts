export * from './reports.module';
export * from './outcome-report.service';
