import { DeadlineRuleResolver } from './deadlines/deadline-rule.resolver';
import { DeadlineRuleService } from './deadlines/deadline-rule.service';

/** deadline-rules: an organization's corrections, disabled rules, soft defaults, own rules. */
export const DEADLINE_RULE_PROVIDERS = [DeadlineRuleService, DeadlineRuleResolver];
export const DEADLINE_RULE_EXPORTS = [DeadlineRuleService];
