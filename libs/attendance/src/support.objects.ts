import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Support', {
  description: 'A support put in place for a student: late start, safe person, calm space...',
})
export class SupportObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) studentId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) startedOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while in place.' })
  endedOn!: string | null;
  @Field(() => String) notes!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
}
