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

/** Characters PDF's standard fonts lack (WinAnsi), written the way a typewriter would. */
const SUBSTITUTES: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '≥': '>=',
  '≤': '<=',
  '✓': 'v',
  '≠': '!=',
};
// Latin-1 and the 27 further characters of Windows-1252 that the standard fonts draw.
const WIN_ANSI = /[^\n\r\t\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/gu;

/** A text the standard fonts can draw: known substitutes, anything else (emoji…) as "?". */
export const winAnsi = (text: string): string =>
  text.replace(WIN_ANSI, (ch) => SUBSTITUTES[ch] ?? '?');

/** Every text of a definition made drawable; an SVG's own markup is left as it is. */
function drawable<T>(node: T): T {
  if (typeof node === 'string') return winAnsi(node) as T;
  if (typeof node === 'function')
    return ((...args: unknown[]) => drawable((node as (...a: unknown[]) => unknown)(...args))) as T;
  if (Array.isArray(node)) return node.map(drawable) as T;
  if (node && typeof node === 'object')
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, key === 'svg' ? value : drawable(value)]),
    ) as T;
  return node;
}

/** Renders a definition; returns the bytes and how many pages pdfmake laid out. */
export async function renderPdf(
  definition: TDocumentDefinitions,
): Promise<{ bytes: Buffer; pages: number }> {
  let pages = 0;
  const footer = definition.footer;
  const counted: TDocumentDefinitions = {
    ...drawable(definition),
    footer: (current, count, size) => {
      pages = count;
      return drawable(
        typeof footer === 'function' ? footer(current, count, size) : (footer ?? null),
      );
    },
  };
  const bytes = (await pdfmake.createPdf(counted).getBuffer()) as Buffer;
  return { bytes: Buffer.from(bytes), pages };
}
