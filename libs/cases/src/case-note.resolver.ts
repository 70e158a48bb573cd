import type { DataScope } from '@onrecord/platform/database';
import {
  Scope,
  Member,
  CurrentRequest,
  type MemberPrincipal,
  type RequestContext,
} from '@onrecord/platform/request';
import { RecordLifecycleResolver, type Connection } from '@onrecord/platform/graphql';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FamilyRecords, Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import { CaseNoteConnection, CaseNoteObject } from './case-note.objects';
import { CaseNoteInput, CaseNotesArgs, UpdateCaseNoteInput } from './case-note.inputs';
import { CaseNoteService } from './case-note.service';
import { loadUser } from './case.loaders';
import { toCaseNote } from './conversions';

const { ADMIN, ADVOCATE } = MemberRole;

@Resolver(() => CaseNoteObject)
export class CaseNoteResolver extends RecordLifecycleResolver({
  name: 'CaseNote',
  object: CaseNoteObject,
  service: CaseNoteService,
  toObject: toCaseNote,
  archivedBy: Roles(ADMIN, ADVOCATE),
  deletedBy: Roles(ADMIN),
  descriptions: { archive: 'Hides the note from lists; nothing is deleted.' },
}) {
  constructor(private readonly notes: CaseNoteService) {
    super();
  }

  @FamilyRecords()
  @Query(() => CaseNoteConnection, { description: "A case's notes, newest first." })
  async caseNotes(
    @Args() args: CaseNotesArgs,
    @Scope() scope: DataScope,
  ): Promise<Connection<CaseNoteObject>> {
    return this.notes.list(scope, args);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => CaseNoteObject, { description: 'You are its author.' })
  async addCaseNote(
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('input') input: CaseNoteInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<CaseNoteObject> {
    return toCaseNote(await this.notes.add(scope, member, caseId, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => CaseNoteObject)
  async updateCaseNote(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCaseNoteInput,
    @Scope() scope: DataScope,
  ): Promise<CaseNoteObject> {
    return toCaseNote(await this.notes.update(scope, id, input));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The author's name; none once they are no longer a member.",
  })
  async authorName(
    @Parent() note: CaseNoteObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<string | null> {
    if (!note.authorUserId) return null;
    return (await loadUser(request, note.authorUserId))?.name ?? null;
  }
}
