import { In, IsNull } from 'typeorm';
import type { AppConfig } from '@onrecord/platform/config';
import type { DataScope } from '@onrecord/platform/database';
import type { FieldProblem } from '@onrecord/platform/errors';
import { domainOf, messageIdFor } from '@onrecord/platform/mail';
import { SchoolContact } from '@onrecord/directory';
import { Guardian } from '@onrecord/families';
import { RequestRecipient } from './request-recipient.entity';

/**
 * The key the Message-ID of a request emailed by OnRecord is derived from: one per request,
 * so every attempt (and a retry to another contact) carries the same Message-ID, and the
 * follow-ups can name it in their In-Reply-To before it has even gone out.
 */
export function requestLetterKey(organizationId: string, requestId: string): string {
  return `request-letter/${organizationId}/${requestId}`;
}

/** The Message-ID the letter goes out with (the mail service derives it the same way). */
export function requestLetterMessageId(
  config: AppConfig,
  organizationId: string,
  requestId: string,
): string {
  return messageIdFor(requestLetterKey(organizationId, requestId), domainOf(config.mail.from));
}

/**
 * Why OnRecord cannot email this request now: no recipient, a recipient with no address on
 * file, or guardians to copy of whom none has an address. Checked before anything is saved,
 * so the advocate fixes the contact instead of finding a failed send later.
 */
export async function letterProblems(
  scope: DataScope,
  requestId: string,
  familyId: string,
  copyGuardians: boolean,
): Promise<FieldProblem[]> {
  const links = await scope.manager.find(RequestRecipient, {
    where: { requestId },
    order: { position: 'ASC' },
  });
  const contacts = links.length
    ? await scope.manager.findBy(SchoolContact, { id: In(links.map((l) => l.contactId)) })
    : [];
  const problems: FieldProblem[] = [];
  if (!contacts.length)
    problems.push({
      field: 'recipientIds',
      message: 'the request is addressed to no school contact: choose who it goes to first',
    });
  const noAddress = contacts.filter((c) => !c.email?.trim());
  if (noAddress.length)
    problems.push({
      field: 'recipientIds',
      message: `${noAddress.map((c) => c.name).join(', ')}: no email address on file; add one, or address the request to another contact`,
    });
  if (copyGuardians) {
    const guardians = await scope.manager.findBy(Guardian, { familyId, archivedAt: IsNull() });
    if (!guardians.some((g) => g.email?.trim()))
      problems.push({
        field: 'copyGuardians',
        message: "no guardian of the family has an email address to copy: add one, or don't copy",
      });
  }
  return problems;
}
