/** An audit event's changes, as rows a person can read: each field, before and after. */

export interface AuditChanges {
  change?: 'created' | 'updated' | 'deleted';
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  /** Present on that side of the change (a created record has no before). */
  hasBefore: boolean;
  hasAfter: boolean;
}

/** The api's JSON; anything unreadable is an empty change rather than a broken page. */
export function parseChanges(json: string): AuditChanges {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as AuditChanges) : {};
  } catch {
    return {};
  }
}

/** Every field named on either side, in a stable order (the before's, then new ones). */
export function fieldChanges(changes: AuditChanges): FieldChange[] {
  const before = changes.before ?? {};
  const after = changes.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.map((field) => ({
    field,
    before: before[field],
    after: after[field],
    hasBefore: changes.before != null && field in before,
    hasAfter: changes.after != null && field in after,
  }));
}

/** "createdByUserId" → "Created by user id": a field's words when no label is known. */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** A value as text: moments in the language, lists joined, nested values as compact JSON. */
export function formatValue(
  value: unknown,
  words: { empty: string; yes: string; no: string },
  formatMoment: (iso: string) => string,
): string {
  if (value === null || value === undefined || value === '') return words.empty;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string') return ISO_MOMENT.test(value) ? formatMoment(value) : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null))
    return value.length ? value.map(String).join(', ') : words.empty;
  return JSON.stringify(value);
}

/** The start of a calendar day (YYYY-MM-DD) in the browser's zone, plus `days`, as ISO. */
export function dayStart(day: string, days = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + days).toISOString();
}
