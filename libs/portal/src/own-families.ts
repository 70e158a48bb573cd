import { In, IsNull } from 'typeorm';
import { Case } from '@onrecord/cases';
import { Family, Guardian, Student } from '@onrecord/families';
import { type DataScope, isUuid } from '@onrecord/platform/database';
import { type PortalPrincipal } from '@onrecord/platform/request';
import { notFound } from '@onrecord/platform/errors';
import { WrittenRequest, WrittenRequestStatus } from '@onrecord/requests';

/**
 * What a guardian may see in the portal: their own families' records, the families the
 * access guard re-checked on this request. Row-level security already confines the portal
 * to the session's organization; within it, this is the one place the family filter is
 * written. Every portal read of a family's record starts here, so another family's record
 * is simply not found, with the same words as a record that does not exist.
 */
export class OwnFamilies {
  constructor(
    private readonly scope: DataScope,
    private readonly principal: PortalPrincipal,
  ) {}

  /** The filter itself. */
  private get familyIds(): string[] {
    return this.principal.portal.familyIds;
  }

  families(): Promise<Family[]> {
    return this.scope.manager.find(Family, {
      where: { id: In(this.familyIds) },
      order: { householdName: 'ASC' },
    });
  }

  /** Their students still on file, by name. */
  students(): Promise<Student[]> {
    return this.scope.manager.find(Student, {
      where: { familyId: In(this.familyIds), archivedAt: IsNull() },
      order: { name: 'ASC' },
    });
  }

  /** A student of theirs still on file, else NOT_FOUND (however the id was come by). */
  async student(id: string): Promise<Student> {
    const student = !isUuid(id)
      ? null
      : await this.scope.manager.findOneBy(Student, {
          id,
          familyId: In(this.familyIds),
          archivedAt: IsNull(),
        });
    if (!student) throw notFound('Student');
    return student;
  }

  /** Their open cases (not archived), newest first. */
  cases(): Promise<Case[]> {
    return this.scope.manager.find(Case, {
      where: { familyId: In(this.familyIds), archivedAt: IsNull() },
      order: { openedOn: 'DESC', id: 'ASC' },
    });
  }

  /** A case of theirs, else NOT_FOUND (however the id was come by). */
  async case(id: string): Promise<Case> {
    const found = !isUuid(id)
      ? null
      : await this.scope.manager.findOneBy(Case, {
          id,
          familyId: In(this.familyIds),
          archivedAt: IsNull(),
        });
    if (!found) throw notFound('Case');
    return found;
  }

  /** A request sent (never a draft, not archived) on a case of theirs, else NOT_FOUND. */
  async sentRequest(id: string): Promise<WrittenRequest> {
    const found = !isUuid(id)
      ? null
      : await this.scope.manager
          .createQueryBuilder(WrittenRequest, 'r')
          .innerJoin(Case, 'c', 'c.organization_id = r.organization_id AND c.id = r.case_id')
          .where('r.id = :id', { id })
          .andWhere('r.archived_at IS NULL AND r.status <> :draft', {
            draft: WrittenRequestStatus.DRAFT,
          })
          .andWhere('c.archived_at IS NULL AND c.family_id IN (:...families)', {
            families: this.familyIds,
          })
          .getOne();
    if (!found) throw notFound('WrittenRequest');
    return found;
  }

  /**
   * The caller's own guardian records here (one person, a record per family), by name; of
   * one family only when given.
   */
  guardians(familyId?: string): Promise<Guardian[]> {
    return this.scope.manager.find(Guardian, {
      where: {
        id: In(this.principal.portal.guardianIds),
        ...(familyId === undefined ? {} : { familyId }),
      },
      order: { name: 'ASC', id: 'ASC' },
    });
  }
}

/** The guardian's own families, in the request's scope. */
export function ownFamilies(scope: DataScope, principal: PortalPrincipal): OwnFamilies {
  return new OwnFamilies(scope, principal);
}
