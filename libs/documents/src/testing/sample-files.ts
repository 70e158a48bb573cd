/** Small files with real signatures, as the sniffer reads them. */
export const SAMPLE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);
/** A 1×1 PNG. */
export const SAMPLE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
export const SAMPLE_HTML = Buffer.from('<!doctype html><script>alert(1)</script>', 'utf8');
export const SAMPLE_SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  'utf8',
);
/** The start of a Windows program. */
export const SAMPLE_EXE = Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.alloc(256, 0x90)]);
