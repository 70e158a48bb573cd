import type { DataScope } from '@onrecord/platform/database';
import { Scope, CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { RecordLifecycleResolver, type Connection } from '@onrecord/platform/graphql';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { loadSchool, SchoolObject, toSchool } from '@onrecord/directory';
import { FamilyRecords, Roles } from '@onrecord/platform/auth';
import { notFound } from '@onrecord/platform/errors';
import { MemberRole } from '@onrecord/organizations';
import { toFamily, toStudent } from './conversions';
import { loadFamily } from './family.loaders';
import { FamilyObject } from './family.objects';
import { StudentInput, StudentsArgs, UpdateStudentInput } from './student.inputs';
import { StudentConnection, StudentObject } from './student.objects';
import { StudentService } from './student.service';

const { ADMIN, ADVOCATE } = MemberRole;

@Resolver(() => StudentObject)
export class StudentResolver extends RecordLifecycleResolver({
  name: 'Student',
  object: StudentObject,
  service: StudentService,
  toObject: toStudent,
  archivedBy: Roles(ADMIN, ADVOCATE),
  deletedBy: Roles(ADMIN),
  descriptions: {
    archive: 'Hides the student; nothing is deleted.',
    delete: 'Deletes for good; refused while cases or attendance refer to the student.',
  },
}) {
  constructor(private readonly studentService: StudentService) {
    super();
  }

  @FamilyRecords()
  @Query(() => StudentObject)
  async student(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<StudentObject> {
    return toStudent(await this.studentService.get(scope, id));
  }

  @FamilyRecords()
  @Query(() => StudentConnection, {
    description: 'By name. Archived students only with includeArchived.',
  })
  async students(
    @Args() args: StudentsArgs,
    @Scope() scope: DataScope,
  ): Promise<Connection<StudentObject>> {
    return this.studentService.list(scope, args.filter, args.first, args.after);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => StudentObject, { description: 'Adds a student to an active family.' })
  async addStudent(
    @Args('familyId', { type: () => ID }) familyId: string,
    @Args('input') input: StudentInput,
    @Scope() scope: DataScope,
  ): Promise<StudentObject> {
    return toStudent(await this.studentService.add(scope, familyId, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => StudentObject, { description: 'School, plan, grade and the rest.' })
  async updateStudent(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateStudentInput,
    @Scope() scope: DataScope,
  ): Promise<StudentObject> {
    return toStudent(await this.studentService.update(scope, id, input));
  }

  @ResolveField(() => FamilyObject)
  async family(
    @Parent() student: StudentObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<FamilyObject> {
    const family = await loadFamily(request, student.familyId);
    if (!family) throw notFound('Family');
    return toFamily(family);
  }

  @ResolveField(() => SchoolObject, {
    nullable: true,
    description: 'The school the student attends, when known (shown even once archived).',
  })
  async school(
    @Parent() student: StudentObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<SchoolObject | null> {
    if (!student.schoolId) return null;
    const school = await loadSchool(request, student.schoolId);
    return school ? toSchool(school) : null;
  }
}
