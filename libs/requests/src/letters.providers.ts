import { LetterResolver } from './letters/letter.resolver';
import { LetterService } from './letters/letter.service';

/** letters: services and resolvers (filled by the letters work). */
export const LETTER_PROVIDERS = [LetterService, LetterResolver];
export const LETTER_EXPORTS = [LetterService];
