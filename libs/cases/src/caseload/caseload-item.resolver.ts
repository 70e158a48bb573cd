import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { loadSchool, SchoolObject, toSchool } from '@onrecord/directory';
import {
  FamilyObject,
  loadFamily,
  loadStudent,
  StudentObject,
  toFamily,
  toStudent,
} from '@onrecord/families';
import { notFound } from '@onrecord/platform/errors';
import { CaseloadItemObject } from './caseload.objects';

/** The family, student and school of a caseload line, each through the request's DataLoader. */
@Resolver(() => CaseloadItemObject)
export class CaseloadItemResolver {
  @ResolveField(() => FamilyObject)
  async family(
    @Parent() item: CaseloadItemObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<FamilyObject> {
    const family = await loadFamily(request, item.case.familyId);
    if (!family) throw notFound('Family');
    return toFamily(family);
  }

  @ResolveField(() => StudentObject)
  async student(
    @Parent() item: CaseloadItemObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<StudentObject> {
    const student = await loadStudent(request, item.case.studentId);
    if (!student) throw notFound('Student');
    return toStudent(student);
  }

  @ResolveField(() => SchoolObject, {
    nullable: true,
    description: 'The student’s school, when known.',
  })
  async school(
    @Parent() item: CaseloadItemObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<SchoolObject | null> {
    const student = await loadStudent(request, item.case.studentId);
    const school = student?.schoolId ? await loadSchool(request, student.schoolId) : null;
    return school ? toSchool(school) : null;
  }
}
