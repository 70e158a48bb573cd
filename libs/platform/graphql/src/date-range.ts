/**
 * The dates OnRecord accepts anywhere: school records need no more, and both PostgreSQL and
 * the deadline engine (which counts days past the date) handle every day of it.
 */
export const DATE_RANGE = { first: '1900-01-01', last: '2200-12-31' } as const;

export const DATE_RANGE_MESSAGE = `must be between ${DATE_RANGE.first} and ${DATE_RANGE.last}`;
