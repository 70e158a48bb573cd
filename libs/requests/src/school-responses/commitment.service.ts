import { Injectable } from '@nestjs/common';
import { type DataScope, deleteRecord, findRecord, setArchived } from '@onrecord/platform/database';
import { badUserInput } from '@onrecord/platform/errors';
import {
  decodeCursor,
  isLocalDate,
  toConnection,
  type Connection,
} from '@onrecord/platform/graphql';
import { organizationToday } from '@onrecord/organizations';
import { assignedTo } from '../assigned-to';
import { Commitment } from './commitment.entity';
import { RequestChanges } from '../request-changes';
import { lockRequestOf } from './request-lock';
import { CommitmentStatus, ResponseOutcome } from './school-response.enums';
import { SchoolResponse } from './school-response.entity';
import type {
  CommitmentInput,
  CommitmentsArgs,
  UpdateCommitmentInput,
} from './school-response.inputs';
import type { CommitmentObject } from './school-response.objects';
import { toCommitment } from './school-response.conversions';
import { answersThreeQuestions, dueOnProblems, THREE_QUESTIONS } from './school-response.rules';
import { newCommitment } from './school-response.service';

@Injectable()
export class CommitmentService {
  /** A commitment is followed up like a request: each change is announced (saveAndAnnounce). */
  constructor(private readonly changes: RequestChanges) {}

  /** A commitment added to a response after the fact. */
  async add(scope: DataScope, responseId: string, input: CommitmentInput): Promise<Commitment> {
    await lockRequestOf(scope, SchoolResponse, responseId, 'School response');
    const response = await findRecord(scope, SchoolResponse, responseId, 'School response');
    const problems = dueOnProblems(input.dueOn, response.receivedOn);
    if (problems.length) throw badUserInput(problems);
    return this.saveAndAnnounce(scope, newCommitment(scope, response, input));
  }

  async update(scope: DataScope, id: string, input: UpdateCommitmentInput): Promise<Commitment> {
    await lockRequestOf(scope, Commitment, id, 'Commitment');
    const commitment = await findRecord(scope, Commitment, id, 'Commitment', 'FOR_CHANGE');
    const response = await findRecord(scope, SchoolResponse, commitment.responseId, 'Response');
    if (input.description) commitment.description = input.description;
    if (input.dueOn) commitment.dueOn = input.dueOn;
    if (input.dataWhat !== undefined && input.dataWhat !== null)
      commitment.dataWhat = input.dataWhat;
    if (input.dataHow !== undefined && input.dataHow !== null) commitment.dataHow = input.dataHow;
    if (input.meanwhile !== undefined && input.meanwhile !== null)
      commitment.meanwhile = input.meanwhile;
    const problems = dueOnProblems(commitment.dueOn, response.receivedOn);
    if (problems.length) throw badUserInput(problems);
    await this.keepDataPlan(scope, response, commitment, 'dataWhat');
    return this.saveAndAnnounce(scope, commitment);
  }

  /** MET or MISSED on a day (not before the response, not in the future); OPEN reopens it. */
  async resolve(
    scope: DataScope,
    id: string,
    status: CommitmentStatus,
    on: string | null,
  ): Promise<Commitment> {
    await lockRequestOf(scope, Commitment, id, 'Commitment');
    const commitment = await findRecord(scope, Commitment, id, 'Commitment', 'FOR_CHANGE');
    if (status === CommitmentStatus.OPEN) {
      commitment.status = CommitmentStatus.OPEN;
      commitment.resolvedOn = null;
      return this.saveAndAnnounce(scope, commitment);
    }
    const response = await findRecord(scope, SchoolResponse, commitment.responseId, 'Response');
    if (!on || !isLocalDate(on))
      throw badUserInput([{ field: 'on', message: 'must be a date written YYYY-MM-DD' }]);
    if (on > (await organizationToday(scope)))
      throw badUserInput([{ field: 'on', message: 'cannot be in the future' }]);
    if (on < response.receivedOn)
      throw badUserInput([
        {
          field: 'on',
          message: `cannot be before the response that made the commitment (received ${response.receivedOn})`,
        },
      ]);
    commitment.status = status;
    commitment.resolvedOn = on;
    return this.saveAndAnnounce(scope, commitment);
  }

