import { safeFileName } from './file-name';

describe('a document’s file name, made safe', () => {
  it.each([
    ['../../etc/passwd', 'pdf', 'passwd.pdf'],
    ['C:\\Users\\ana\\IEP 2026.docx', 'docx', 'IEP 2026.docx'],
    ['Evaluación psicológica.exe', 'pdf', 'Evaluación psicológica.pdf'],
    ['  .hidden  ', 'txt', 'hidden.txt'],
    ['a\u0000b<c>:d"e|f?g*.pdf', 'pdf', 'abcdefg.pdf'],
    ['', 'png', 'document.png'],
    [undefined, 'png', 'document.png'],
    ['....', 'pdf', 'document.pdf'],
    ['letter\n\tfrom   school.pdf', 'pdf', 'letter from school.pdf'],
  ])('%j (%s) → %j', (uploaded, extension, expected) => {
    expect(safeFileName(uploaded, extension)).toBe(expected);
  });

  it('keeps at most 120 characters before the extension', () => {
    expect(safeFileName(`${'x'.repeat(300)}.pdf`, 'pdf')).toBe(`${'x'.repeat(120)}.pdf`);
  });
});
