import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@onrecord/platform/auth';
import type { DataScope } from '@onrecord/platform/database';
import { forbidden } from '@onrecord/platform/errors';
import { CurrentRequest, Scope, type RequestContext } from '@onrecord/platform/request';
import { MemberRole } from '@onrecord/organizations';
import { toFamily, toGuardian, toStudent } from '../conversions';
import { FamilyObject } from '../family.objects';
import { GuardianObject } from '../guardian.objects';
import { StudentObject } from '../student.objects';
import {
  FamilyDemographicsInput,
  GuardianDemographicsInput,
  StudentDemographicsInput,
} from './demographics.inputs';
import {
  FamilyDemographicsObject,
  GuardianDemographicsObject,
  StudentDemographicsObject,
} from './demographics.objects';
import { DemographicsService } from './demographics.service';

const { ADMIN, ADVOCATE } = MemberRole;
const SEEN_BY = 'Only admins and advocates see demographics; funder reports count them.';

/**
 * Demographics are the most sensitive of a family's records: admins and advocates (who ask
 * the family) read and record them; an analyst — even one granted the family records — and
 * a guardian in the portal never see them, only the counts in funder reports.
 */
function assertMaySee(request: RequestContext): void {
  const role = request.signedIn().membership?.role;
  if (role !== ADMIN && role !== ADVOCATE) throw forbidden(SEEN_BY);
}

@Resolver(() => StudentObject)
export class StudentDemographicsResolver {
  constructor(private readonly demographics: DemographicsService) {}

  @ResolveField('demographics', () => StudentDemographicsObject, { description: SEEN_BY })
  demographicsOf(
    @Parent() student: StudentObject,
    @CurrentRequest() request: RequestContext,
  ): StudentDemographicsObject {
    assertMaySee(request);
    return student.demographics;
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => StudentObject, { description: "Replaces the student's demographics." })
  async setStudentDemographics(
    @Args('studentId', { type: () => ID }) studentId: string,
    @Args('input') input: StudentDemographicsInput,
    @Scope() scope: DataScope,
  ): Promise<StudentObject> {
    return toStudent(await this.demographics.setForStudent(scope, studentId, input));
  }
}

@Resolver(() => GuardianObject)
export class GuardianDemographicsResolver {
  constructor(private readonly demographics: DemographicsService) {}

  @ResolveField('demographics', () => GuardianDemographicsObject, { description: SEEN_BY })
  demographicsOf(
    @Parent() guardian: GuardianObject,
    @CurrentRequest() request: RequestContext,
  ): GuardianDemographicsObject {
    assertMaySee(request);
    return guardian.demographics;
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => GuardianObject, { description: "Replaces the guardian's demographics." })
  async setGuardianDemographics(
    @Args('guardianId', { type: () => ID }) guardianId: string,
    @Args('input') input: GuardianDemographicsInput,
    @Scope() scope: DataScope,
  ): Promise<GuardianObject> {
    return toGuardian(await this.demographics.setForGuardian(scope, guardianId, input));
  }
}

@Resolver(() => FamilyObject)
export class FamilyDemographicsResolver {
  constructor(private readonly demographics: DemographicsService) {}

  @ResolveField('demographics', () => FamilyDemographicsObject, { description: SEEN_BY })
  demographicsOf(
    @Parent() family: FamilyObject,
    @CurrentRequest() request: RequestContext,
  ): FamilyDemographicsObject {
    assertMaySee(request);
    return family.demographics;
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => FamilyObject, { description: "Replaces the family's county and ZIP code." })
  async setFamilyDemographics(
    @Args('familyId', { type: () => ID }) familyId: string,
    @Args('input') input: FamilyDemographicsInput,
    @Scope() scope: DataScope,
  ): Promise<FamilyObject> {
    return toFamily(await this.demographics.setForFamily(scope, familyId, input));
  }
}
