import type { DataScope } from '@onrecord/platform/database';
import {
  Scope,
  Member,
  CurrentRequest,
  type MemberPrincipal,
  type RequestContext,
} from '@onrecord/platform/request';
import { RecordLifecycleResolver, type Connection } from '@onrecord/platform/graphql';
import {
  Args,
  GraphQLISODateTime,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CaseObject, loadCase, toCase } from '@onrecord/cases';
import { MemberRole } from '@onrecord/organizations';
import { FamilyRecords, Roles } from '@onrecord/platform/auth';
import { notFound } from '@onrecord/platform/errors';
import {
  CompleteMeetingTaskInput,
  MeetingsArgs,
  MeetingTasksArgs,
  ScheduleMeetingInput,
  UpdateMeetingInput,
} from './meeting.inputs';
import {
  MeetingAttendeeObject,
  MeetingConnection,
  MeetingObject,
  MeetingTaskConnection,
  MeetingTaskObject,
} from './meeting.objects';
import { MeetingService } from './meeting.service';
import { toMeeting, toMeetingTask } from './meeting.conversions';
import { loadMeeting, loadMeetingAttendeeViews, loadMeetingTasks } from './meeting.loaders';
import { WrittenRequestObject } from '../written-requests/written-request.objects';
import { loadWrittenRequest } from '../written-requests/written-request.loaders';
import { toWrittenRequest } from '../written-requests/written-request.conversions';

const { ADMIN, ADVOCATE } = MemberRole;

@Resolver(() => MeetingObject)
export class MeetingResolver extends RecordLifecycleResolver({
  name: 'Meeting',
  object: MeetingObject,
  service: MeetingService,
  toObject: toMeeting,
  archivedBy: Roles(ADMIN, ADVOCATE),
  deletedBy: Roles(ADMIN),
  descriptions: {
    archive: 'Cancels the meeting: it and its items leave lists, the caseload and the timeline.',
    delete: 'Deletes a meeting recorded by mistake, with its attendees and items.',
  },
}) {
  constructor(private readonly service: MeetingService) {
    super();
  }

  @FamilyRecords()
  @Query(() => MeetingObject)
  async meeting(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<MeetingObject> {
    return toMeeting(await this.service.get(scope, id));
  }

  @FamilyRecords()
  @Query(() => MeetingConnection, {
    description: 'Meetings by start time, soonest first; archived ones only with includeArchived.',
  })
  async meetings(
    @Args() args: MeetingsArgs,
    @Scope() scope: DataScope,
  ): Promise<Connection<MeetingObject>> {
    return this.service.list(scope, args);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => MeetingObject, {
    description:
      "Creates the meeting and its two written items: concerns due N business days before the meeting's day, a summary N business days after (N from the organization's settings; weekends and public holidays of the district's state skipped). A past startsAt records a meeting already held: its items are created all the same and show overdue until marked done.",
  })
  async scheduleMeeting(
    @Args('input') input: ScheduleMeetingInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<MeetingObject> {
    return toMeeting(await this.service.schedule(scope, member, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => MeetingObject, {
    description: 'Moves the meeting; the due dates of its items not yet done move with it.',
  })
  async rescheduleMeeting(
    @Args('id', { type: () => ID }) id: string,
    @Args('startsAt', { type: () => GraphQLISODateTime }) startsAt: Date,
    @Scope() scope: DataScope,
  ): Promise<MeetingObject> {
    return toMeeting(await this.service.reschedule(scope, id, startsAt));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => MeetingObject)
  async updateMeeting(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateMeetingInput,
    @Scope() scope: DataScope,
  ): Promise<MeetingObject> {
    return toMeeting(await this.service.update(scope, id, input));
  }

  @ResolveField(() => CaseObject)
  async case(
    @Parent() parent: MeetingObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<CaseObject> {
    const found = await loadCase(request, parent.caseId);
    if (!found) throw notFound('Case');
    return toCase(found);
  }

  @ResolveField(() => [MeetingAttendeeObject], { description: 'In the order given.' })
  async attendees(
    @Parent() parent: MeetingObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<MeetingAttendeeObject[]> {
    return loadMeetingAttendeeViews(request, parent.id);
  }

  @ResolveField(() => [MeetingTaskObject], { description: 'Concerns before, summary after.' })
  async tasks(
    @Parent() parent: MeetingObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<MeetingTaskObject[]> {
    const now = new Date();
    return (await loadMeetingTasks(request, parent.id)).map((t) => toMeetingTask(t, now));
  }
}

@Resolver(() => MeetingTaskObject)
export class MeetingTaskResolver {
  constructor(private readonly service: MeetingService) {}

  @FamilyRecords()
  @Query(() => MeetingTaskObject)
  async meetingTask(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<MeetingTaskObject> {
    return toMeetingTask(await this.service.getTask(scope, id));
  }

  @FamilyRecords()
  @Query(() => MeetingTaskConnection, {
    description: 'Written items of meetings (not archived), soonest due first.',
  })
  async meetingTasks(
    @Args() args: MeetingTasksArgs,
    @Scope() scope: DataScope,
  ): Promise<Connection<MeetingTaskObject>> {
    return this.service.listTasks(scope, args);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => MeetingTaskObject, {
    description:
      'Marks the item sent on a day, optionally with the written request that carried it.',
  })
  async completeMeetingTask(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CompleteMeetingTaskInput,
    @Scope() scope: DataScope,
  ): Promise<MeetingTaskObject> {
    return toMeetingTask(await this.service.completeTask(scope, id, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => MeetingTaskObject, { description: 'Not done after all.' })
  async reopenMeetingTask(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<MeetingTaskObject> {
    return toMeetingTask(await this.service.reopenTask(scope, id));
  }

  @ResolveField(() => MeetingObject)
  async meeting(
    @Parent() parent: MeetingTaskObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<MeetingObject> {
    const found = await loadMeeting(request, parent.meetingId);
    if (!found) throw notFound('Meeting');
    return toMeeting(found);
  }

  @ResolveField(() => WrittenRequestObject, {
    nullable: true,
    description: 'The written request that carried it.',
  })
  async request(
    @Parent() parent: MeetingTaskObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<WrittenRequestObject | null> {
    if (!parent.requestId) return null;
    const found = await loadWrittenRequest(request, parent.requestId);
    return found ? toWrittenRequest(found) : null;
  }
}
