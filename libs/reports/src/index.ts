/**
 * What the other libs, the apps and the tests use of reports: its module, the services and
 * read queries they call, the entities they read, the types they share. The rest is its own;
 * export more here only when another lib needs it.
 */
export { csvLine } from './csv';
export { ReportHttpErrors } from './report-http-errors.filter';
export { ReportsModule, ReportsWorkerModule } from './reports.module';
