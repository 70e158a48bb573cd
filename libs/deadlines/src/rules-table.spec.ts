import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInRules } from './rules';
import { rulesTableMarkdown } from './rules-table';

const DOC = join(__dirname, '../../../docs/deadline-rules.md');
const START = '<!-- rules:start (written by `npm run docs:rules`) -->';
const END = '<!-- rules:end -->';

/**
 * docs/deadline-rules.md lists every built-in rule. Its table is written from the rule data;
 * this test fails when the two differ. After a deliberate change: `npm run docs:rules`.
 */
describe('docs/deadline-rules.md', () => {
  it('lists exactly the built-in rules', () => {
    const doc = readFileSync(DOC, 'utf8');
    const start = doc.indexOf(START);
    const end = doc.indexOf(END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const table = `\n\n${rulesTableMarkdown(builtInRules)}\n\n`;
    if (process.env['UPDATE_DOCS'] === '1') {
      writeFileSync(DOC, doc.slice(0, start + START.length) + table + doc.slice(end));
      return;
    }
    expect(doc.slice(start + START.length, end)).toBe(table);
    expect(table.split('\n').filter((line) => line.startsWith('| ')).length).toBe(
      builtInRules.length + 2, // the header and its separator
    );
  });
});
