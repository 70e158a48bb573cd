/** meetings: services and resolvers (filled by the meetings work). */
export const MEETING_PROVIDERS = [];
export const MEETING_EXPORTS = [];
