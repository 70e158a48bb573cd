import { joinNames, longDate, oneLine } from './index';

describe('text helpers', () => {
  it('writes dates long, with the week day, whatever the machine time zone', () => {
    // 2025-10-21 is a Tuesday; 2025-11-01 a Saturday (`date -d <day> +%A`).
    expect(longDate('2025-10-21')).toBe('Tuesday, October 21, 2025');
    expect(longDate('2025-10-21', 'en')).toBe('Tuesday, October 21, 2025');
    expect(longDate('2025-10-21', 'es')).toBe('martes, 21 de octubre de 2025');
    expect(longDate('2025-11-01', 'es')).toBe('sábado, 1 de noviembre de 2025');
    expect(longDate('2026-01-01', 'es')).toBe('jueves, 1 de enero de 2026');
  });

  it('joins names, in English by default', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
    expect(joinNames(['Ana', 'Isabel'], 'en')).toBe('Ana and Isabel');
  });

  it('joins names in Spanish, with "e" before the sound i', () => {
    expect(joinNames([], 'es')).toBe('');
    expect(joinNames(['Ana'], 'es')).toBe('Ana');
    expect(joinNames(['Ana', 'Ben'], 'es')).toBe('Ana y Ben');
    expect(joinNames(['Ana', 'Ben', 'Cy'], 'es')).toBe('Ana, Ben y Cy');
    // "e" before the sound i; not before "hie-"/"hia-" (a "y" sound).
    expect(joinNames(['Ana', 'Isabel'], 'es')).toBe('Ana e Isabel');
    expect(joinNames(['Ana', 'Íñigo'], 'es')).toBe('Ana e Íñigo');
    expect(joinNames(['Ana', 'Hilda'], 'es')).toBe('Ana e Hilda');
    expect(joinNames(['Ana', 'Hierro'], 'es')).toBe('Ana y Hierro');
    expect(joinNames(['Ana', 'Iago'], 'es')).toBe('Ana y Iago');
  });

  it('puts text on one line', () => {
    expect(oneLine('  Maya\nR.\t —  Case ')).toBe('Maya R. — Case');
    expect(oneLine('')).toBe('');
  });
});
