import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { sqlList, TenantRecord } from '@onrecord/platform/database';
import { Organization } from '@onrecord/organizations';
import { DeadlineRuleOverrideKind } from './deadline-rule.enums';

/**
 * An organization's change to the deadline rules: a correction, a disabled rule, a soft
 * default for a rule with no fixed period, or a rule of its own. `change` holds the engine's
 * override (libs/deadlines RuleOverride) as data; the engine merges it over the built-in table.
 */
@Entity({ name: 'deadline_rule_override' })
@Unique('UQ_deadline_rule_override_rule', ['organizationId', 'ruleId'])
@Check(
  'CHK_deadline_rule_override_kind',
  `"kind" IN (${sqlList(Object.values(DeadlineRuleOverrideKind))})`,
)
export class DeadlineRuleOverride extends TenantRecord {
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'FK_deadline_rule_override_organization',
  })
  organization?: Organization;

  @Column({ name: 'rule_id', type: 'text' })
  ruleId!: string;

  @Column({ type: 'text' })
  kind!: DeadlineRuleOverrideKind;

  @Column({ type: 'jsonb' })
  change!: Record<string, unknown>;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;
}
