/**
 * The report's SQL and its refresh, for the benchmark that times them on a large database
 * (test/bench/outcome-report.bench.ts). Internals of the feature: its index does not export
 * them, and this entry point is kept out of the build.
 */
export { CASE_FIGURES_SQL } from '../case-figures.sql';
export { REQUEST_FIGURES_SQL } from '../outcome-report.sql';
export { refreshRequestOutcomes } from '../refresh-request-outcomes';
