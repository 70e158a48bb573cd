import { LetterResolver } from './letter.resolver';
import { LetterService } from './letter.service';

/** letters: services and resolvers (filled by the letters work). */
export const LETTER_PROVIDERS = [LetterService, LetterResolver];
export const LETTER_EXPORTS = [LetterService];
