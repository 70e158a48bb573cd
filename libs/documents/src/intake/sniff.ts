import { fromBuffer } from 'file-type';

/** What OnRecord keeps, by the type read from the bytes, and the extension it is saved with. */
const KEPT: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'image/tiff': 'tif',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
  // Word 97–2003 and Excel 97–2003 files are OLE compound files; file-type names the container.
  'application/x-cfb': 'doc',
  'application/rtf': 'rtf',
  'text/plain': 'txt',
};

export interface SniffedType {
  contentType: string;
  extension: string;
}

/**
 * The document's type, read from its bytes (file-type's signatures), never from what the
 * browser said: a script named letter.pdf is refused. Text has no signature: bytes that are
 * valid UTF-8 with no control characters but tabs and line ends are plain text. Anything
 * else — HTML, SVG, archives, programs — is not a document OnRecord keeps (null): a browser
 * could run it.
 */
export async function sniffDocumentType(bytes: Buffer): Promise<SniffedType | null> {
  const found = await fromBuffer(bytes);
  if (found) {
    const extension = KEPT[found.mime];
    return extension ? { contentType: found.mime, extension } : null;
  }
  return isPlainText(bytes) ? { contentType: 'text/plain', extension: 'txt' } : null;
}

function isPlainText(bytes: Buffer): boolean {
  if (!bytes.length) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return false;
  // Markup a browser would render (and run) is not plain text, whatever it is called.
  return !/^\s*<(?:!doctype|html|svg|\?xml|script)/i.test(text);
}
