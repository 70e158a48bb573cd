import { Field, ObjectType } from '@nestjs/graphql';
import { DisabilityCategory, RaceEthnicity } from './demographics.enums';

/*
 * What funders ask about the people served. Each value is null until asked; "declined to
 * say" is a value of its own. Resolved fields of Student, Guardian and Family that only admins
 * and advocates may read (demographics.resolver.ts).
 */

@ObjectType('StudentDemographics')
export class StudentDemographicsObject {
  @Field(() => RaceEthnicity, { nullable: true, description: 'Null: not asked yet.' })
  raceEthnicity!: RaceEthnicity | null;

  @Field(() => DisabilityCategory, {
    nullable: true,
    description: 'The category funder reports count the child under. Null: not asked yet.',
  })
  primaryDisability!: DisabilityCategory | null;
}

@ObjectType('GuardianDemographics')
export class GuardianDemographicsObject {
  @Field(() => String, {
    nullable: true,
    description: 'The language the parent speaks best (BCP 47). Null: not asked, or declined.',
  })
  primaryLanguage!: string | null;

  @Field(() => Boolean, { description: 'The parent declined to say their primary language.' })
  primaryLanguageDeclined!: boolean;
}

@ObjectType('FamilyDemographics')
export class FamilyDemographicsObject {
  @Field(() => String, { nullable: true, description: 'The county the family lives in.' })
  county!: string | null;

  @Field(() => String, { nullable: true, description: 'ZIP code: 12345 or 12345-6789.' })
  postalCode!: string | null;

  @Field(() => Boolean, { description: 'The family declined to say where they live.' })
  placeDeclined!: boolean;
}
