import type { RuleRecord } from '../types';
import { CA_RULES } from './ca';
import { FEDERAL_RULES } from './federal';
import { FL_RULES } from './fl';
import { GA_RULES } from './ga';
import { IL_RULES } from './il';
import { MA_RULES } from './ma';
import { NJ_RULES } from './nj';
import { NY_RULES } from './ny';
import { OH_RULES } from './oh';
import { PA_RULES } from './pa';
import { TX_RULES } from './tx';
import { VA_RULES } from './va';
import { WA_RULES } from './wa';

/**
 * The built-in table (deadline-rules.md). The engine never reads it directly: callers pass
 * `resolveRules(builtInRules, overrides)`.
 */
export const builtInRules: readonly RuleRecord[] = [
  ...FEDERAL_RULES,
  ...CA_RULES,
  ...TX_RULES,
  ...NY_RULES,
  ...FL_RULES,
  ...PA_RULES,
  ...IL_RULES,
  ...OH_RULES,
  ...MA_RULES,
  ...NJ_RULES,
  ...VA_RULES,
  ...WA_RULES,
  ...GA_RULES,
];

export { defineRule } from './define';
