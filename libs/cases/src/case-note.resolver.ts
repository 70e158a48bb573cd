import { RecordLifecycleResolver } from '@onrecord/platform/graphql';
import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { FamilyRecords, Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import type { Connection, RequestContext } from '@onrecord/platform/graphql';
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
    @Context('request') request: RequestContext,
  ): Promise<Connection<CaseNoteObject>> {
    return this.notes.list(await request.scope(), args);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => CaseNoteObject, { description: 'You are its author.' })
  async addCaseNote(
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('input') input: CaseNoteInput,
    @Context('request') request: RequestContext,
  ): Promise<CaseNoteObject> {
    const scope = await request.scope();
    return toCaseNote(await this.notes.add(scope, request.member(), caseId, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => CaseNoteObject)
  async updateCaseNote(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCaseNoteInput,
    @Context('request') request: RequestContext,
  ): Promise<CaseNoteObject> {
    return toCaseNote(await this.notes.update(await request.scope(), id, input));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The author's name; none once they are no longer a member.",
  })
  async authorName(
    @Parent() note: CaseNoteObject,
    @Context('request') request: RequestContext,
  ): Promise<string | null> {
    if (!note.authorUserId) return null;
    return (await loadUser(request, note.authorUserId))?.name ?? null;
  }
}
