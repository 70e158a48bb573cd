import { buffer } from 'node:stream/consumers';
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts, rgb } from 'pdf-lib';
import type { DocumentStorage } from '@onrecord/documents';
import type { PacketDocument } from './case-record';
import type { IndexedDocument } from './packet-document';

/** A document read for the packet: its pages to append, or why it is only listed. */
export interface Appendix {
  indexed: IndexedDocument;
  pdf: PDFDocument | null;
  image: { bytes: Uint8Array; type: 'jpeg' | 'png' } | null;
  pages: number;
}

/** Appendix A, B, … Z, AA, AB… */
const label = (index: number): string =>
  index < 26
    ? String.fromCharCode(65 + index)
    : label(Math.floor(index / 26) - 1) + label(index % 26);

const IMAGES: Record<string, 'jpeg' | 'png'> = { 'image/jpeg': 'jpeg', 'image/png': 'png' };

/**
 * Reads each document of the case from the document storage: a PDF is appended page for page,
 * a JPEG or PNG photo on a page of its own; anything else (Word, a spreadsheet, a HEIC photo)
 * is listed in the index as not appended, and so is a file that cannot be read as what it says.
 */
export async function readAppendices(
  storage: DocumentStorage,
  documents: readonly PacketDocument[],
): Promise<Appendix[]> {
  const appendices: Appendix[] = [];
  for (const [index, document] of documents.entries()) {
    const indexed: IndexedDocument = {
      label: label(index),
      title: document.title,
      kind: document.kind,
      documentDate: document.documentDate,
      fileName: document.fileName,
      startsOn: null,
      notAppended: null,
    };
    const image = IMAGES[document.contentType];
    if (document.contentType !== 'application/pdf' && !image) {
      appendices.push({
        indexed: { ...indexed, notAppended: 'not appendable: download it from the case' },
        pdf: null,
        image: null,
        pages: 0,
      });
      continue;
    }
    const bytes = await buffer(await storage.read(document.organizationId, document.storageKey));
    if (image) {
      appendices.push({ indexed, pdf: null, image: { bytes, type: image }, pages: 1 });
      continue;
    }
    try {
      const pdf = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
      appendices.push({ indexed, pdf, image: null, pages: pdf.getPageCount() });
    } catch {
      appendices.push({
        indexed: { ...indexed, notAppended: 'could not be read as a PDF' },
        pdf: null,
        image: null,
        pages: 0,
      });
    }
  }
  return appendices;
}

/** Where each appendix starts, after the packet's own pages. */
export function placeAppendices(
  appendices: readonly Appendix[],
  packetPages: number,
): IndexedDocument[] {
  let next = packetPages + 1;
  return appendices.map((appendix) => {
    if (!appendix.pages) return appendix.indexed;
    const startsOn = next;
    next += appendix.pages;
    return { ...appendix.indexed, startsOn };
  });
}

const LETTER: [number, number] = [612, 792];

/** The text with what the standard font cannot draw (emoji, most non-Latin scripts) as "?". */
function drawable(font: PDFFont, text: string): string {
  const known = new Set(font.getCharacterSet());
  return [...text].map((ch) => (known.has(ch.codePointAt(0) ?? -1) ? ch : '?')).join('');
}

function stamp(
  page: PDFPage,
  font: PDFFont,
  text: string,
  pageNumber: number,
  total: number,
): void {
  const { width } = page.getSize();
  const footer = `Page ${pageNumber} of ${total}`;
  page.drawText(drawable(font, text), { x: 36, y: 14, size: 8, font, color: rgb(0.2, 0.2, 0.2) });
  page.drawText(footer, {
    x: width - 36 - font.widthOfTextAtSize(footer, 8),
    y: 14,
    size: 8,
    font,
    color: rgb(0, 0, 0),
  });
}

/**
 * The packet with its appendices after it: each appended page says which appendix it is and
 * carries the packet's own "Page X of N", so a printed stack can be put back in order.
 */
export async function appendDocuments(
  packet: Uint8Array,
  appendices: readonly Appendix[],
): Promise<Buffer> {
  const appended = appendices.filter((a) => a.pages > 0);
  if (!appended.length) return Buffer.from(packet);
  const out = await PDFDocument.load(packet);
  const font = await out.embedFont(StandardFonts.Helvetica);
  const total = out.getPageCount() + appended.reduce((n, a) => n + a.pages, 0);
  for (const appendix of appended) {
    const caption = `Appendix ${appendix.indexed.label}: ${appendix.indexed.title}`;
    if (appendix.pdf) {
      const pages = await out.copyPages(appendix.pdf, appendix.pdf.getPageIndices());
      for (const page of pages) {
        out.addPage(page);
        stamp(page, font, caption, out.getPageCount(), total);
      }
    } else if (appendix.image) {
      const image =
        appendix.image.type === 'jpeg'
          ? await out.embedJpg(appendix.image.bytes)
          : await out.embedPng(appendix.image.bytes);
      const page = out.addPage(LETTER);
      const box = { width: LETTER[0] - 108, height: LETTER[1] - 140 };
      const scale = Math.min(box.width / image.width, box.height / image.height, 1);
      const size = { width: image.width * scale, height: image.height * scale };
      page.drawText(drawable(font, caption), { x: 54, y: LETTER[1] - 50, size: 11, font });
      page.drawImage(image, {
        x: (LETTER[0] - size.width) / 2,
        y: LETTER[1] - 70 - size.height,
        ...size,
      });
      stamp(page, font, caption, out.getPageCount(), total);
    }
  }
  return Buffer.from(await out.save());
}
