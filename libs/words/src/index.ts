export * from './language';
export * from './words';
export * from './by-language';
export { DECISION_NOTICES, EN, ESCALATION, SCHOOL_FOLLOW_UP } from './en';
export { ES } from './es';
