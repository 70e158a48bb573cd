import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import { Scope, Member, type MemberPrincipal } from '@onrecord/platform/request';
import { Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import {
  AddDeadlineRuleInput,
  CorrectDeadlineRuleInput,
  DeadlineRulesArgs,
  SetSoftDeadlineInput,
} from './deadline-rule.inputs';
import { DeadlineRuleChangeObject, DeadlineRuleObject } from './deadline-rule.objects';
import { DeadlineRuleService } from './deadline-rule.service';

const { ADMIN, ADVOCATE, ANALYST } = MemberRole;
const RULE_ID = { type: () => String, description: 'A rule id, e.g. TX-89.1011-FIIE-RESPONSE.' };
const RECOMPUTES =
  " The deadlines of the organization's sent requests (not overridden) are counted again.";

/**
 * The organization's deadline rules: read by every role, changed by admins only. Rule ids
 * are the engine's strings (not IDs); each organization sees and changes only its own view.
 */
@Resolver(() => DeadlineRuleObject)
export class DeadlineRuleResolver {
  constructor(private readonly rules: DeadlineRuleService) {}

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => [DeadlineRuleObject], {
    description:
      "The rules the organization's deadlines use (built-in, corrected, its own), in the order the engine tries them. Disabled rules only with includeDisabled.",
  })
  async deadlineRules(
    @Args() args: DeadlineRulesArgs,
    @Scope() scope: DataScope,
  ): Promise<DeadlineRuleObject[]> {
    return this.rules.list(scope, args.filter);
  }

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => DeadlineRuleObject, { description: 'One rule, disabled or not.' })
  async deadlineRule(
    @Args('id', RULE_ID) id: string,
    @Scope() scope: DataScope,
  ): Promise<DeadlineRuleObject> {
    return this.rules.get(scope, id);
  }

  @Roles(ADMIN)
  @Mutation(() => DeadlineRuleChangeObject, {
    description:
      'Corrects a rule (period, unit, citation, status, notes) with a reason. Correcting a corrected rule adds to the correction; a disabled rule is enabled again.' +
      RECOMPUTES,
  })
  async correctDeadlineRule(
    @Args('ruleId', RULE_ID) ruleId: string,
    @Args('input') input: CorrectDeadlineRuleInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<DeadlineRuleChangeObject> {
    return this.rules.correct(scope, member, ruleId, input);
  }

  @Roles(ADMIN)
  @Mutation(() => DeadlineRuleChangeObject, {
    description:
      'Disables a rule with a reason: requests it timed fall back (to the federal rule, or none).' +
      RECOMPUTES,
  })
  async disableDeadlineRule(
    @Args('ruleId', RULE_ID) ruleId: string,
    @Args('reason', { type: () => String }) reason: string,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<DeadlineRuleChangeObject> {
    return this.rules.disable(scope, member, ruleId, reason);
  }

  @Roles(ADMIN)
  @Mutation(() => DeadlineRuleChangeObject, {
    description:
      "A soft deadline for a rule with no fixed period, labelled as the organization's default (not law); it wins over the organization's soft deadline setting." +
      RECOMPUTES,
  })
  async setSoftDeadline(
    @Args('ruleId', RULE_ID) ruleId: string,
    @Args('input') input: SetSoftDeadlineInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<DeadlineRuleChangeObject> {
    return this.rules.setSoftDeadline(scope, member, ruleId, input);
  }

  @Roles(ADMIN)
  @Mutation(() => DeadlineRuleChangeObject, {
    description:
      "Adds a rule of the organization's own (for requests no statute times): labelled as the organization's, never verified, tried before the built-in rules." +
      RECOMPUTES,
  })
  async addDeadlineRule(
    @Args('input') input: AddDeadlineRuleInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<DeadlineRuleChangeObject> {
    return this.rules.add(scope, member, input);
  }

  @Roles(ADMIN)
  @Mutation(() => DeadlineRuleChangeObject, {
    description:
      "Removes the organization's change to a rule: back to the built-in rule (its own rule is deleted)." +
      RECOMPUTES,
  })
  async removeDeadlineRuleOverride(
    @Args('ruleId', RULE_ID) ruleId: string,
    @Scope() scope: DataScope,
  ): Promise<DeadlineRuleChangeObject> {
    return this.rules.remove(scope, ruleId);
  }
}
