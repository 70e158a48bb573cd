/**
 * A file name as people see it on the document and in a download, made safe: no folders
 * (`../../etc/passwd` → `passwd`), no control or reserved characters, no leading dots, at most
 * 120 characters, and the extension of the type read from the bytes (a `.exe` that is a PDF
 * downloads as `.pdf`). Letters of every language are kept: `Evaluación psicológica.pdf`.
 */
export function safeFileName(uploaded: string | undefined, extension: string): string {
  const base = (uploaded ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    // Line breaks and tabs are spaces; then any other control or reserved character goes.
    .replace(/\s+/g, ' ')
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/^[.\s]+/, '')
    .trim();
  const stem =
    cleaned
      .replace(/\.[^.]{1,10}$/, '')
      .trim()
      .slice(0, 120)
      .trim() || 'document';
  return `${stem}.${extension}`;
}
