import { Injectable } from '@nestjs/common';
import { AuditEvent } from '@onrecord/platform/audit';
import { type DataScope, CrossOrganizationAccess } from '@onrecord/platform/database';
import { badUserInput, conflict } from '@onrecord/platform/errors';
import { FamilyRecordsReader } from './family-export.service';
import { DocumentStorage } from '@onrecord/documents';
import { DOCUMENT_KEYS, FAMILY_TABLES, familyParameters } from './family-records';

export interface FamilyErasureResult {
  familyId: string;
  erasedAt: Date;
  recordsErased: number;
  auditEventsErased: number;
}

export interface ErasureActor {
  organizationId: string;
  userId: string;
  requestId?: string;
}

const FINISHED = ['RESOLVED', 'CLOSED'];
const ERASED_CHANGES = { erased: true };

/**
 * Erases a family on request: the personal part of every record (names, contact details,
 * dates of birth, free text, letters and messages) is replaced, portal access and sessions
 * are deleted, documents are deleted with their files, and the audit events about those records keep who did what and when but lose
 * what changed. What the organization's figures count — requests, answers, dates, outcomes,
 * schools — stays, so reports do not change. One transaction: all of it or none.
 *
 * Refused while a case of the family is under a legal hold, or still open (close it first,
 * so nothing more is sent about it).
 */
@Injectable()
export class FamilyErasure {
  constructor(
    private readonly reader: FamilyRecordsReader,
    private readonly crossOrganization: CrossOrganizationAccess,
    private readonly documents: DocumentStorage,
  ) {}

  async erase(
    scope: DataScope,
    actor: ErasureActor,
    familyId: string,
    confirmHouseholdName: string,
  ): Promise<FamilyErasureResult> {
    const records = await this.reader.read(scope, familyId);
    if (normalize(confirmHouseholdName) !== normalize(records.householdName)) {
      throw badUserInput([
        {
          field: 'confirmHouseholdName',
          message:
            "must be the family's household name, as a check that the right family is erased",
        },
      ]);
    }
    for (const found of records.tables['case_record'] ?? []) {
      const title = String(found['title']);
      if (found['legal_hold_reason']) {
        throw conflict(
          `The case "${title}" is under a legal hold (${String(found['legal_hold_reason'])}): an admin must release it before the family can be erased.`,
        );
      }
      if (!FINISHED.includes(String(found['status']))) {
        throw conflict(
          `The case "${title}" is still ${String(found['status'])}: close it first, so nothing more is sent about it.`,
        );
      }
    }

    const audits = (await scope.manager.query(
      `UPDATE audit_event SET changes = $3::jsonb
        WHERE (entity_id = ANY($1::text[]) OR actor_guardian_id = ANY($2::uuid[]))
          AND changes <> $3::jsonb`,
      [records.recordIds, records.guardianIds, JSON.stringify(ERASED_CHANGES)],
    )) as [unknown, number];

    // Read before their rows are deleted; removed once the erasure committed (a rollback
    // keeps the family whole, bytes included).
    const documentKeys = (await scope.manager.query(DOCUMENT_KEYS, [familyId])) as Array<{
      organization_id: string;
      storage_key: string;
    }>;
    let recordsErased = 0;
    for (const { table, where, erase, deleteOnErase } of FAMILY_TABLES) {
      const sql = deleteOnErase
        ? `DELETE FROM "${table}" WHERE ${where}`
        : erase
          ? `UPDATE "${table}" SET ${Object.entries(erase)
              .map(([column, value]) => `"${column}" = ${value}`)
              .join(', ')} WHERE ${where}`
          : null;
      if (!sql) continue;
      const [, count] = (await scope.manager.query(
        sql,
        familyParameters(sql, familyId, records.emails),
      )) as [unknown, number];
      recordsErased += count;
    }
    recordsErased += await this.deleteSignInLinks(scope, records.emails);
    scope.afterCommit(async () => {
      for (const { organization_id, storage_key } of documentKeys)
        await this.documents.remove(organization_id, storage_key);
    });

    const erasedAt = new Date();
    await scope.manager.insert(AuditEvent, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      actorGuardianId: null,
      action: 'eraseFamily',
      entityType: 'Family',
      entityId: familyId,
      changes: { change: 'updated', after: { erased: true, recordsErased } },
      requestId: actor.requestId ?? null,
    });
    return { familyId, erasedAt, recordsErased, auditEventsErased: audits[1] };
  }

  /**
   * A guardian's sign-in links belong to no organization; the scope that names the address
   * (and only it) may delete them.
   */
  private async deleteSignInLinks(scope: DataScope, emails: readonly string[]): Promise<number> {
    let deleted = 0;
    for (const email of emails) {
      await this.crossOrganization.within(
        scope,
        'family-erasure',
        { portalEmail: email },
        undefined,
        async () => {
          // No WHERE: the row-level policy limits the delete to this address's links (a
          // WHERE would need to read the table, which only the link's own token may do).
          const [, count] = (await scope.manager.query(`DELETE FROM portal_sign_in_link`)) as [
            unknown,
            number,
          ];
          deleted += count;
        },
      );
    }
    return deleted;
  }
}

function normalize(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
