import { builtInRules, computeForRule, readerDuty, resolveRules, shorthandProblems } from './index';
import type { RuleRecord } from './types';

const rule = (id: string): RuleRecord => {
  const found = builtInRules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

/**
 * Issue 20: "The follow-up's internal 'duty' wording ('PWN proposing the FIIE (with
 * safeguards, TEA Overview, consent form)') is pasted into sentences to schools: write it for
 * a reader." Every built-in rule says what is due in words a school office reads without a
 * glossary; the researcher's `duty` stays for the rules table.
 */
describe('what a rule requires, written for a reader', () => {
  it.each(builtInRules.map((r) => [r.id, r] as const))('%s reads plainly', (_id, r) => {
    expect(r.plainDuty).toBeDefined();
    expect(shorthandProblems(r.plainDuty!)).toEqual([]);
  });

  it('finds the shorthand the duties were written in (what schools were sent before)', () => {
    expect(shorthandProblems(rule('TX-89.1011-FIIE-RESPONSE').duty)).toEqual([
      'abbreviations: PWN, FIIE, TEA',
      'parentheses',
      'does not start in lower case',
    ]);
    expect(
      shorthandProblems('Records access ("as soon as practicable and within 10 days")'),
    ).toEqual(['parentheses', 'quotes', 'does not start in lower case']);
    expect(shorthandProblems('504 plan meeting / accommodations decision')).toEqual([
      'a slash',
      'does not start in lower case',
    ]);
    // Before: 56 of the 87 built-in duties had an abbreviation, a list in parentheses, a slash
    // or quotes, and every one was written as a heading, not as part of a sentence.
    const shorthand = builtInRules.filter((r) =>
      shorthandProblems(r.duty).some((p) => !p.startsWith('does not start')),
    );
    expect([shorthand.length, builtInRules.length]).toEqual([56, 87]);
  });

  it('gives the Texas evaluation duty as the rule sets it out (19 TAC 89.1011(b))', () => {
    const result = computeForRule(rule('TX-89.1011-FIIE-RESPONSE'), {
      triggeredAt: { date: '2025-10-06' },
      timeZone: 'America/Chicago',
      jurisdiction: 'TX',
    });
    expect(readerDuty(result)).toBe(
      "a Prior Written Notice proposing the full individual and initial evaluation, with the notice of procedural safeguards, the Texas Education Agency's Overview of Special Education for Parents and a consent form, or a Prior Written Notice refusing the evaluation, with the notice of procedural safeguards",
    );
  });

  it('reads a result stored before the plain words existed through the rule table', () => {
    const stored = computeForRule(rule('CA-56504-RECORDS'), {
      triggeredAt: { date: '2025-10-06' },
      timeZone: 'America/Los_Angeles',
    }) as Partial<ReturnType<typeof computeForRule>>;
    delete stored.plainDuty;
    expect(readerDuty(stored as ReturnType<typeof computeForRule>)).toBe(
      "access for the parent to inspect the student's records and receive copies",
    );
    // A rule no longer in the table gives nothing, never its shorthand.
    expect(
      readerDuty({ ruleId: 'GONE-1', duty: 'PWN (old)', basis: 'RULE', plainDuty: undefined }),
    ).toBeNull();
    expect(readerDuty({ ruleId: null, duty: null, basis: 'NO_RULE', plainDuty: null })).toBeNull();
  });

  it("reads an organization's own rule in its own words", () => {
    const [own] = resolveRules(builtInRules, [
      {
        kind: 'ADD',
        rule: {
          ...rule('CA-56504-RECORDS'),
          id: 'ORG-504',
          plainDuty: undefined,
          duty: 'a meeting',
        },
      },
    ]);
    const result = computeForRule(own!, {
      triggeredAt: { date: '2025-10-06' },
      timeZone: 'America/Chicago',
    });
    expect(result.basis).toBe('ORGANIZATION_RULE');
    expect(result.plainDuty).toBe('a meeting');
    expect(readerDuty({ ...result, plainDuty: undefined })).toBe('a meeting');
  });
});
