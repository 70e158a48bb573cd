import type { RuleRecord, Unit } from './types';

const UNIT_WORDS: Record<Unit, string> = {
  CALENDAR_DAYS: 'calendar days',
  BUSINESS_DAYS: 'business days',
  SCHOOL_DAYS: 'school days',
  SCHOOL_WORKING_DAYS: 'school working days',
  HOURS: 'hours',
};

const STATUS_WORDS = { V: 'V', S: 'S', M: 'M' } as const;

/** A table cell: one line, and a pipe cannot end the cell early. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

function period(rule: RuleRecord): string {
  if (rule.period === null || rule.unit === null) return 'no fixed period';
  const before = rule.direction === 'BEFORE' ? ' before' : '';
  return `${rule.period} ${UNIT_WORDS[rule.unit]}${before}`;
}

/**
 * The built-in rules as the Markdown table of docs/deadline-rules.md. The table is written
 * from the rule data (never by hand), so the documentation cannot drift from what the engine
 * computes; `npm run docs:rules` rewrites it and a unit test fails when it is stale.
 */
export function rulesTableMarkdown(rules: readonly RuleRecord[]): string {
  const lines = [
    '| id | where | request types | trigger | what is due | as letters and follow-ups say it | period | citation | status |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const rule of rules) {
    lines.push(
      `| ${[
        rule.id,
        rule.jurisdiction,
        rule.requestTypes.join(', '),
        rule.triggers.join(', '),
        rule.duty,
        rule.plainDuty ?? '',
        period(rule),
        rule.citation,
        `${STATUS_WORDS[rule.status]}: ${rule.statusNote}`,
      ]
        .map(cell)
        .join(' | ')} |`,
    );
  }
  return lines.join('\n');
}
