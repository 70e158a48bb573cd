import { Args, Query, Resolver } from '@nestjs/graphql';
import { isUuid } from '@onrecord/platform/database';
import {
  CurrentRequest,
  Member,
  type MemberPrincipal,
  type RequestContext,
} from '@onrecord/platform/request';
import { Roles } from '@onrecord/platform/auth';
import { forbidden } from '@onrecord/platform/errors';
import { type Connection } from '@onrecord/platform/graphql';
import { MemberRole } from '@onrecord/organizations';
import { CaseloadArgs, CaseloadConnection, type CaseloadItemObject } from './caseload.objects';
import { CaseloadService } from './caseload.service';

@Resolver()
export class CaseloadResolver {
  constructor(private readonly caseloads: CaseloadService) {}

  @Roles(MemberRole.ADMIN, MemberRole.ADVOCATE)
  @Query(() => CaseloadConnection, {
    description:
      'Your cases (or, for an admin, another member’s), in the order asked for (by default active first, then newest). Each line has the case, its family, student and school (through the case), and what is due.',
  })
  async caseload(
    @Args() args: CaseloadArgs,
    @CurrentRequest() request: RequestContext,
    @Member() member: MemberPrincipal,
  ): Promise<Connection<CaseloadItemObject>> {
    const advocateId = args.filter?.advocateId ?? member.membership.id;
    if (advocateId !== member.membership.id && member.membership.role !== MemberRole.ADMIN) {
      throw forbidden('Only admins can see another member’s caseload.');
    }
    // Another organization's member id matches no assignment here: the page is empty.
    if (!isUuid(advocateId))
      return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    return this.caseloads.page(request, advocateId, {
      statuses: args.filter?.statuses,
      where: args.filter ?? {},
      orderBy: args.orderBy,
      first: args.first,
      after: args.after,
    });
  }
}
