import { registerEnumType } from '@nestjs/graphql';

/** How an organization changes the built-in deadline rules (the engine's RuleOverride kinds). */
export enum DeadlineRuleOverrideKind {
  CORRECT = 'CORRECT',
  DISABLE = 'DISABLE',
  SOFT_DEFAULT = 'SOFT_DEFAULT',
  ADD = 'ADD',
}
registerEnumType(DeadlineRuleOverrideKind, { name: 'DeadlineRuleOverrideKind' });
