import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { SchoolContact } from '@onrecord/directory';
import type { DataScope } from '@onrecord/platform/database';
import type { PortalPrincipal } from '@onrecord/platform/request';
import { notFound } from '@onrecord/platform/errors';
import { RequestRecipient, WrittenRequest } from '@onrecord/requests';
import { ownFamilies } from './own-families';
import { PortalCasesService } from './portal-cases.service';
import type { PortalLetter } from './portal-letter.objects';
import type { PortalRequest } from './portal.objects';

/**
 * The letters sent on a family's behalf, to read in full. A request is found only when it was
 * sent (never a draft), is not archived, and is on a case of one of the caller's families:
 * anything else, another family's or another organization's, is not found, with the same
 * words either way.
 */
@Injectable()
export class PortalLettersService {
  constructor(private readonly cases: PortalCasesService) {}

  async request(scope: DataScope, principal: PortalPrincipal, id: string): Promise<PortalRequest> {
    const found = await ownFamilies(scope, principal).sentRequest(id);
    // As the case page shows it: the same deadline words, answers and follow-ups.
    const shown = await this.cases.get(scope, principal, found.caseId);
    const request = shown.requests.find((r) => r.id === found.id);
    if (!request) throw notFound('WrittenRequest');
    return request;
  }

  /**
   * The letters of requests the portal already showed (so already the family's), in the order
   * asked: one query for the letters, one for their recipients, for any number of requests.
   */
  async letters(
    scope: DataScope,
    requestIds: readonly string[],
  ): Promise<Array<PortalLetter | null>> {
    const { manager } = scope;
    const requests = await manager.find(WrittenRequest, {
      where: { id: In([...requestIds]) },
      select: { id: true, subject: true, body: true, sentOn: true, channel: true },
    });
    const recipients = await manager
      .createQueryBuilder(RequestRecipient, 'rr')
      .innerJoinAndMapOne(
        'rr.contact',
        SchoolContact,
        'sc',
        'sc.organization_id = rr.organization_id AND sc.id = rr.contact_id',
      )
      .where('rr.request_id IN (:...ids)', { ids: [...requestIds] })
      .orderBy('rr.position', 'ASC')
      .getMany();
    return requestIds.map((id) => {
      const request = requests.find((r) => r.id === id);
      if (!request) return null;
      return {
        subject: request.subject,
        body: request.body,
        sentOn: request.sentOn,
        channel: request.channel,
        // Name, role and title only: the school's addresses are the advocate's to use.
        to: recipients.flatMap(({ requestId, contact }) =>
          requestId === id && contact
            ? [{ name: contact.name, role: contact.role, title: contact.title }]
            : [],
        ),
      };
    });
  }
}
