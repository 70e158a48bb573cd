import { Injectable } from '@nestjs/common';
import { SchoolContact } from '@onrecord/directory';
import {
  type DataScope,
  deleteRecord,
  findRecord,
  referencedRecord,
  setArchived,
} from '@onrecord/platform/database';
import { type MemberPrincipal } from '@onrecord/platform/request';
import { badUserInput, conflict } from '@onrecord/platform/errors';
import { Commitment } from './commitment.entity';
import { CommitmentStatus } from './school-response.enums';
import { WrittenRequestStatus } from '../written-requests/written-request.enums';
import { SchoolResponse } from './school-response.entity';
import type {
  CommitmentInput,
  SchoolResponseInput,
  UpdateSchoolResponseInput,
} from './school-response.inputs';
import {
  ANSWERABLE,
  deferredProblems,
  dueOnProblems,
  isPartial,
  reasonProblems,
  receivedOnProblems,
  unanswerable,
  type FieldProblem,
} from './school-response.rules';
import { WrittenRequest } from '../written-requests/written-request.entity';
import { WrittenRequestService } from '../written-requests/written-request.service';
import { RequestChanges } from '../request-changes';
import { lockRequestOf } from './request-lock';
import { discharged, stallOf } from './stall.rules';

/** A commitment row for `response`, from what a person typed. */
export function newCommitment(
  scope: DataScope,
  response: SchoolResponse,
  input: CommitmentInput,
): Commitment {
  return scope.manager.create(Commitment, {
    organizationId: response.organizationId,
    requestId: response.requestId,
    responseId: response.id,
    description: input.description,
    dueOn: input.dueOn,
    status: CommitmentStatus.OPEN,
    resolvedOn: null,
    dataWhat: input.dataWhat ?? '',
    dataHow: input.dataHow ?? '',
    meanwhile: input.meanwhile ?? '',
    archivedAt: null,
  });
}

/**
 * Sets a request's status when its responses were archived, restored or deleted (the
 * written-requests feature's `markResponded` only moves it forward).
 */
async function setRequestStatus(
  scope: DataScope,
  request: WrittenRequest,
  status: WrittenRequestStatus,
): Promise<void> {
  if (request.status === status) return;
  request.status = status;
  await scope.manager.save(request);
}

@Injectable()
export class SchoolResponseService {
  constructor(
    private readonly requests: WrittenRequestService,
    private readonly changes: RequestChanges,
  ) {}

  /**
   * Records what the school said, with any commitments it made, in one step; the request
   * becomes RESPONDED (or PARTIALLY_RESPONDED) — unless the answer is a stall (stall.rules.ts:
   * "we need more data", or a no without Prior Written Notice), which leaves it SENT: still
   * owed, overdue past its deadline and followed up.
   */
  async record(
    scope: DataScope,
    principal: MemberPrincipal,
    requestId: string,
    input: SchoolResponseInput,
  ): Promise<SchoolResponse> {
    const request = await referencedRecord(
      scope,
      WrittenRequest,
      requestId,
      'requestId',
      'written request',
      'FOR_CHANGE',
    );
    const refusal = unanswerable(request.status);
    if (refusal) throw badUserInput([{ field: 'requestId', message: refusal }]);
    const commitments = input.commitments ?? [];
    const problems: FieldProblem[] = [
      ...receivedOnProblems(input.receivedOn, request.sentOn),
      ...reasonProblems(input.outcome, input.reasons),
      ...deferredProblems(input.outcome, commitments),
      ...commitments.flatMap((c, i) =>
        dueOnProblems(c.dueOn, input.receivedOn, `commitments.${i}.dueOn`),
      ),
    ];
    if (problems.length) throw badUserInput(problems);
    if (input.respondedByContactId)
      await referencedRecord(
        scope,
        SchoolContact,
        input.respondedByContactId,
        'respondedByContactId',
        'school contact',
      );

    const response = await scope.manager.save(
      scope.manager.create(SchoolResponse, {
        organizationId: request.organizationId,
        requestId: request.id,
        receivedOn: input.receivedOn,
        channel: input.channel,
        respondedByContactId: input.respondedByContactId ?? null,
        outcome: input.outcome,
        reasons: input.reasons ?? [],
        summary: input.summary ?? '',
        priorWrittenNotice: input.priorWrittenNotice ?? false,
        partial: isPartial(input.outcome, input.partial),
        recordedByUserId: principal.userId,
        archivedAt: null,
      }),
    );
    for (const commitment of commitments)
      await scope.manager.save(newCommitment(scope, response, commitment));
    if (stallOf(request.type, response.outcome, response.priorWrittenNotice))
      // Still owed: the plan is recomputed (the commitments, the family told what was promised).
      await this.changes.changed(scope, request.id);
    else
      await this.requests.markResponded(scope, request.id, isPartial(input.outcome, input.partial));
    return response;
  }

