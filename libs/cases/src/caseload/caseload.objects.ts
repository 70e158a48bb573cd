import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ConnectionType, PageArgs } from '@onrecord/platform/graphql';
import { SchoolObject } from '@onrecord/directory';
import { FamilyObject, StudentObject } from '@onrecord/families';
import { CaseStatus } from '../case-enums';
import { CaseObject } from '../case.objects';
import { CaseWhereFilter } from '../case.inputs';

/**
 * One line of an advocate's caseload: the case, its family, student and school, and what it
 * needs next. The service reads family, student and school with the cases, in one query, so
 * a page costs the same number of queries for 5 cases or 50. They are plain fields, not field
 * resolvers: a resolver per line and field (75 for a page of 25, each a DataLoader lookup
 * behind Nest's parameter and pipe machinery) cost a third of the page's CPU (bench:caseload).
 */
@ObjectType('CaseloadItem')
export class CaseloadItemObject {
  @Field(() => CaseObject)
  case!: CaseObject;

  @Field(() => FamilyObject)
  family!: FamilyObject;

  @Field(() => StudentObject)
  student!: StudentObject;

  @Field(() => SchoolObject, { nullable: true, description: 'The student’s school, when known.' })
  school!: SchoolObject | null;

  @Field(() => CaseStatus)
  status!: CaseStatus;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The earliest response deadline of an open written request.',
  })
  nextDeadline!: Date | null;

  @Field(() => Int, { description: 'Written requests sent and not yet answered.' })
  openRequestCount!: number;

  @Field(() => Int, { description: 'Written requests and commitments past their deadline.' })
  overdueCount!: number;

  @Field(() => Int, {
    description:
      "Open written requests whose deadline is provisional: counted without the district's school calendar (add it: districtsMissingCalendars).",
  })
  provisionalDeadlineCount!: number;
}
export const CaseloadConnection = ConnectionType(CaseloadItemObject, 'Caseload');

/** How a caseload is ordered. */
export enum CaseloadOrder {
  /** Most overdue first, then the nearest deadline. */
  URGENCY = 'URGENCY',
  /** Active, intake, on hold, resolved, closed; newest opened first within each. */
  STATUS = 'STATUS',
  /** The nearest open deadline first; cases with none last. */
  NEXT_DEADLINE = 'NEXT_DEADLINE',
  /** The student's school, A to Z. */
  SCHOOL = 'SCHOOL',
}
registerEnumType(CaseloadOrder, {
  name: 'CaseloadOrder',
  valuesMap: {
    URGENCY: { description: 'Most overdue first, then the nearest deadline.' },
    STATUS: {
      description: 'Active, intake, on hold, resolved, closed; newest opened first within each.',
    },
    NEXT_DEADLINE: { description: 'The nearest open deadline first; cases with none last.' },
    SCHOOL: { description: "The student's school, A to Z." },
  },
});

@InputType()
export class CaseloadFilter extends CaseWhereFilter {
  @Field(() => [CaseStatus], {
    nullable: true,
    description: 'Default: the open statuses INTAKE, ACTIVE and ON_HOLD.',
  })
  @IsOptional()
  @IsEnum(CaseStatus, { each: true })
  statuses?: CaseStatus[];

  @Field(() => ID, {
    nullable: true,
    description: 'Another member’s caseload (admins only). Default: yours.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a member id' })
  advocateId?: string;
}

@ArgsType()
export class CaseloadArgs extends PageArgs {
  @Field(() => CaseloadFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseloadFilter)
  filter?: CaseloadFilter;

  @Field(() => CaseloadOrder, {
    defaultValue: CaseloadOrder.STATUS,
    description: 'Within an order, newest opened first, then by id.',
  })
  @IsEnum(CaseloadOrder, { message: 'must be a caseload order' })
  orderBy: CaseloadOrder = CaseloadOrder.STATUS;
}
