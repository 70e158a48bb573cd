import { Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * An advocate assigned to a case. The organizations lib does not export its Member type,
 * so a case shows its advocates with what a caseload needs: who, and how to reach them.
 */
@ObjectType('CaseAdvocate', { description: 'A member (admin or advocate) assigned to a case.' })
export class CaseAdvocateObject {
  @Field(() => ID, { description: 'The member id (as in members, assignAdvocate).' })
  memberId!: string;
  @Field(() => ID) userId!: string;
  @Field(() => String) name!: string;
  @Field(() => String) email!: string;
}
