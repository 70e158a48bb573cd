import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A message your family sent the advocates of a case.' })
export class PortalFamilyMessage {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field() body!: string;
  @Field(() => GraphQLISODateTime) sentAt!: Date;
  @Field({ description: 'The guardian who wrote it.' }) guardianName!: string;
  @Field({ description: 'True when you wrote it (not another guardian of the family).' })
  fromYou!: boolean;
}
