const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * Plain text to a complete HTML document: paragraphs on blank lines, line breaks kept,
 * everything escaped, the text itself unchanged. The document names its own charset: a client
 * (or a mail catcher) that shows the HTML part apart from the message's headers otherwise
 * guesses, and an en dash in a citation came out as "â€“". Inline styles only, because mail
 * clients drop style sheets; a readable width on a wide screen, the full width on a phone.
 */
export function textToHtml(text: string, title = ''): string {
  const paragraphs = text
    .trim()
    .split(/\n{2,}/)
    .map(
      (paragraph) =>
        `<p style="margin: 0 0 1em">${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`,
    );
  return [
    '<!doctype html>',
    '<html>',
    '<head>',
    '<meta charset="utf-8">',
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body style="margin: 0; padding: 16px; font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; color: #1a1a1a">',
    `<div style="max-width: 40em">`,
    ...paragraphs,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}
