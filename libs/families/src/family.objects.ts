import type { FamilyDemographicsObject } from './demographics/demographics.objects';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@onrecord/platform/graphql';

/**
 * A household as the API shows it. Its guardians and students are resolved fields (see
 * FamilyResolver), loaded in batches so a list of families costs one query per relation.
 */
@ObjectType('Family', { description: 'A household the organization helps.' })
export class FamilyObject {
  /** Not a GraphQL field as is: `demographics` resolves it for the roles that may see it. */
  demographics!: FamilyDemographicsObject;
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'e.g. "Garcia household".' }) householdName!: string;
  @Field(() => String) notes!: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set while archived.' })
  archivedAt!: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}
export const FamilyConnection = ConnectionType(FamilyObject, 'Family');
