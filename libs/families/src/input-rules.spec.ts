import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { canonicalLanguageTag } from './input-rules';
import { GuardianInput } from './guardian.inputs';
import { StudentInput } from './student.inputs';

describe('family input rules', () => {
  it('accepts BCP 47 tags in canonical form and refuses the rest', () => {
    expect(canonicalLanguageTag('es-mx')).toBe('es-MX');
    expect(canonicalLanguageTag('ZH-hant-tw')).toBe('zh-Hant-TW');
    expect(canonicalLanguageTag('en_US')).toBeNull();
    expect(canonicalLanguageTag('')).toBeNull();
  });

  it('stores a guardian’s language and phone in canonical form', () => {
    const input = plainToInstance(GuardianInput, {
      name: ' Ana ',
      relationship: 'mother',
      phone: '512.555.0123',
      preferredLanguage: 'PT-br',
    });
    expect(validateSync(input)).toEqual([]);
    expect(input).toMatchObject({ name: 'Ana', phone: '+15125550123', preferredLanguage: 'pt-BR' });
  });

  it('trims and deduplicates disability categories, refusing empty ones', () => {
    const ok = plainToInstance(StudentInput, {
      name: 'Sam',
      disabilityCategories: [' ADHD', 'adhd ', 'Anxiety'],
    });
    expect(validateSync(ok)).toEqual([]);
    expect(ok.disabilityCategories).toEqual(['ADHD', 'Anxiety']);
    const empty = plainToInstance(StudentInput, { name: 'Sam', disabilityCategories: ['  '] });
    expect(validateSync(empty).map((e) => e.property)).toEqual(['disabilityCategories']);
  });

  it('refuses dates of birth in the future or before 1990', () => {
    const errors = (dateOfBirth: string) =>
      validateSync(plainToInstance(StudentInput, { name: 'Sam', dateOfBirth })).flatMap((e) =>
        Object.values(e.constraints ?? {}),
      );
    expect(errors('2012-09-30')).toEqual([]);
    expect(errors('2199-01-01')).toEqual(['cannot be in the future']);
    expect(errors('1989-12-31')).toEqual(['must be on or after 1990-01-01: check the year']);
  });
});
