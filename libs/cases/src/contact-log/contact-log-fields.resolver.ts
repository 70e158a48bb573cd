import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GuardianObject, loadGuardian, toGuardian } from '@onrecord/families';
import { CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { CaseObject } from '../case.objects';
import { loadCase } from '../case.loaders';
import { toCase } from '../conversions';
import { ContactLogEntryObject } from './contact-log.objects';

/**
 * What a contact names beside its ids, so a list of the organization's contacts can say whose
 * case and which guardian without a query per row (each through a DataLoader).
 */
@Resolver(() => ContactLogEntryObject)
export class ContactLogFieldsResolver {
  @ResolveField(() => CaseObject, {
    nullable: true,
    description: 'None for an information-only contact.',
  })
  async case(
    @Parent() parent: ContactLogEntryObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<CaseObject | null> {
    if (!parent.caseId) return null;
    const found = await loadCase(request, parent.caseId);
    return found ? toCase(found) : null;
  }

  @ResolveField(() => GuardianObject, {
    nullable: true,
    description: 'The guardian it was with, when on file.',
  })
  async guardian(
    @Parent() parent: ContactLogEntryObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<GuardianObject | null> {
    if (!parent.guardianId) return null;
    const found = await loadGuardian(request, parent.guardianId);
    return found ? toGuardian(found) : null;
  }
}
