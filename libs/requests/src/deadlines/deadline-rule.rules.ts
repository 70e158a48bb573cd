import {
  builtInRules,
  resolveRules,
  type RuleOverride,
  type RuleRecord,
  type Unit,
} from '@onrecord/deadlines';
import { OrganizationSetting } from '@onrecord/organizations';
import type { DataScope } from '@onrecord/platform/database';
import { DeadlineRuleOverride } from './deadline-rule-override.entity';
import { DeadlineRuleOverrideKind } from './deadline-rule.enums';

/** A soft default's unit: any of the engine's units but HOURS. */
export type SoftUnit = Exclude<Unit, 'HOURS'>;

export const SOFT_UNITS: readonly SoftUnit[] = [
  'CALENDAR_DAYS',
  'BUSINESS_DAYS',
  'SCHOOL_DAYS',
  'SCHOOL_WORKING_DAYS',
];
export const RULE_UNITS: readonly Unit[] = [...SOFT_UNITS, 'HOURS'];

const UNIT_WORDS: Record<SoftUnit, string> = {
  CALENDAR_DAYS: 'calendar days',
  BUSINESS_DAYS: 'business days',
  SCHOOL_DAYS: 'school days',
  SCHOOL_WORKING_DAYS: 'school working days',
};

/** The organization's soft deadline when its settings row is absent. */
export const DEFAULT_SOFT_DEADLINE = { period: 10, unit: 'SCHOOL_DAYS' as SoftUnit };

/** The label a soft default from the organization's settings carries. */
export function settingsSoftLabel(period: number, unit: SoftUnit): string {
  return `Organization default (not law): ${period} ${UNIT_WORDS[unit]}`;
}

/** The organization's overrides as the engine's RuleOverride (the row's `change`). */
export function toRuleOverride(row: DeadlineRuleOverride): RuleOverride {
  return { ...row.change, kind: row.kind, reason: row.reason } as unknown as RuleOverride;
}

/**
 * Merges the built-in rules with an organization's overrides: its own rules (ADD) first, then
 * corrections, disabled rules and per-rule soft defaults. An override whose rule no longer
 * exists (a built-in rule renamed in a release) is skipped rather than breaking every
 * deadline of the organization.
 */
export function mergeRules(rows: readonly DeadlineRuleOverride[]): RuleRecord[] {
  const added = rows.filter((row) => row.kind === DeadlineRuleOverrideKind.ADD);
  const known = new Set([...builtInRules.map((r) => r.id), ...added.map((r) => r.ruleId)]);
  const changes = rows.filter(
    (row) => row.kind !== DeadlineRuleOverrideKind.ADD && known.has(row.ruleId),
  );
  return resolveRules(builtInRules, [...added, ...changes].map(toRuleOverride));
}

/**
 * Gives every rule with no fixed period and no soft default of its own the organization's
 * settings default, labelled as the organization's default (never law): the engine then
 * computes an ORGANIZATION_DEFAULT date, unverified, instead of none.
 */
export function withSettingsDefault(
  rules: readonly RuleRecord[],
  soft: { period: number; unit: SoftUnit },
): RuleRecord[] {
  const label = settingsSoftLabel(soft.period, soft.unit);
  return rules.map((rule) =>
    (rule.period === null || rule.unit === null) && !rule.softDefault
      ? { ...rule, softDefault: { period: soft.period, unit: soft.unit, label } }
      : rule,
  );
}

/** The organization's soft deadline from its settings (defaults when there is no row). */
export async function softDeadlineOf(
  scope: DataScope,
): Promise<{ period: number; unit: SoftUnit }> {
  const organizationId = scope.organizationId;
  const setting = await scope.manager.findOne(OrganizationSetting, {
    where: { organizationId },
    select: { id: true, softDeadlinePeriod: true, softDeadlineUnit: true },
  });
  return setting
    ? { period: setting.softDeadlinePeriod, unit: setting.softDeadlineUnit }
    : DEFAULT_SOFT_DEADLINE;
}

export async function overridesOf(scope: DataScope): Promise<DeadlineRuleOverride[]> {
  const organizationId = scope.organizationId;
  return scope.manager.find(DeadlineRuleOverride, {
    where: { organizationId },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
}

/**
 * The rules the engine uses for an organization: the built-in table merged with its
 * overrides, and its settings' soft default for the rules with no fixed period.
 */
export async function organizationRules(scope: DataScope): Promise<RuleRecord[]> {
  // One after the other: both run on the request's one transaction (one connection).
  const rows = await overridesOf(scope);
  const soft = await softDeadlineOf(scope);
  return withSettingsDefault(mergeRules(rows), soft);
}
