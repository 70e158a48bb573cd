/**
 * The report's SQL and its refresh, for the benchmark that times them on a large database
 * (test/bench/outcome-report.bench.ts), and the funder reports' hand-counted fixture, for
 * the specs that check the figures (through the api and on the console's page). Internals of
 * the feature: its index does not export them, and this entry point is kept out of the build.
 */
export { CASE_FIGURES_SQL } from '../case-figures.sql';
export { REQUEST_FIGURES_SQL } from '../outcome-report.sql';
export { refreshRequestOutcomes } from '../refresh-request-outcomes';
export {
  EXPECTED_CASE_SERVICE,
  EXPECTED_MEETINGS,
  EXPECTED_OUTREACH,
  EXPECTED_PARENT_CENTER,
  EXPECTED_SURVEY,
  FUNDER_RANGE,
  seedFunderFixture,
  type FunderFixture,
} from './funder-fixture';
