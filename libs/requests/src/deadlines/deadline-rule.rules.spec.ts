import { builtInRules } from '@onrecord/deadlines';
import type { DeadlineRuleOverride } from './deadline-rule-override.entity';
import { mergeRules, settingsSoftLabel, withSettingsDefault } from './deadline-rule.rules';
import { DeadlineRuleOverrideKind } from './deadline-rule.enums';

const row = (
  ruleId: string,
  kind: DeadlineRuleOverrideKind,
  change: Record<string, unknown>,
  reason = 'because',
) => ({ ruleId, kind, change, reason }) as DeadlineRuleOverride;

describe('organization rules', () => {
  it('merges corrections, disabled rules and own rules over the built-in table', () => {
    const rules = mergeRules([
      row('TX-89.1011-FIIE-RESPONSE', DeadlineRuleOverrideKind.CORRECT, {
        ruleId: 'TX-89.1011-FIIE-RESPONSE',
        patch: { period: 10 },
      }),
      row('F2', DeadlineRuleOverrideKind.DISABLE, { ruleId: 'F2' }),
      row('ORG-1', DeadlineRuleOverrideKind.ADD, {
        rule: { ...builtInRules[0], id: 'ORG-1', period: 3, unit: 'CALENDAR_DAYS' },
      }),
      // A rule that no longer exists is skipped, not fatal.
      row('GONE', DeadlineRuleOverrideKind.DISABLE, { ruleId: 'GONE' }),
    ]);
    expect(rules[0]).toMatchObject({ id: 'ORG-1', source: 'ORGANIZATION' });
    expect(rules.find((r) => r.id === 'TX-89.1011-FIIE-RESPONSE')).toMatchObject({
      period: 10,
      source: 'ORGANIZATION_CORRECTED',
    });
    expect(rules.find((r) => r.id === 'F2')!.enabled).toBe(false);
    expect(rules).toHaveLength(builtInRules.length + 1);
  });

  it("gives untimed rules the settings' soft default unless the rule has its own", () => {
    const merged = mergeRules([
      row('F16', DeadlineRuleOverrideKind.SOFT_DEFAULT, {
        ruleId: 'F16',
        period: 5,
        unit: 'BUSINESS_DAYS',
      }),
    ]);
    const rules = withSettingsDefault(merged, { period: 7, unit: 'CALENDAR_DAYS' });
    expect(rules.find((r) => r.id === 'F16')!.softDefault).toMatchObject({ period: 5 });
    expect(rules.find((r) => r.id === 'F1')!.softDefault).toEqual({
      period: 7,
      unit: 'CALENDAR_DAYS',
      label: settingsSoftLabel(7, 'CALENDAR_DAYS'),
    });
    expect(settingsSoftLabel(7, 'CALENDAR_DAYS')).toBe(
      'Organization default (not law): 7 calendar days',
    );
    expect(rules.find((r) => r.id === 'F2')!.softDefault).toBeUndefined();
  });
});
