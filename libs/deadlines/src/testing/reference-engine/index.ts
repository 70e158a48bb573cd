/**
 * A frozen copy of the deadline engine as it was before the day-number rewrite (integer day
 * numbers, per-calendar day tables, one count per distinct counting question). It is kept
 * only to prove that the rewritten engine gives the same answers: the same-answers spec and
 * `npm run bench:deadlines` run both over every built-in rule and compare whole results.
 *
 * Never imported by production code, and never edited: a fix to the engine belongs in
 * libs/deadlines/src, and if it changes answers on purpose the comparison shows where.
 * The files here are verbatim copies, except that they import the shared vocabulary
 * (types.ts) and plainDutyOf (reader-duty.ts) from the engine instead of copying them.
 */
export { computeDeadline, computeForRule } from './compute-deadline';
