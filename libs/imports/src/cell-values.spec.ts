import { enumValue, isoDate, joinedName, languageTag, listItems, ownNames } from './cell-values';
import { readCsv } from './csv-table';

describe('cells as the create operations take them', () => {
  it('reads US dates and leaves what it does not know for the rules to refuse', () => {
    const today = new Date('2026-05-01T12:00:00Z');
    expect(isoDate('3/4/2014', today)).toBe('2014-03-04');
    expect(isoDate('12/31/15', today)).toBe('2015-12-31');
    expect(isoDate('1/2/98', today)).toBe('1998-01-02');
    expect(isoDate('2014-03-04', today)).toBe('2014-03-04');
    expect(isoDate('March 4', today)).toBe('March 4');
  });

  it('names languages as tags, English when empty', () => {
    expect(languageTag('Español')).toBe('es');
    expect(languageTag('spanish')).toBe('es');
    expect(languageTag('zh-Hant')).toBe('zh-Hant');
    expect(languageTag('')).toBe('en');
  });

  it('splits lists and joins names', () => {
    expect(listItems('Autism; ADHD, ,Anxiety')).toEqual(['Autism', 'ADHD', 'Anxiety']);
    expect(joinedName('', 'Ana', 'Ruiz')).toBe('Ana Ruiz');
    expect(joinedName('Ana María Ruiz', 'x', 'y')).toBe('Ana María Ruiz');
  });

  it('knows an enum value by its own name or a usual one', () => {
    const names = { ...ownNames(['SECTION_504', 'IEP']), '504': 'SECTION_504' };
    expect(enumValue('Section 504', names)).toBe('SECTION_504');
    expect(enumValue('section_504', names)).toBe('SECTION_504');
    expect(enumValue('504', names)).toBe('SECTION_504');
    expect(enumValue('Gifted', names)).toBe('Gifted');
  });
});

describe('reading a CSV file', () => {
  it('reads a BOM, quoted fields with commas and line breaks, CRLF, and numbers rows as the spreadsheet does', () => {
    const table = readCsv('\uFEFFName,Notes\r\n"Ruiz, Ana","two\r\nlines"\r\n,\r\nLee,ok\r\n');
    expect(table.headers).toEqual(['Name', 'Notes']);
    expect(table.rows).toEqual([
      { line: 2, cells: { Name: 'Ruiz, Ana', Notes: 'two\r\nlines' } },
      { line: 4, cells: { Name: 'Lee', Notes: 'ok' } },
    ]);
  });

  it('refuses a file it cannot read, naming the file', () => {
    expect(() => readCsv('a,"b\n1,2')).toThrow(/file: is not a CSV file/);
    expect(() => readCsv('Name,Name\nx,y')).toThrow(/two columns named "Name"/);
  });
});
