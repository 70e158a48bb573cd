import { execFile } from 'node:child_process';

/**
 * pdfjs-dist ships as ES modules and jest here runs CommonJS: a small `node` child reads the
 * PDF from stdin and prints each page's text, lines joined by spaces, as JSON.
 */
const SCRIPT = `
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const content = await (await pdf.getPage(n)).getTextContent();
  pages.push(content.items.map((item) => item.str).join(' '));
}
process.stdout.write(JSON.stringify(pages));
`;

/**
 * A page's text as one line: runs and wrapped lines joined by single spaces, and a word that
 * was broken after its hyphen at a line's end made whole again ("special- education").
 */
const flat = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/(\w)- (\w)/g, '$1-$2')
    .trim();

/** The text of each page of a PDF, read by pdf.js (Mozilla's PDF reader). */
export function pdfPages(bytes: Uint8Array): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--input-type=module', '-e', SCRIPT],
      { cwd: process.cwd(), maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`pdf.js could not read the PDF: ${stderr || error.message}`));
        else resolve((JSON.parse(stdout) as string[]).map(flat));
      },
    );
    child.stdin!.end(Buffer.from(bytes));
  });
}
