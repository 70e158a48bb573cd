import { IMPORT_FIELDS, type ColumnMapping, type ImportKind } from './import-fields';

/** A header or name compared as people read it: no case, accents or punctuation. */
export function plainWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The mapping a spreadsheet's headers suggest: first the headers that are exactly one of a
 * field's aliases, then the headers that contain one as whole words (the longest alias wins,
 * so "Parent Email Address" is the guardian's email, not just any email). Each header and
 * each field is used once; headers that suggest nothing stay unmapped.
 */
export function guessMapping(kind: ImportKind, headers: readonly string[]): ColumnMapping {
  const fields = IMPORT_FIELDS[kind];
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  const take = (key: string, header: string) => {
    mapping[key] = header;
    used.add(header);
  };
  for (const header of headers) {
    const words = plainWords(header);
    const field = fields.find((f) => !mapping[f.key] && f.aliases.includes(words));
    if (field && !used.has(header)) take(field.key, header);
  }
  const candidates = headers
    .filter((header) => !used.has(header))
    .flatMap((header) => {
      const words = ` ${plainWords(header)} `;
      return fields.flatMap((field) =>
        field.aliases
          .filter((alias) => words.includes(` ${alias} `))
          .map((alias) => ({ header, key: field.key, length: alias.length })),
      );
    })
    .sort((a, b) => b.length - a.length);
  for (const { header, key } of candidates) {
    if (!mapping[key] && !used.has(header)) take(key, header);
  }
  return mapping;
}
