import { builtInRules, computeForRule, type DeadlineResult } from '@onrecord/deadlines';
import {
  DEFAULT_LETTERS,
  deadlineValues,
  renderTemplate,
  withSettingsDefault,
} from '@onrecord/requests';
import { defaultFollowUpTemplate } from './default-templates';
import { followUpTemplateProblems } from './merge-fields';
import { renderFollowUp } from './render';
import type { FollowUpFacts } from './message-facts';
import { ruleFacts } from './follow-up-rule-facts';

/**
 * Issue 20: "The follow-up's internal 'duty' wording ('PWN proposing the FIIE (with
 * safeguards, TEA Overview, consent form)') is pasted into sentences to schools: write it for
 * a reader." For every built-in rule, the text a school office receives — the built-in
 * follow-up and escalation, an organization's follow-up template and letter that name what
 * the rule requires ({{deadline.rule}}) — has, once the citation is set aside (a citation is
 * quoted as the law writes it), no abbreviation, no list in parentheses, and never the
 * researcher's note. Before, {{deadline.rule}} was the note itself: a TX letter with it read
 * "… due by Tuesday, October 28, 2025: PWN proposing the FIIE (with safeguards, TEA Overview,
 * consent form) or PWN refusing.""
 */

/** Every rule untimed by statute gets the organization's default, as the service does. */
const RULES = withSettingsDefault(builtInRules, { period: 10, unit: 'SCHOOL_DAYS' });

const deadlineOf = (ruleId: string): DeadlineResult => {
  const rule = RULES.find((r) => r.id === ruleId)!;
  return computeForRule(rule, {
    triggeredAt: { date: '2025-10-06' },
    timeZone: 'America/Chicago',
    jurisdiction: rule.jurisdiction === 'US' ? null : rule.jurisdiction,
  });
};

const facts = (deadline: DeadlineResult): FollowUpFacts => ({
  organizationName: 'Family Advocacy Project',
  advocateName: 'Jordan Ellis',
  studentName: 'Maya Rivera',
  schoolName: 'Lincoln Middle School',
  districtName: 'Riverside Unified',
  householdName: 'Rivera household',
  recipientNames: ['Ms. Lee'],
  earlierRecipientNames: ['Mr. Park'],
  sequence: 1,
  request: {
    subject: 'Request for my son',
    typeLabel: 'an evaluation',
    sentOn: '2025-10-06',
    receivedOn: '2025-10-06',
    channel: 'EMAIL',
  },
  commitment: null,
  // The day is fixed: the words are under test, not the count.
  deadline: { dueOn: '2025-11-14', ...ruleFacts(deadline), setByHand: null },
  daysOverdue: 3,
  respondBy: '2025-11-24',
  today: '2025-11-17',
  response: null,
  followUpPlannedOn: null,
});

/** An organization's own follow-up, naming the duty as an admin would. */
const OWN_FOLLOW_UP = {
  subject: 'Follow-up: {{request.type}} for {{student.name}}',
  body: 'Dear {{recipients}}:\n\nUnder {{deadline.citation}}, the school owes us {{deadline.rule}}. It was due by {{deadline.dueOn}}.\n\n{{advocate.name}}',
};
const OWN_LETTER =
  'Under {{deadline.citation}}, a response is due by {{deadline.respondBy}}: {{deadline.rule}}.';

/** Shorthand a school office would have to decode: abbreviations and lists in parentheses. */
function shorthandIn(text: string, citation: string | null): string[] {
  const prose = citation ? text.split(citation).join('') : text;
  return [
    ...(prose.match(/\b[A-Z][A-Z0-9.-]*[A-Z]\b/g) ?? []),
    ...(prose.match(/\([^()]*,[^()]*\)/g) ?? []),
  ];
}

describe('what schools read about a rule', () => {
  it('takes an organization template that names the duty', () => {
    expect(followUpTemplateProblems(OWN_FOLLOW_UP.body)).toEqual([]);
  });

  it.each(builtInRules.map((r) => [r.id, r.duty] as const))(
    '%s: plain words in follow-ups and letters',
    (ruleId, duty) => {
      const deadline = deadlineOf(ruleId);
      const plain = deadline.plainDuty!;
      expect(plain).toBeTruthy();
      const texts = [
        renderFollowUp(defaultFollowUpTemplate('SCHOOL_FOLLOW_UP', 'en').template, facts(deadline))
          .text,
        renderFollowUp(defaultFollowUpTemplate('ESCALATION', 'en').template, {
          ...facts(deadline),
          sequence: 2,
        }).text,
        renderFollowUp(OWN_FOLLOW_UP, facts(deadline)).text,
        renderTemplate(OWN_LETTER, deadlineValues(deadline)),
      ];
      for (const text of texts) {
        expect(shorthandIn(text, deadline.citation)).toEqual([]);
        if (!plain.includes(duty)) expect(text).not.toContain(duty);
      }
      // The organization's templates say it; the built-in ones do where a statute dates it.
      expect(texts[2]).toContain(`the school owes us ${plain}.`);
      expect(texts[3]).toContain(`: ${plain}.`);
      if (deadline.basis === 'RULE') {
        expect(texts[0]).toContain(
          `Under ${deadline.citation}, a response was due by Friday, November 14, 2025`,
        );
        expect(texts[0]).toContain(`: ${plain}.`);
      }
    },
  );

  it('cites no law for a request no statute times, in the letter that asks for it', () => {
    // Before: "… to this request (see No statute sets a period: organization default (not
    // law)); the school must still answer within a reasonable time."
    // The organization's default, 10 school days from Mon 6 Oct 2025 with no calendar (weekdays
    // less federal holidays): Oct 7–10 (4), Mon 13 Columbus Day skipped, Oct 14–17 (8), Oct 20
    // (9), Tue Oct 21 (10).
    const letter = renderTemplate(
      DEFAULT_LETTERS.REINTEGRATION_PLAN.body,
      deadlineValues(deadlineOf('ORG-DEFAULT')),
    );
    expect(letter).toContain(
      'I understand that no statute sets a fixed number of days for a response to this request; the school must still answer within a reasonable time. I ask for your answer by Tuesday, October 21, 2025.',
    );
    expect(letter).not.toContain('No statute sets a period');
  });

  it('gives the Texas evaluation request its duties in full', () => {
    // 19 TAC 89.1011(b): PWN proposing (with the safeguards notice, TEA's Overview form and a
    // chance to consent) or PWN refusing (with the safeguards notice), by the 15th school day.
    const text = renderFollowUp(
      defaultFollowUpTemplate('SCHOOL_FOLLOW_UP', 'en').template,
      facts(deadlineOf('TX-89.1011-FIIE-RESPONSE')),
    ).text;
    expect(text).toContain(
      "Under 19 TAC 89.1011(a)–(b), a response was due by Friday, November 14, 2025 (15 school days): a Prior Written Notice proposing the full individual and initial evaluation, with the notice of procedural safeguards, the Texas Education Agency's Overview of Special Education for Parents and a consent form, or a Prior Written Notice refusing the evaluation, with the notice of procedural safeguards.",
    );
  });
});
