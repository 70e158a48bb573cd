import type { DataScope } from '@onrecord/platform/database';
import { Scope, Member, type MemberPrincipal } from '@onrecord/platform/request';
import { RecordLifecycleResolver, type Connection } from '@onrecord/platform/graphql';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { FamilyRecords, Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import { CaseConnection, CaseObject } from './case.objects';
import {
  CasesArgs,
  ChangeCaseStatusInput,
  OpenCaseInput,
  PlaceLegalHoldInput,
  UpdateCaseInput,
} from './case.inputs';
import { CaseService } from './case.service';
import { CaseStatusService } from './case-status.service';
import { toCase } from './conversions';

const { ADMIN, ADVOCATE } = MemberRole;

/** Cases: open, find, list, change, move between statuses, archive, delete. */
@Resolver(() => CaseObject)
export class CaseResolver extends RecordLifecycleResolver({
  name: 'Case',
  object: CaseObject,
  service: CaseService,
  toObject: toCase,
  archivedBy: Roles(ADMIN, ADVOCATE),
  deletedBy: Roles(ADMIN),
  descriptions: {
    archive: 'Hides the case from lists; nothing is deleted.',
    delete:
      'Deletes a case with its assignments and status history. Refused while it has notes: archive it instead.',
  },
}) {
  constructor(
    private readonly caseService: CaseService,
    private readonly statuses: CaseStatusService,
  ) {
    super();
  }

  @FamilyRecords()
  @Query(() => CaseObject, { description: 'A case of the organization, archived or not.' })
  async case(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<CaseObject> {
    return toCase(await this.caseService.get(scope, id));
  }

  @FamilyRecords()
  @Query(() => CaseConnection, { description: 'Newest opened first, then by id.' })
  async cases(@Args() args: CasesArgs, @Scope() scope: DataScope): Promise<Connection<CaseObject>> {
    return this.caseService.list(scope, args.filter, args.first, args.after);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => CaseObject, {
    description: 'Opens a case for a student of a family; its first status goes on record.',
  })
  async openCase(
    @Args('input') input: OpenCaseInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<CaseObject> {
    return toCase(await this.caseService.open(scope, member, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => CaseObject)
  async updateCase(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCaseInput,
    @Scope() scope: DataScope,
  ): Promise<CaseObject> {
    return toCase(await this.caseService.update(scope, id, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => CaseObject, {
    description:
      'INTAKE → ACTIVE, ON_HOLD or CLOSED; ACTIVE → ON_HOLD, RESOLVED or CLOSED; ON_HOLD → ACTIVE or CLOSED; RESOLVED → CLOSED or ACTIVE (reopen); CLOSED → ACTIVE (reopen). RESOLVED and CLOSED need an outcome.',
  })
  async changeCaseStatus(
    @Args('input') input: ChangeCaseStatusInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<CaseObject> {
    return toCase(await this.statuses.change(scope, member, input));
  }

  @Roles(ADMIN)
  @Mutation(() => CaseObject, {
    description:
      'Places the case under a legal hold (due process, a complaint): its family cannot be erased while it lasts.',
  })
  async placeLegalHold(
    @Args('input') input: PlaceLegalHoldInput,
    @Scope() scope: DataScope,
  ): Promise<CaseObject> {
    return toCase(await this.caseService.setLegalHold(scope, input.caseId, input.reason));
  }

  @Roles(ADMIN)
  @Mutation(() => CaseObject, { description: "Releases the case's legal hold." })
  async releaseLegalHold(
    @Args('caseId', { type: () => ID }) caseId: string,
    @Scope() scope: DataScope,
  ): Promise<CaseObject> {
    return toCase(await this.caseService.setLegalHold(scope, caseId, null));
  }
}
