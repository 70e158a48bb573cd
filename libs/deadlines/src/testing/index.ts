/**
 * Test support for the deadline engine, imported as `@onrecord/deadlines/testing` by specs
 * and benchmarks only: the fictional district calendars, and the frozen reference engine the
 * same-answers comparison runs against.
 */
export * from './district-calendars';
export * as referenceEngine from './reference-engine';
