export * from './reports.module';
export * from './outcome-report.service';
export * from './request-outcomes.service';
