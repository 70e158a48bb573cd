import { PDFDocument } from 'pdf-lib';
import { renderPdf, winAnsi } from './render-pdf';

describe('PDF text in the standard fonts', () => {
  it('keeps Spanish and typographic characters, writes arrows plainly, and marks the rest', () => {
    expect(winAnsi('Lucía Núñez — “¿Podemos hablar?” 15 días…')).toBe(
      'Lucía Núñez — “¿Podemos hablar?” 15 días…',
    );
    expect(winAnsi('INTAKE → ACTIVE')).toBe('INTAKE -> ACTIVE');
    expect(winAnsi('ok 👍 你好')).toBe('ok ? ??');
  });

  it('lays out a Letter page with its page count, reading no file or URL', async () => {
    const { bytes, pages } = await renderPdf({
      pageSize: 'LETTER',
      defaultStyle: { font: 'Helvetica' },
      content: ['Estudiante: Mateo Navarro → SART', { text: 'bold', bold: true }],
      footer: (current, count) => ({ text: `Page ${current} of ${count}` }),
    });
    const pdf = await PDFDocument.load(bytes);
    expect(pages).toBe(1);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 612, height: 792 });
  });
});
