import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { PortalCase } from './portal.objects';
import { PortalDocument } from './portal-document.objects';
import { PortalDocumentsService } from './portal-documents.service';

/** The documents on a family's case that their advocate shared. */
@Resolver(() => PortalCase)
export class PortalDocumentsResolver {
  constructor(private readonly sharedDocuments: PortalDocumentsService) {}

  // The service starts from the caller's own families, whatever parent reaches the field.
  @ResolveField(() => [PortalDocument], {
    description: 'Documents your advocate shared with you, newest first.',
  })
  async documents(
    @Parent() parent: PortalCase,
    @CurrentRequest() request: RequestContext,
  ): Promise<PortalDocument[]> {
    const principal = request.guardian();
    const found = await request
      .loader<string, PortalDocument[]>('portal-shared-documents', (scope, caseIds) =>
        this.sharedDocuments.forCases(scope, principal, caseIds),
      )
      .load(parent.id);
    return found ?? [];
  }
}
