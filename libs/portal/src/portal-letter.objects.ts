import { Field, ObjectType } from '@nestjs/graphql';
import { SchoolContactRole } from '@onrecord/directory';
import { DeliveryChannel } from '@onrecord/requests';

/*
 * A letter as the family reads it: what was written to the school on their behalf, word for
 * word, and to whom. School staff are named with their role only: a family writes to its
 * advocate, not to the school's addresses from here.
 */

@ObjectType({ description: 'A school staff member, as a family sees them: a name and a role.' })
export class PortalSchoolContact {
  @Field() name!: string;
  @Field(() => SchoolContactRole) role!: SchoolContactRole;
  @Field(() => String, { nullable: true, description: 'e.g. "Director of Special Services".' })
  title!: string | null;
}

@ObjectType({ description: 'A written request as it was sent: the letter itself.' })
export class PortalLetter {
  @Field({ description: 'As sent.' }) subject!: string;
  @Field({
    description:
      'As sent, in the language it was written in (it cannot change once sent). Plain text.',
  })
  body!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) sentOn!: string | null;
  @Field(() => DeliveryChannel, { nullable: true }) channel!: DeliveryChannel | null;
  @Field(() => [PortalSchoolContact], { description: 'In the order it was addressed.' })
  to!: PortalSchoolContact[];
}
