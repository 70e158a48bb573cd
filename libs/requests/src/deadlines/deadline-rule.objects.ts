import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DeadlineRuleOverrideKind } from './deadline-rule.enums';
import { WrittenRequestType } from '../written-requests/written-request.enums';

@ObjectType('DeadlineRuleSoftDefault', {
  description: 'A soft deadline for a rule with no fixed period: the organization’s, never law.',
})
export class DeadlineRuleSoftDefaultObject {
  @Field(() => Int) period!: number;
  @Field(() => String, { description: 'CALENDAR_DAYS, BUSINESS_DAYS, SCHOOL_DAYS…' })
  unit!: string;
  @Field(() => String, { description: 'e.g. "Organization default (not law): 10 school days".' })
  label!: string;
  @Field(() => String, {
    description: "RULE (set for this rule) or SETTINGS (the organization's soft deadline setting).",
  })
  from!: string;
}

@ObjectType('DeadlineRuleOverride', { description: "The organization's change to a rule." })
export class DeadlineRuleOverrideObject {
  @Field(() => DeadlineRuleOverrideKind) kind!: DeadlineRuleOverrideKind;
  @Field(() => String) reason!: string;
  @Field(() => ID, { nullable: true, description: 'Who made the change last.' })
  byUserId!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'When it was last changed.' }) changedAt!: Date;
}

@ObjectType('DeadlineRule', {
  description:
    "A deadline rule as the organization's deadlines use it: built-in (researched), corrected by the organization, or the organization's own.",
})
export class DeadlineRuleObject {
  @Field(() => String, { description: 'Stable id, e.g. TX-89.1011-FIIE-RESPONSE, F16.' })
  id!: string;
  @Field(() => String, { description: 'US (federal) or a state code.' }) jurisdiction!: string;
  @Field(() => String, { description: 'IDEA, SECTION_504, FERPA or STATE.' }) program!: string;
  @Field(() => [WrittenRequestType]) requestTypes!: WrittenRequestType[];
  @Field(() => [String]) triggers!: string[];
  @Field(() => String, { description: "What is due, in the researcher's words." }) duty!: string;
  @Field(() => String, {
    nullable: true,
    description:
      "What is due, as letters, follow-ups to schools and the family portal say it (a built-in rule's plain words; an organization's rule, its own).",
  })
  plainDuty!: string | null;
  @Field(() => Int, { nullable: true, description: 'None: no fixed period.' })
  period!: number | null;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => String, { description: 'AFTER the trigger, or BEFORE it (notice clocks).' })
  direction!: string;
  @Field(() => String) citation!: string;
  @Field(() => String, {
    description: 'V (rule text read), S (secondary source) or M (from memory).',
  })
  status!: string;
  @Field(() => Boolean, {
    description: 'False for S and M rules and the organization\'s own: show "unverified".',
  })
  verified!: boolean;
  @Field(() => String) statusNote!: string;
  @Field(() => [String]) notes!: string[];
  @Field(() => String, { description: 'BUILT_IN, ORGANIZATION_CORRECTED or ORGANIZATION.' })
  source!: string;
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => DeadlineRuleSoftDefaultObject, { nullable: true })
  softDefault!: DeadlineRuleSoftDefaultObject | null;
  @Field(() => DeadlineRuleOverrideObject, { nullable: true })
  override!: DeadlineRuleOverrideObject | null;
}

@ObjectType('DeadlineRecomputed', { description: "A sent request's deadline counted again." })
export class DeadlineRecomputedObject {
  @Field(() => ID) requestId!: string;
  @Field(() => String, { nullable: true }) previousDueOn!: string | null;
  @Field(() => String, { nullable: true }) dueOn!: string | null;
  @Field(() => String, { nullable: true }) ruleId!: string | null;
  @Field(() => String, { description: 'RULE, ORGANIZATION_DEFAULT, ORGANIZATION_RULE, …' })
  basis!: string;
  @Field(() => String) basisLabel!: string;
  @Field(() => Boolean) fellBackToFederal!: boolean;
  @Field(() => String, { nullable: true, description: 'Why, when it fell back.' })
  note!: string | null;
}

@ObjectType('DeadlineRuleChange', {
  description:
    "A change to the organization's rules, and the deadlines of its sent requests counted again (overridden dates stay).",
})
export class DeadlineRuleChangeObject {
  @Field(() => String) ruleId!: string;
  @Field(() => DeadlineRuleObject, {
    nullable: true,
    description: "The rule now; none when the organization's own rule was removed.",
  })
  rule!: DeadlineRuleObject | null;
  @Field(() => [DeadlineRecomputedObject]) recomputed!: DeadlineRecomputedObject[];
}