  async update(
    scope: DataScope,
    id: string,
    input: UpdateSchoolResponseInput,
  ): Promise<SchoolResponse> {
    const request = await lockRequestOf(scope, SchoolResponse, id, 'School response');
    const response = await findRecord(scope, SchoolResponse, id, 'School response', 'FOR_CHANGE');
    const outcome = input.outcome ?? response.outcome;
    const receivedOn = input.receivedOn ?? response.receivedOn;
    const reasons = input.reasons !== undefined ? (input.reasons ?? []) : response.reasons;
    const commitments = await scope.manager.find(Commitment, { where: { responseId: id } });
    const active = commitments.filter((c) => !c.archivedAt);
    const problems: FieldProblem[] = [
      ...receivedOnProblems(receivedOn, request.sentOn),
      ...reasonProblems(outcome, reasons),
      ...deferredProblems(outcome, active, 'outcome'),
    ];
    const early = active.find((c) => c.dueOn < receivedOn);
    if (early)
      problems.push({
        field: 'receivedOn',
        message: `is after the due date of a commitment it made (${early.dueOn}): change that first`,
      });
    if (problems.length) throw badUserInput(problems);
    if (input.respondedByContactId)
      await referencedRecord(
        scope,
        SchoolContact,
        input.respondedByContactId,
        'respondedByContactId',
        'school contact',
      );
    if (input.respondedByContactId !== undefined)
      response.respondedByContactId = input.respondedByContactId ?? null;
    response.outcome = outcome;
    response.receivedOn = receivedOn;
    response.reasons = reasons;
    if (input.channel) response.channel = input.channel;
    if (input.summary !== undefined && input.summary !== null) response.summary = input.summary;
    if (input.priorWrittenNotice !== undefined && input.priorWrittenNotice !== null)
      response.priorWrittenNotice = input.priorWrittenNotice;
    const saved = await scope.manager.save(response);
    // A new outcome, or the Prior Written Notice arriving, can answer the request or un-answer
    // it; who answered is who a commitment's follow-up goes to.
    await this.afterResponsesChanged(scope, saved.requestId);
    return saved;
  }

  async setArchived(scope: DataScope, id: string, archived: boolean): Promise<SchoolResponse> {
    await lockRequestOf(scope, SchoolResponse, id, 'School response');
    const response = await setArchived(scope, SchoolResponse, id, 'School response', archived);
    await this.afterResponsesChanged(scope, response.requestId);
    return response;
  }

  /** Deletes a response recorded by mistake; refused while it has commitments. */
  async delete(scope: DataScope, id: string): Promise<SchoolResponse> {
    await lockRequestOf(scope, SchoolResponse, id, 'School response');
    const response = await findRecord(scope, SchoolResponse, id, 'School response');
    if (await scope.manager.exists(Commitment, { where: { responseId: id } }))
      throw conflict(
        'This school response has commitments: delete them first, or archive the response instead.',
      );
    const deleted = await deleteRecord(scope, SchoolResponse, id, 'School response');
    await this.afterResponsesChanged(scope, response.requestId);
    return deleted;
  }

  get(scope: DataScope, id: string): Promise<SchoolResponse> {
    return findRecord(scope, SchoolResponse, id, 'School response');
  }

  /** A request's responses in the order they were received. */
  async list(
    scope: DataScope,
    requestId: string,
    includeArchived?: boolean,
  ): Promise<SchoolResponse[]> {
    const request = await findRecord(scope, WrittenRequest, requestId, 'Written request');
    const query = scope.manager
      .createQueryBuilder(SchoolResponse, 's')
      .where('s.request_id = :id', { id: request.id })
      .orderBy('s.received_on', 'ASC')
      .addOrderBy('s.created_at', 'ASC')
      .addOrderBy('s.id', 'ASC');
    if (!includeArchived) query.andWhere('s.archived_at IS NULL');
    return query.getMany();
  }

  /**
   * A request with no response that answers it (none left, or only stalls) is waiting again
   * (SENT); one that has one is RESPONDED (PARTIALLY_RESPONDED when that answer is partial).
   * Closed or withdrawn requests are left as they are.
   */
  private async afterResponsesChanged(scope: DataScope, requestId: string): Promise<void> {
    const request = await findRecord(scope, WrittenRequest, requestId, 'Written request');
    if (!ANSWERABLE.includes(request.status)) return;
    const responses = await scope.manager
      .createQueryBuilder(SchoolResponse, 's')
      .where('s.request_id = :id AND s.archived_at IS NULL', { id: requestId })
      .getMany();
    if (!discharged(request.type, responses))
      await setRequestStatus(scope, request, WrittenRequestStatus.SENT);
    else if (request.status === WrittenRequestStatus.SENT) {
      const answers = responses.filter(
        (r) => !stallOf(request.type, r.outcome, r.priorWrittenNotice),
      );
      const whole = answers.some((r) => !isPartial(r.outcome, r.partial));
      await setRequestStatus(
        scope,
        request,
        whole ? WrittenRequestStatus.RESPONDED : WrittenRequestStatus.PARTIALLY_RESPONDED,
      );
    }
    await this.changes.changed(scope, requestId);
  }
}
