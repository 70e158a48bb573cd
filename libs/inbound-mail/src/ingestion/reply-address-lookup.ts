import { Injectable } from '@nestjs/common';
import { CrossOrganizationAccess } from '@onrecord/platform/database';
import { replyTokenHash } from '@onrecord/requests';

/** Whose a reply address is: its organization and request. */
export interface ReplyAddressOwner {
  organizationId: string;
  requestId: string;
}

/**
 * Finds the request a reply token belongs to, before the organization is known: the one
 * cross-organization path of mail in (purpose 'inbound-mail'), which sees only the address
 * row whose token has this hash. Nothing else the sender wrote is looked up across
 * organizations.
 */
@Injectable()
export class ReplyAddressLookup {
  constructor(private readonly crossOrganization: CrossOrganizationAccess) {}

  find(token: string, requestId?: string): Promise<ReplyAddressOwner | null> {
    const tokenHash = replyTokenHash(token);
    return this.crossOrganization.run(
      'inbound-mail',
      { lookup: { replyTokenHash: tokenHash } },
      requestId,
      async (scope) => {
        const [row] = (await scope.manager.query(
          `SELECT organization_id, request_id FROM request_reply_address WHERE token_hash = $1`,
          [tokenHash],
        )) as Array<{ organization_id: string; request_id: string }>;
        return row ? { organizationId: row.organization_id, requestId: row.request_id } : null;
      },
    );
  }
}
