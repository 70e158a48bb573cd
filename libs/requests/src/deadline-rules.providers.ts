/** deadline-rules: services and resolvers (filled by the deadline-rules work). */
export const DEADLINE_RULE_PROVIDERS = [];
export const DEADLINE_RULE_EXPORTS = [];