  async setArchived(scope: DataScope, id: string, archived: boolean): Promise<Commitment> {
    await lockRequestOf(scope, Commitment, id, 'Commitment');
    if (archived) {
      const commitment = await findRecord(scope, Commitment, id, 'Commitment');
      const response = await findRecord(scope, SchoolResponse, commitment.responseId, 'Response');
      await this.keepDataPlan(scope, response, { ...commitment, dataWhat: '' }, 'id');
    }
    const record = await setArchived(scope, Commitment, id, 'Commitment', archived);
    await this.changes.changed(scope, record.requestId);
    return record;
  }

  private async saveAndAnnounce(scope: DataScope, commitment: Commitment): Promise<Commitment> {
    const saved = await scope.manager.save(commitment);
    await this.changes.changed(scope, saved.requestId);
    return saved;
  }

  async delete(scope: DataScope, id: string): Promise<Commitment> {
    await lockRequestOf(scope, Commitment, id, 'Commitment');
    const commitment = await findRecord(scope, Commitment, id, 'Commitment');
    const response = await findRecord(scope, SchoolResponse, commitment.responseId, 'Response');
    await this.keepDataPlan(scope, response, { ...commitment, dataWhat: '' }, 'id');
    return deleteRecord(scope, Commitment, id, 'Commitment');
  }

  get(scope: DataScope, id: string): Promise<Commitment> {
    return findRecord(scope, Commitment, id, 'Commitment');
  }

  /**
   * Commitments by due day (soonest first), optionally of one case, of one status, or only
   * overdue ones: OPEN past their due day in the organization's time zone.
   */
  async list(
    scope: DataScope,
    args: CommitmentsArgs,
    membershipId?: string,
  ): Promise<Connection<CommitmentObject>> {
    const filter = args.filter ?? {};
    const query = scope.manager
      .createQueryBuilder(Commitment, 'c')
      .orderBy('c.due_on', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(args.first + 1);
    if (!filter.includeArchived) query.andWhere('c.archived_at IS NULL');
    if (filter.caseId)
      query.andWhere(
        'c.request_id IN (SELECT r.id FROM written_request r WHERE r.case_id::text = :caseId)',
        { caseId: filter.caseId },
      );
    if (filter.assignedToMe)
      query.andWhere(
        `EXISTS (SELECT 1 FROM written_request r WHERE r.id = c.request_id AND ${assignedTo('r.case_id')})`,
        { membershipId },
      );
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    if (filter.overdue !== undefined && filter.overdue !== null) {
      const today = await organizationToday(scope);
      const overdue = `(c.status = 'OPEN' AND c.due_on < :today)`;
      query.andWhere(filter.overdue ? overdue : `NOT ${overdue}`, { today });
    }
    if (args.after) {
      const cursor = decodeCursor(args.after, { isSortValue: isLocalDate });
      query.andWhere('(c.due_on, c.id) > (:dueOn, :id)', {
        dueOn: cursor.sortValue,
        id: cursor.id,
      });
    }
    const rows = await query.getMany();
    return toConnection(rows, args.first, (c) => c.dueOn, toCommitment);
  }

  /**
   * A DEFERRED_NEEDS_DATA response keeps a commitment answering the three questions: a
   * change that would leave it without one is refused.
   */
  private async keepDataPlan(
    scope: DataScope,
    response: SchoolResponse,
    changed: Pick<Commitment, 'id' | 'dataWhat' | 'dataHow' | 'meanwhile' | 'archivedAt'>,
    field: string,
  ): Promise<void> {
    if (response.outcome !== ResponseOutcome.DEFERRED_NEEDS_DATA || response.archivedAt) return;
    const others = await scope.manager.find(Commitment, {
      where: { responseId: response.id },
    });
    const plans = others
      .filter((c) => !c.archivedAt)
      .map((c) => (c.id === changed.id ? changed : c));
    if (!plans.some(answersThreeQuestions))
      throw badUserInput([
        {
          field,
          message: `would leave a "needs more data" response without its data plan (archive the response first to remove it altogether): ${THREE_QUESTIONS}`,
        },
      ]);
  }
}
