import type { StudentDemographicsObject } from './demographics/demographics.objects';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@onrecord/platform/graphql';
import { StudentPlan } from './student-plan';

/** A student as the API shows it; `family` and `school` are resolved fields (StudentResolver). */
@ObjectType('Student')
export class StudentObject {
  /** Not a GraphQL field as is: `demographics` resolves it for the roles that may see it. */
  demographics!: StudentDemographicsObject;
  @Field(() => ID) id!: string;
  /** Not a GraphQL field: clients follow `family`. Kept for the family field resolver. */
  familyId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  dateOfBirth!: string | null;
  @Field(() => String, { nullable: true, description: 'As the school says it: "K", "3", "10".' })
  grade!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The student's id number at the school or district, if known.",
  })
  schoolStudentId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The school the student attends, if known.' })
  schoolId!: string | null;
  @Field(() => StudentPlan) plan!: StudentPlan;
  @Field(() => [String], {
    description: 'IDEA categories or the family’s words, e.g. "Other health impairment".',
  })
  disabilityCategories!: string[];
  @Field(() => String) notes!: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set while archived.' })
  archivedAt!: Date | null;
}
export const StudentConnection = ConnectionType(StudentObject, 'Student');
