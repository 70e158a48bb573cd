import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import {
  Scope,
  Guardian,
  CurrentRequest,
  type PortalPrincipal,
  type RequestContext,
} from '@onrecord/platform/request';
import { Portal } from '@onrecord/platform/auth';
import { PortalLetter } from './portal-letter.objects';
import { PortalLettersService } from './portal-letters.service';
import { PortalRequest } from './portal.objects';

/** A family reading the letters sent on its behalf, and the school's answers, in full. */
@Resolver(() => PortalRequest)
export class PortalLettersResolver {
  constructor(private readonly letters: PortalLettersService) {}

  @Portal()
  @Query(() => PortalRequest, {
    description:
      'One sent request of your family’s cases, as the case shows it; ask for `letter` to read it in full.',
  })
  async portalRequest(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
    @Guardian() guardian: PortalPrincipal,
  ): Promise<PortalRequest> {
    return this.letters.request(scope, guardian, id);
  }

  // The parent came from a portal query, so it is already the family's own sent request.
  @ResolveField(() => PortalLetter, {
    description: 'The letter as sent: subject, body, day, and the school staff it went to.',
  })
  async letter(
    @Parent() parent: PortalRequest,
    @CurrentRequest() request: RequestContext,
  ): Promise<PortalLetter | null> {
    return request
      .loader<string, PortalLetter>('portal-letters', (scope, ids) =>
        this.letters.letters(scope, ids),
      )
      .load(parent.id);
  }
}
