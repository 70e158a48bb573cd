import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

// PDF's standard fonts: nothing to embed or load, and their WinAnsi encoding covers the
// accents of Spanish names (á, é, í, ó, ú, ñ, ü). No image or font is ever fetched from a
// URL or read from the disk: everything the document holds is in its definition.
const HELVETICA = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
};
const STANDARD_FONTS = new Set<string>(Object.values(HELVETICA));
pdfmake.setFonts({ Helvetica: HELVETICA });
pdfmake.setUrlAccessPolicy(() => false);
// pdfmake asks the policy for each font by its name: only the standard fonts' names pass.
pdfmake.setLocalAccessPolicy((path) => STANDARD_FONTS.has(path));

/** The page every OnRecord PDF is printed on: US Letter, with room for a header and footer. */
export const PAGE = {
  pageSize: 'LETTER',
  pageMargins: [54, 60, 54, 54],
} satisfies Partial<TDocumentDefinitions>;

export const BASE_STYLE = { font: 'Helvetica', fontSize: 10, lineHeight: 1.15 };

/** Renders a definition; returns the bytes and how many pages pdfmake laid out. */
export async function renderPdf(
  definition: TDocumentDefinitions,
): Promise<{ bytes: Buffer; pages: number }> {
  let pages = 0;
  const footer = definition.footer;
  const counted: TDocumentDefinitions = {
    ...definition,
    footer: (current, count, size) => {
      pages = count;
      return typeof footer === 'function' ? footer(current, count, size) : (footer ?? null);
    },
  };
  const bytes = (await pdfmake.createPdf(counted).getBuffer()) as Buffer;
  return { bytes: Buffer.from(bytes), pages };
}
