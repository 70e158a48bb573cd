import { portalLanguageProblem } from './portal-languages';

describe('the languages a guardian may choose', () => {
  it.each(['en', 'es', undefined])('accepts %s', (language) =>
    expect(portalLanguageProblem(language)).toBeNull(),
  );

  it.each(['vi', 'fr', 'es-MX', 'EN', ''])('refuses %s, naming the field', (language) =>
    expect(portalLanguageProblem(language)).toEqual({
      field: 'preferredLanguage',
      message: 'must be one of en, es (the languages OnRecord writes in)',
    }),
  );
});
