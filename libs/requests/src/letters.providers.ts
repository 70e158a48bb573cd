/** letters: services and resolvers (filled by the letters work). */
export const LETTER_PROVIDERS = [];
export const LETTER_EXPORTS = [];
