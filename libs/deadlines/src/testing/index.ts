/**
 * Test support for the deadline engine, imported as `@onrecord/deadlines/testing` by specs
 * and benchmarks only: the fictional district calendars, the frozen reference engine, and
 * the same-answers comparison of the engine against it.
 */
export * from './district-calendars';
export * as referenceEngine from './reference-engine';
export { compareEngines, type Comparison, type SameAnswersOptions } from './same-answers';
