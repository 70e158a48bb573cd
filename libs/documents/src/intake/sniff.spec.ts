import {
  SAMPLE_EXE,
  SAMPLE_HTML,
  SAMPLE_PDF,
  SAMPLE_PNG,
  SAMPLE_SVG,
} from '../testing/sample-files';
import { sniffDocumentType } from './sniff';

describe('a document’s type, read from its bytes', () => {
  it('knows a PDF and an image by their signatures', async () => {
    expect(await sniffDocumentType(SAMPLE_PDF)).toEqual({
      contentType: 'application/pdf',
      extension: 'pdf',
    });
    expect(await sniffDocumentType(SAMPLE_PNG)).toEqual({
      contentType: 'image/png',
      extension: 'png',
    });
  });

  it('takes UTF-8 text without control characters as plain text', async () => {
    expect(await sniffDocumentType(Buffer.from('Notas de la reunión\r\n\tsin problemas'))).toEqual({
      contentType: 'text/plain',
      extension: 'txt',
    });
  });

  it('refuses what a browser could run or render, a program, and bytes that are no text', async () => {
    for (const bytes of [
      SAMPLE_HTML,
      SAMPLE_SVG,
      SAMPLE_EXE,
      Buffer.from('<html><body>hi</body></html>'),
      Buffer.from([0xff, 0xfe, 0x00, 0x01]),
      Buffer.from('text with a \u0007 bell'),
      Buffer.alloc(0),
    ])
      expect(await sniffDocumentType(bytes)).toBeNull();
  });
});
