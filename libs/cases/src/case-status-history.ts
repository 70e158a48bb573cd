import type { DataScope } from '@onrecord/platform/database';
import type { CaseStatus } from './case-enums';
import type { Case } from './case.entity';
import { CaseStatusChange } from './case-status-change.entity';
import { dateIn, startOfDay } from './organization-time';

/**
 * Writing a case's status history: every status a case takes (its first included) is a
 * CaseStatusChange, so reports can measure time in each status and nothing is overwritten.
 */

/**
 * When a change dated `on` happened: now when it is today (or later: "today" where the
 * person is may be tomorrow for the organization); else the start of that day in the
 * organization's time zone, but never before the previous change, so the history stays in
 * date order.
 */
export async function changedAtFor(
  scope: DataScope,
  on: string,
  timeZone: string,
  previous?: Date,
): Promise<Date> {
  const now = new Date();
  if (on >= dateIn(timeZone, now)) return now;
  const start = await startOfDay(scope, on, timeZone);
  return previous && previous >= start ? new Date(previous.getTime() + 1) : start;
}

export function latestStatusChange(
  scope: DataScope,
  caseId: string,
): Promise<CaseStatusChange | null> {
  return scope.manager.findOne(CaseStatusChange, {
    where: { caseId },
    order: { changedAt: 'DESC', createdAt: 'DESC' },
  });
}

export function recordStatusChange(
  scope: DataScope,
  record: Case,
  change: {
    fromStatus: CaseStatus | null;
    changedAt: Date;
    changedByUserId: string;
    reason?: string;
  },
): Promise<CaseStatusChange> {
  return scope.manager.save(
    scope.manager.create(CaseStatusChange, {
      organizationId: record.organizationId,
      caseId: record.id,
      fromStatus: change.fromStatus,
      toStatus: record.status,
      changedAt: change.changedAt,
      changedByUserId: change.changedByUserId,
      reason: change.reason ?? '',
    }),
  );
}
