import { builtInRules } from './rules';
import type { DeadlineResult, RuleRecord } from './types';

/**
 * What a rule requires, in the words a school office or a family reads (issue 20: the
 * researcher's shorthand, "PWN proposing the FIIE (with safeguards, TEA Overview, consent
 * form)", was pasted into sentences to schools). `duty` stays the research note the rules
 * table and the advocate's explanation show; letters, follow-ups and the portal use this.
 */
export function plainDutyOf(rule: RuleRecord): string | null {
  // An organization's own rule is read in the words its admin wrote for it.
  return rule.plainDuty ?? (rule.source === 'ORGANIZATION' ? rule.duty : null);
}

const BUILT_IN_PLAIN = new Map(builtInRules.map((rule) => [rule.id, rule.plainDuty ?? null]));

/**
 * The reader's words for a computed deadline. Results stored before `plainDuty` existed are
 * read through the built-in table by rule id; an organization's rule by its own words; a rule
 * no longer known gives nothing rather than its shorthand.
 */
export function readerDuty(
  result: Pick<DeadlineResult, 'ruleId' | 'duty' | 'basis'> & { plainDuty?: string | null },
): string | null {
  if (result.plainDuty) return result.plainDuty;
  if (!result.ruleId) return null;
  if (result.basis === 'ORGANIZATION_RULE') return result.duty;
  return BUILT_IN_PLAIN.get(result.ruleId) ?? null;
}

/** The built-in rule for requests no statute times: its "citation" says so, and cites no law. */
export const NO_STATUTE_RULE_ID = 'ORG-DEFAULT';

/**
 * The citation a reader is given: none for the rule that cites no law (a letter said "(see No
 * statute sets a period: organization default (not law))").
 */
export function readerCitation(result: Pick<DeadlineResult, 'ruleId' | 'citation'>): string | null {
  return result.ruleId === NO_STATUTE_RULE_ID ? null : result.citation;
}

/**
 * What keeps a duty from reading as a sentence's part for someone outside the field: empty
 * when it reads plainly. Abbreviations (two capitals or more: PWN, FIIE, IEP) are never
 * explained on the page, so none is allowed; nor parentheses (the shorthand's lists), slashes,
 * quotes, colons or semicolons. It continues a sentence, so it starts in lower case (a proper
 * name such as "Prior Written Notice" may follow) and ends without a full stop.
 */
export function shorthandProblems(text: string): string[] {
  const problems: string[] = [];
  const abbreviations = text.match(/\b[A-Z][A-Z0-9.-]*[A-Z]\b/g);
  if (abbreviations) problems.push(`abbreviations: ${[...new Set(abbreviations)].join(', ')}`);
  if (/[()[\]]/.test(text)) problems.push('parentheses');
  if (/[/\\]/.test(text)) problems.push('a slash');
  if (/["“”]/.test(text)) problems.push('quotes');
  if (/[:;]/.test(text)) problems.push('a colon or semicolon');
  if (!/^[a-z]/.test(text)) problems.push('does not start in lower case');
  if (/[.\s]$/.test(text)) problems.push('ends with a full stop or a space');
  return problems;
}
