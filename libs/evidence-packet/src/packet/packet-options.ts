import { badUserInput, type FieldProblem } from '@onrecord/platform/errors';

/** What an advocate chooses for a packet: which events, which extras, which file. */
export interface PacketOptions {
  format: 'pdf' | 'csv';
  /** Events on or after this day (YYYY-MM-DD), when given. */
  from: string | null;
  /** Events on or before this day, when given. */
  to: string | null;
  /** The case's internal records (notes, contacts, advocate reminders): left out unless asked. */
  includeInternal: boolean;
  /** The case's documents appended to the PDF, after the index. */
  includeDocuments: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string): boolean => {
  const time = DAY.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  // 2025-02-30 parses as 2025-03-02: the day must come back as it was written.
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
};

type Query = Record<string, unknown>;

function one(query: Query, name: string, problems: FieldProblem[]): string | null {
  const value = query[name];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') {
    problems.push({ field: name, message: 'must be given once' });
    return null;
  }
  return value;
}

function flag(query: Query, name: string, problems: FieldProblem[]): boolean {
  const value = one(query, name, problems);
  if (value === null || value === 'false') return false;
  if (value === 'true') return true;
  problems.push({ field: name, message: 'must be true or false' });
  return false;
}

function day(query: Query, name: string, problems: FieldProblem[]): string | null {
  const value = one(query, name, problems);
  if (value !== null && !isDay(value)) {
    problems.push({ field: name, message: 'must be a date, YYYY-MM-DD' });
    return null;
  }
  return value;
}

/**
 * The download's query string, checked: `format` (pdf, the default, or csv), `from` and `to`
 * (YYYY-MM-DD), `internal` and `documents` (true or false). Every problem names its parameter.
 */
export function parsePacketOptions(query: Query): PacketOptions {
  const problems: FieldProblem[] = [];
  const format = one(query, 'format', problems) ?? 'pdf';
  if (format !== 'pdf' && format !== 'csv')
    problems.push({ field: 'format', message: 'must be pdf or csv' });
  const from = day(query, 'from', problems);
  const to = day(query, 'to', problems);
  if (from && to && to < from)
    problems.push({ field: 'to', message: `must not be before from (${from})` });
  const includeInternal = flag(query, 'internal', problems);
  const includeDocuments = flag(query, 'documents', problems);
  const known = new Set(['format', 'from', 'to', 'internal', 'documents']);
  for (const name of Object.keys(query))
    if (!known.has(name))
      problems.push({ field: name, message: 'is not an option of the evidence packet' });
  if (problems.length) throw badUserInput(problems);
  return { format: format as 'pdf' | 'csv', from, to, includeInternal, includeDocuments };
}
