import { MESSAGE_LANGUAGES, messageLanguage } from './language';

describe('message languages', () => {
  it('are English and Spanish', () => {
    expect(MESSAGE_LANGUAGES).toEqual(['en', 'es']);
  });

  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['ES', 'es'],
    ['es-419', 'es'],
    ['es_US', 'es'],
    [' es-us ', 'es'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['pt-BR', 'en'],
    ['fr', 'en'],
    ['est', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ])('a guardian preferring %p reads %p', (tag, language) => {
    expect(messageLanguage(tag)).toBe(language);
  });
});
