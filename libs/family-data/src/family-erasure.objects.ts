import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { IsNotBlank } from '@onrecord/platform/graphql';

@InputType()
export class EraseFamilyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a family id' })
  familyId!: string;

  @Field(() => String, {
    description:
      "The family's household name, typed again: a check that the right family is erased.",
  })
  @IsString()
  @IsNotBlank({ message: "must be the family's household name" })
  @MaxLength(200)
  confirmHouseholdName!: string;
}

@ObjectType('FamilyErasure', {
  description:
    "A family's personal data removed on request; the organization's figures are unchanged.",
})
export class FamilyErasureObject {
  @Field(() => ID) familyId!: string;
  @Field(() => GraphQLISODateTime) erasedAt!: Date;
  @Field(() => Int, { description: 'Records changed or deleted.' }) recordsErased!: number;
  @Field(() => Int, { description: 'Audit events whose changes were erased.' })
  auditEventsErased!: number;
}
