import { describe, expect, it } from '@jest/globals';
import { dayStart, fieldChanges, formatValue, humanize, parseChanges } from './audit-diff';

const words = { empty: '—', yes: 'Yes', no: 'No' };
const moment = (iso: string) => `moment ${iso.slice(0, 10)}`;

describe('audit changes, field by field', () => {
  it('lists each field with its before and after', () => {
    const changes = parseChanges(
      JSON.stringify({
        change: 'updated',
        before: { name: 'Old', revokedAt: null },
        after: { name: 'New', revokedAt: '2026-12-04T10:00:00.000Z' },
      }),
    );
    expect(fieldChanges(changes)).toEqual([
      { field: 'name', before: 'Old', after: 'New', hasBefore: true, hasAfter: true },
      {
        field: 'revokedAt',
        before: null,
        after: '2026-12-04T10:00:00.000Z',
        hasBefore: true,
        hasAfter: true,
      },
    ]);
  });

  it('has no before for a created record and no after for a deleted one', () => {
    const created = fieldChanges({ change: 'created', before: null, after: { name: 'Key' } });
    expect(created).toEqual([
      { field: 'name', before: undefined, after: 'Key', hasBefore: false, hasAfter: true },
    ]);
    const deleted = fieldChanges({ change: 'deleted', before: { name: 'Key' } });
    expect(deleted[0]).toMatchObject({ hasBefore: true, hasAfter: false });
  });

  it('survives JSON it cannot read', () => {
    expect(parseChanges('not json')).toEqual({});
    expect(fieldChanges(parseChanges('null'))).toEqual([]);
  });

  it('says values as words', () => {
    expect(formatValue(null, words, moment)).toBe('—');
    expect(formatValue(true, words, moment)).toBe('Yes');
    expect(formatValue(['reports:read', 'x'], words, moment)).toBe('reports:read, x');
    expect(formatValue('2026-12-04T10:00:00.000Z', words, moment)).toBe('moment 2026-12-04');
    expect(formatValue('2026-12-04', words, moment)).toBe('2026-12-04');
    expect(formatValue({ a: 1 }, words, moment)).toBe('{"a":1}');
    expect(humanize('createdByUserId')).toBe('Created by user id');
  });

  it('takes a day from its start in the browser’s zone', () => {
    expect(new Date(dayStart('2026-12-04')).getDate()).toBe(4);
    expect(new Date(dayStart('2026-12-31', 1)).getDate()).toBe(1);
  });
});
