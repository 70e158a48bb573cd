import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import {
  isLocalDate,
  decodeCursor,
  toConnection,
  type Connection,
} from '@onrecord/platform/graphql';
import { CaseStatus } from '../case-enums';
import { Case } from '../case.entity';
import { toCase } from '../conversions';
import type { CaseloadItemObject } from './caseload.objects';
import { CaseloadFactsRegistry, NO_FACTS } from './caseload-facts';

/** Open statuses, in the order an advocate works them. */
const STATUS_RANK: Record<CaseStatus, number> = {
  [CaseStatus.ACTIVE]: 1,
  [CaseStatus.INTAKE]: 2,
  [CaseStatus.ON_HOLD]: 3,
  [CaseStatus.RESOLVED]: 4,
  [CaseStatus.CLOSED]: 5,
};
const RANK_SQL = `CASE c.status ${Object.entries(STATUS_RANK)
  .map(([status, rank]) => `WHEN '${status}' THEN ${rank}`)
  .join(' ')} END`;
/** A caseload cursor's sort value: the status rank and the opened date, e.g. "1|2025-10-01". */
const isCaseloadPosition = (value: string): boolean => {
  const [rank, openedOn] = value.split('|');
  return /^[1-5]$/.test(rank ?? '') && isLocalDate(openedOn);
};

export const OPEN_STATUSES = [CaseStatus.INTAKE, CaseStatus.ACTIVE, CaseStatus.ON_HOLD];

/**
 * A member's caseload: the cases they are assigned to, active ones first, then the most
 * recently opened. One query for the page and one for its facts; the rest of each line
 * comes through DataLoaders.
 */
@Injectable()
export class CaseloadService {
  constructor(private readonly facts: CaseloadFactsRegistry) {}

  async page(
    scope: DataScope,
    membershipId: string,
    options: { statuses?: CaseStatus[]; first: number; after?: string | null },
  ): Promise<Connection<CaseloadItemObject>> {
    const statuses = options.statuses?.length ? options.statuses : OPEN_STATUSES;
    const query = scope.manager
      .createQueryBuilder(Case, 'c')
      .innerJoin('case_assignment', 'a', 'a.case_id = c.id AND a.membership_id = :membershipId', {
        membershipId,
      })
      .where('c.archived_at IS NULL')
      .andWhere('c.status IN (:...statuses)', { statuses })
      .orderBy(RANK_SQL, 'ASC')
      .addOrderBy('c.opened_on', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(options.first + 1);
    if (options.after) {
      const cursor = decodeCursor(options.after, { isSortValue: isCaseloadPosition });
      const [rank, openedOn] = cursor.sortValue.split('|');
      query.andWhere(
        `(${RANK_SQL} > :rank OR (${RANK_SQL} = :rank AND (c.opened_on, c.id) < (:openedOn, :id)))`,
        { rank: Number(rank), openedOn, id: cursor.id },
      );
    }
    const rows = await query.getMany();
    const facts = await this.facts.factsFor(
      scope,
      rows.slice(0, options.first).map((c) => c.id),
    );
    return toConnection(
      rows,
      options.first,
      (c) => `${STATUS_RANK[c.status]}|${c.openedOn}`,
      (c) => ({ case: toCase(c), status: c.status, ...(facts.get(c.id) ?? NO_FACTS) }),
    );
  }
}
