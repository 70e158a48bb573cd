import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { FamilyMessage } from '@onrecord/cases';
import { Guardian } from '@onrecord/families';
import type { DataScope } from '@onrecord/platform/database';
import { type PortalPrincipal } from '@onrecord/platform/request';
import { notFound } from '@onrecord/platform/errors';
import type { PortalSendMessageInput } from './family-message.inputs';
import type { PortalFamilyMessage } from './family-message.objects';
import { ownFamilies } from './own-families';

/**
 * A family writing to its advocates from the portal: on one of its own cases only (any other
 * case, of another family or organization, is not found), as the guardian of that case's
 * family, audited with that guardian as actor. The advocates read it on the case timeline
 * and in their digest.
 */
@Injectable()
export class FamilyMessageService {
  async send(
    scope: DataScope,
    principal: PortalPrincipal,
    input: PortalSendMessageInput,
  ): Promise<PortalFamilyMessage> {
    const own = ownFamilies(scope, principal);
    const found = await own.case(input.caseId);
    // The same person may be a guardian in two families here: the message is by this case's.
    const [guardian] = await own.guardians(found.familyId);
    if (!guardian) throw notFound('Case');
    scope.attribute({ actorUserId: null, actorGuardianId: guardian.id });
    const saved = await scope.manager.save(
      scope.manager.create(FamilyMessage, {
        organizationId: principal.organizationId,
        caseId: found.id,
        guardianId: guardian.id,
        body: input.body,
      }),
    );
    return toPortalMessage(saved, guardian.name, principal);
  }

  /** The family's messages on one of its cases, newest first. */
  async list(
    scope: DataScope,
    principal: PortalPrincipal,
    caseId: string,
  ): Promise<PortalFamilyMessage[]> {
    const found = await ownFamilies(scope, principal).case(caseId);
    const messages = await scope.manager.find(FamilyMessage, {
      where: { caseId: found.id },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    const guardianIds = [...new Set(messages.map((m) => m.guardianId))];
    const guardians = guardianIds.length
      ? await scope.manager.findBy(Guardian, { id: In(guardianIds) })
      : [];
    const nameOf = new Map(guardians.map((g) => [g.id, g.name]));
    return messages.map((m) => toPortalMessage(m, nameOf.get(m.guardianId) ?? '', principal));
  }
}

const toPortalMessage = (
  m: FamilyMessage,
  guardianName: string,
  principal: PortalPrincipal,
): PortalFamilyMessage => ({
  id: m.id,
  caseId: m.caseId,
  body: m.body,
  sentAt: m.createdAt,
  guardianName,
  fromYou: principal.portal.guardianIds.includes(m.guardianId),
});
