import type { GuardianDemographicsObject } from './demographics/demographics.objects';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

/** A guardian as the API shows it; `family` is a resolved field (GuardianResolver). */
@ObjectType('Guardian', {
  description: "A parent or other adult responsible for the family's students.",
})
export class GuardianObject {
  /** Not a GraphQL field as is: `demographics` resolves it for the roles that may see it. */
  demographics!: GuardianDemographicsObject;
  @Field(() => ID) id!: string;
  /** Not a GraphQL field: clients follow `family`. Kept for the family field resolver. */
  familyId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true, description: 'E.164, e.g. +15125550123.' })
  phone!: string | null;
  @Field(() => String, { description: 'e.g. "mother", "grandfather", "foster parent".' })
  relationship!: string;
  @Field(() => String, { description: 'BCP 47 language tag, e.g. "en", "es".' })
  preferredLanguage!: string;
  @Field(() => Boolean, { description: 'Emailed when the school answers.' })
  notifySchoolAnswered!: boolean;
  @Field(() => Boolean, { description: 'Emailed when a request passes its deadline unanswered.' })
  notifyRequestOverdue!: boolean;
  @Field(() => Boolean, { description: 'Emailed when a follow-up goes to the school.' })
  notifyFollowUpSent!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set while archived.' })
  archivedAt!: Date | null;
}
