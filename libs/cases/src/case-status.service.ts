import { Injectable } from '@nestjs/common';
import { type DataScope, findRecord } from '@onrecord/platform/database';
import { type MemberPrincipal } from '@onrecord/platform/request';
import { badUserInput, type FieldProblem } from '@onrecord/platform/errors';
import { Case } from './case.entity';
import type { ChangeCaseStatusInput } from './case.inputs';
import { endsCase, isReopening, transitionProblem } from './case-status';
import { changedAtFor, latestStatusChange, recordStatusChange } from './case-status-history';
import { organizationTimeZone } from '@onrecord/organizations';
import { dateIn } from './organization-time';
import { CaseStatusChanges } from './case-status-changes';

/** Moves cases between statuses by the rules of case-status.ts, writing each move down. */
@Injectable()
export class CaseStatusService {
  constructor(private readonly changes: CaseStatusChanges) {}

  async change(
    scope: DataScope,
    principal: MemberPrincipal,
    input: ChangeCaseStatusInput,
  ): Promise<Case> {
    const record = await this.lockedCase(scope, input.caseId);
    const from = record.status;
    const refusal = transitionProblem(from, input.status);
    if (refusal) throw badUserInput([{ field: 'status', message: refusal }]);

    const timeZone = await organizationTimeZone(scope);
    const on = input.on ?? dateIn(timeZone, new Date());
    const previous = await latestStatusChange(scope, record.id);
    const problems: FieldProblem[] = [];
    if (on < record.openedOn) {
      problems.push({
        field: 'on',
        message: `cannot be before the case was opened (${record.openedOn})`,
      });
    } else if (previous && on < dateIn(timeZone, previous.changedAt)) {
      problems.push({
        field: 'on',
        message: `cannot be before the case's last status change (${dateIn(timeZone, previous.changedAt)})`,
      });
    }
    // A RESOLVED case being closed keeps the outcome it was resolved with, unless told otherwise.
    const outcome = input.outcome ?? (endsCase(from) ? record.outcome : null);
    if (endsCase(input.status) && !outcome) {
      problems.push({
        field: 'outcome',
        message: `is required to mark a case ${input.status}: say how it ended`,
      });
    }
    if (!endsCase(input.status)) {
      const only = `only a RESOLVED or CLOSED case has an outcome; this case is becoming ${input.status}`;
      if (input.outcome) problems.push({ field: 'outcome', message: only });
      if (input.outcomeNotes) problems.push({ field: 'outcomeNotes', message: only });
      if (input.closingReason) problems.push({ field: 'closingReason', message: only });
    }
    if (problems.length) throw badUserInput(problems);

    record.status = input.status;
    if (endsCase(input.status)) {
      record.closedOn = on;
      record.outcome = outcome;
      if (input.closingReason) record.closingReason = input.closingReason;
      else if (!endsCase(from)) record.closingReason = null;
      if (input.outcomeNotes !== undefined && input.outcomeNotes !== null) {
        record.outcomeNotes = input.outcomeNotes;
      } else if (!endsCase(from)) {
        record.outcomeNotes = '';
      }
    } else if (isReopening(from, input.status)) {
      // Reopened: the case has not ended after all. The status history keeps when it had
      // ended, and the audit log how.
      record.closedOn = null;
      record.outcome = null;
      record.outcomeNotes = '';
      record.closingReason = null;
    }
    await scope.manager.save(record);
    await recordStatusChange(scope, record, {
      fromStatus: from,
      changedAt: await changedAtFor(scope, on, timeZone, previous?.changedAt),
      changedByUserId: principal.userId,
      reason: input.reason,
    });
    await this.changes.changed(scope, { record, from, to: input.status });
    return record;
  }

  /** Locked for the transaction, so two changes at once cannot both start from the same status. */
  private lockedCase(scope: DataScope, id: string): Promise<Case> {
    return findRecord(scope, Case, id, 'Case', 'FOR_CHANGE');
  }
}
