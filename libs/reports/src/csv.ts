/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or edge
 * spaces, quotes doubled. Text that a spreadsheet would run as a formula (=, +, -, @ first)
 * gets a leading apostrophe, so a school's name can never be a formula on someone's laptop.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line, CRLF-terminated. */
export function csvLine(fields: ReadonlyArray<string | number | null | undefined>): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
