import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  FamilyObject,
  StudentObject,
  loadFamily,
  loadStudent,
  toFamily,
  toStudent,
} from '@onrecord/families';
import { CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { notFound } from '@onrecord/platform/errors';
import { todayIn } from '@onrecord/platform/text';
import { CaseObject, CaseStatusChangeObject, TimeInStatusObject } from './case.objects';
import { CaseAdvocateObject } from './case-assignment.objects';
import { loadCaseAdvocates, loadCaseStatusHistory, loadOrganizationTimeZone } from './case.loaders';
import { toCaseStatusChange } from './conversions';
import { timeInStatus } from './time-in-status';

/**
 * What a case shows beside its own columns. Each goes through a DataLoader, so a page of
 * cases costs one query per field, not one per case.
 */
@Resolver(() => CaseObject)
export class CaseFieldsResolver {
  @ResolveField(() => FamilyObject)
  async family(
    @Parent() parent: CaseObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<FamilyObject> {
    // The family and student are the case's by foreign keys (RESTRICT): always there.
    const family = await loadFamily(request, parent.familyId);
    if (!family) throw notFound('Family');
    return toFamily(family);
  }

  @ResolveField(() => StudentObject)
  async student(
    @Parent() parent: CaseObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<StudentObject> {
    const student = await loadStudent(request, parent.studentId);
    if (!student) throw notFound('Student');
    return toStudent(student);
  }

  @ResolveField(() => [CaseAdvocateObject], {
    description: 'Assigned advocates, first assigned first, then by name.',
  })
  advocates(
    @Parent() parent: CaseObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<CaseAdvocateObject[]> {
    return loadCaseAdvocates(request, parent.id);
  }

  @ResolveField(() => [CaseStatusChangeObject], {
    description: 'Every status the case has had, oldest first; the first has no fromStatus.',
  })
  async caseStatusHistory(
    @Parent() parent: CaseObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<CaseStatusChangeObject[]> {
    return (await loadCaseStatusHistory(request, parent.id)).map(toCaseStatusChange);
  }

  @ResolveField(() => [TimeInStatusObject], {
    description:
      "Calendar days spent in each status (the current one up to today, in the organization's time zone), in the order first reached.",
  })
  async timeInStatus(
    @Parent() parent: CaseObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<TimeInStatusObject[]> {
    const [history, timeZone] = await Promise.all([
      loadCaseStatusHistory(request, parent.id),
      loadOrganizationTimeZone(request),
    ]);
    const entries = history.map((change) => ({
      status: change.toStatus,
      on: todayIn(timeZone, change.changedAt),
    }));
    return timeInStatus(entries, todayIn(timeZone));
  }
}
