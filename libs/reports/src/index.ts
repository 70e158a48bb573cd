export * from './reports.module';
export * from './outcome-report.service';
export * from './request-outcomes.service';
export { csvLine } from './csv';
export { ReportHttpErrors } from './report-http-errors.filter';
