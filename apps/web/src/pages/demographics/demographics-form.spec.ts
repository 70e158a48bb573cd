import { describe, expect, it } from '@jest/globals';
import {
  familyInput,
  guardianInput,
  LANGUAGE_DECLINED,
  languageOptions,
  studentInput,
  toValues,
} from './demographics-form';

const onFile = {
  family: {
    demographics: { county: 'Travis', postalCode: '78701', placeDeclined: false },
    guardians: [
      { id: 'g1', demographics: { primaryLanguage: 'vi', primaryLanguageDeclined: false } },
      { id: 'g2', demographics: { primaryLanguage: null, primaryLanguageDeclined: true } },
      { id: 'g3', demographics: { primaryLanguage: null, primaryLanguageDeclined: false } },
    ],
  },
  student: { demographics: { raceEthnicity: 'ASIAN' as const, primaryDisability: null } },
};

describe('the demographics form', () => {
  it('fills in what is on file, a declined language as its own choice', () => {
    const values = toValues(onFile);
    expect(values).toMatchObject({
      raceEthnicity: 'ASIAN',
      primaryDisability: null,
      county: 'Travis',
      postalCode: '78701',
      placeDeclined: false,
    });
    expect(values.guardians.map((g) => g.language)).toEqual(['vi', LANGUAGE_DECLINED, null]);
  });

  it('sends every field, null for not asked, and nothing of a place declined', () => {
    const values = toValues(onFile);
    expect(studentInput(values)).toEqual({ raceEthnicity: 'ASIAN', primaryDisability: null });
    expect(values.guardians.map(guardianInput)).toEqual([
      { primaryLanguage: 'vi', primaryLanguageDeclined: false },
      { primaryLanguage: null, primaryLanguageDeclined: true },
      { primaryLanguage: null, primaryLanguageDeclined: false },
    ]);
    expect(familyInput({ ...values, county: '  ', postalCode: ' 78702 ' })).toEqual({
      county: null,
      postalCode: '78702',
      placeDeclined: false,
    });
    expect(familyInput({ ...values, placeDeclined: true })).toEqual({
      county: null,
      postalCode: null,
      placeDeclined: true,
    });
  });

  it('names the languages in the interface language, English and Spanish first, one on file added', () => {
    const options = languageOptions(['gsw', LANGUAGE_DECLINED, null], 'es');
    expect(options.slice(0, 2)).toEqual([
      { value: 'en', label: 'Inglés' },
      { value: 'es', label: 'Español' },
    ]);
    expect(options.map((o) => o.value)).toContain('gsw');
    expect(options.map((o) => o.value)).not.toContain(LANGUAGE_DECLINED);
    const rest = options.slice(2).map((o) => o.label);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'es')));
  });
});
