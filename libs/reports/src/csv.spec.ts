import { csvField, csvLine } from './csv';

describe('CSV fields', () => {
  it.each([
    ['Oak Elementary', 'Oak Elementary'],
    ['Oak, North', '"Oak, North"'],
    ['The "Oak"', '"The ""Oak"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-5 days', "'-5 days"],
    ['@SUM', "'@SUM"],
    ['', ''],
  ])('writes %j as %s', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('writes numbers as they are and nothing for no value', () => {
    expect(csvLine([3, 0.5, null, undefined, 'x'])).toBe('3,0.5,,,x\r\n');
  });
});
