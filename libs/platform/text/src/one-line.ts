/** Text on one line, spaces collapsed: a value with a line break cannot split a mail header. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
