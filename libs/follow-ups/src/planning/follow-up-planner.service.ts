import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CasePlaces, type CasePlace } from '@onrecord/cases';
import { In, IsNull } from 'typeorm';
import { endOfDay } from '@onrecord/deadlines';
import { atLocalTime } from './follow-up-calendar';
import { EscalationChainService, SchoolContact } from '@onrecord/directory';
import { Guardian } from '@onrecord/families';
import { type DataScope, findRecord } from '@onrecord/platform/database';
import { inSpan } from '@onrecord/platform/observability/telemetry';
import {
  Commitment,
  CommitmentStatus,
  RequestChanges,
  RequestRecipient,
  SchoolResponse,
  WrittenRequest,
  WrittenRequestStatus,
} from '@onrecord/requests';
import { FollowUpStatus } from '../model/follow-up-enums';
import { FollowUp, type FollowUpRecipient } from '../model/follow-up.entity';
import {
  planFollowUps,
  REPLANNABLE,
  type FollowUpPolicyRules,
  type PlannedFollowUp,
  type PlanInput,
} from './follow-up-plan';
import { FollowUpPolicyService, planRules } from '../api/follow-up-policy.service';
import { FollowUpScheduler } from './follow-up-scheduler';
import { caseAdvocates } from '../model/case-advocates';

/** One request or commitment, as the plan sees it. */
interface PlanItem {
  itemKey: string;
  commitmentId: string | null;
  /** Why nothing is owed any more, or null while it waits for an answer. */
  closedBecause: string | null;
  dueOn: string | null;
  dueAt: Date | null;
  recipients: FollowUpRecipient[];
  /** When the school answered it (the first response recorded, the commitment met). */
  answeredAt: Date | null;
}

const contactRecipient = (c: SchoolContact): FollowUpRecipient => ({
  name: c.name,
  email: c.email ?? '',
  contactId: c.id,
});

function requestClosedBecause(request: WrittenRequest): string | null {
  if (request.archivedAt) return 'The request was archived.';
  switch (request.status) {
    case WrittenRequestStatus.SENT:
      return null;
    case WrittenRequestStatus.RESPONDED:
    case WrittenRequestStatus.PARTIALLY_RESPONDED:
      return 'The school answered.';
    case WrittenRequestStatus.WITHDRAWN:
      return 'The request was withdrawn.';
    case WrittenRequestStatus.CLOSED:
      return 'The request was closed.';
    default:
      return 'The request is a draft again.';
  }
}

/**
 * Keeps the follow-up rows of a request and its commitments equal to what the plan says is
 * owed, in the transaction that changed them (RequestChanges): new ones are added, moved ones
 * move, ones no longer owed are cancelled at once, sent ones stay as the record. What is
 * planned is queued after commit.
 */
@Injectable()
export class FollowUpPlanner implements OnModuleInit {
  constructor(
    private readonly changes: RequestChanges,
    private readonly places: CasePlaces,
    private readonly policies: FollowUpPolicyService,
    private readonly chains: EscalationChainService,
    private readonly scheduler: FollowUpScheduler,
  ) {}

  onModuleInit(): void {
    this.changes.onChange((scope, requestId) => this.replan(scope, requestId));
  }

  /**
   * Recomputes what is owed for the request and its commitments, in a span `follow-ups plan`
   * (ids and counts only): the jobs queued after commit are its children, so a follow-up's
   * trace runs from this planning to the mail server's answer.
   */
  replan(scope: DataScope, requestId: string, now = new Date()): Promise<void> {
    return inSpan(
      'follow-ups plan',
      {
        'onrecord.organization.id': scope.organizationId,
        'onrecord.written_request.id': requestId,
      },
      async (span) => {
        const saved = await this.replanNow(scope, requestId, now);
        span.setAttributes({
          'onrecord.follow_up.changed': saved.length,
          'onrecord.follow_up.planned': saved.filter((row) => row.status === FollowUpStatus.PLANNED)
            .length,
        });
      },
    );
  }

  /** The rows it saved (none when nothing changed). */
  private async replanNow(scope: DataScope, requestId: string, now: Date): Promise<FollowUp[]> {
    // The request's row locked first: two transactions replanning it at once (a member's
    // change and the worker's sweep) take turns, and the second sees what the first planned
    // instead of planning the same follow-ups again (follow-up-replan-race.int-spec.ts).
    // A member's change locked it already, before changing anything (record-lifecycle.ts
    // says why NO KEY UPDATE).
    const request = await scope.manager.findOne(WrittenRequest, {
      where: { id: requestId },
      lock: { mode: 'for_no_key_update' },
    });
    if (!request) return [];
    const existing = await scope.manager.findBy(FollowUp, { requestId });
    const requestClosed = requestClosedBecause(request);
    // Nothing pending and nothing to tell the family: nothing to plan.
    if (requestClosed && !existing.length && !answered(request)) return [];

    const policy = planRules(await this.policies.get(scope));
    const toSave: FollowUp[] = [];
    for (const { item, rows, input } of await this.planInputs(
      scope,
      request,
      requestClosed,
      existing,
      policy,
      now,
    )) {
      const desired = planFollowUps(input);
      const reason = item.closedBecause ?? 'No longer owed: the deadline or the policy changed.';
      toSave.push(...reconcile(scope, request, item, rows, desired, reason, now));
    }
    if (existing.some((row) => row.status === FollowUpStatus.SENT && !row.nextPlanned))
      // Bookkeeping, not a change anyone made: plain SQL, no audit event.
      await scope.manager.query(
        `UPDATE follow_up SET next_planned = true
          WHERE request_id = $1 AND status = 'SENT' AND NOT next_planned`,
        [requestId],
      );
    if (!toSave.length) return [];
    const saved = await scope.manager.save(toSave);
    this.scheduler.queueAfterCommit(
      scope,
      saved.filter((row) => row.status === FollowUpStatus.PLANNED),
    );
    return saved;
  }

  /**
   * What the plan would be for the request and its commitments under a policy (saved or
   * not), from what was sent: nothing is saved. Sent messages are not in it (they are the
   * record); for a closed request only the family's notice of the answer can be.
   */
  async preview(
    scope: DataScope,
    requestId: string,
    policy: FollowUpPolicyRules,
    now = new Date(),
  ): Promise<Array<PlannedFollowUp & { commitmentId: string | null }>> {
    // An id that is no uuid is no request: not found, never a database error.
    const request = await findRecord(scope, WrittenRequest, requestId, 'The written request');
    const existing = await scope.manager.findBy(FollowUp, { requestId });
    const inputs = await this.planInputs(
      scope,
      request,
      requestClosedBecause(request),
      existing,
      policy,
      now,
    );
    return inputs
      .flatMap(({ item, input }) =>
        planFollowUps(input).map((p) => ({ ...p, commitmentId: item.commitmentId })),
      )
      .sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
  }

  /** Each item (the request, its commitments) with its rows and what the plan is given. */
  private async planInputs(
    scope: DataScope,
    request: WrittenRequest,
    requestClosed: string | null,
    existing: FollowUp[],
    policy: FollowUpPolicyRules,
    now: Date,
  ): Promise<Array<{ item: PlanItem; rows: FollowUp[]; input: PlanInput }>> {
    const place = await this.places.of(scope, request.caseId);
    const items = await this.items(scope, request, requestClosed, place.timeZone);
    const someoneToTell = items.some((item) => !item.closedBecause || item.answeredAt);
    const people = someoneToTell ? await this.people(scope, request.caseId, place, items) : null;
    return items.map((item) => {
      const rows = existing.filter((row) => row.itemKey === item.itemKey);
      const input: PlanInput = {
        open: !item.closedBecause,
        dueOn: item.dueOn,
        dueAt: item.dueAt,
        recipients: item.recipients,
        chain: (people?.chain ?? []).filter(
          (c) => !item.recipients.some((r) => r.contactId === c.contactId),
        ),
        advocates: people?.advocates ?? [],
        guardians: people?.guardians.followUpSent ?? [],
        overdueGuardians: people?.guardians.overdue ?? [],
        answeredGuardians: people?.guardians.answered ?? [],
        answeredAt: item.answeredAt,
        replyWaitingSince: request.replyWaitingSince,
        letter:
          request.sentFromOnRecord && request.sentOn && !item.commitmentId
            ? {
                recipients: item.recipients,
                cc: request.copyGuardians ? (people?.guardians.all ?? []) : [],
                // Owed since the day it was sent: always due, so a replan never moves it.
                at: atLocalTime(request.sentOn, '00:00', place.timeZone),
              }
            : null,
        sent: rows.flatMap((row) =>
          row.sentAt
            ? [
                {
                  kind: row.kind,
                  sequence: row.sequence,
                  sentAt: row.sentAt,
                  recipients: row.recipients,
                },
              ]
            : [],
        ),
        policy,
        place,
        organizationTimeZone: place.organizationTimeZone,
        now,
      };
      return { item, rows, input };
    });
  }

  /** The request itself, then each of its commitments. */
  private async items(
    scope: DataScope,
    request: WrittenRequest,
    requestClosed: string | null,
    timeZone: string,
  ): Promise<PlanItem[]> {
    const recipients = await scope.manager.find(RequestRecipient, {
      where: { requestId: request.id },
      relations: { contact: true },
      order: { position: 'ASC' },
    });
    const asked = recipients.flatMap((r) => (r.contact ? [contactRecipient(r.contact)] : []));
    // A request still SENT may have a stall on file (stall.rules.ts): the family hears what the
    // school said and promised even though the request is still followed up.
    const [first] = !request.archivedAt
      ? await scope.manager.find(SchoolResponse, {
          where: { requestId: request.id, archivedAt: IsNull() },
          order: { createdAt: 'ASC' },
          take: 1,
        })
      : [];
    const items: PlanItem[] = [
      {
        itemKey: `request/${request.id}`,
        commitmentId: null,
        closedBecause: requestClosed,
        dueOn: request.dueOn,
        dueAt: request.dueAt,
        recipients: asked,
        answeredAt: !request.archivedAt && first ? first.createdAt : null,
      },
    ];
    const commitments = await scope.manager.findBy(Commitment, { requestId: request.id });
    if (!commitments.length) return items;
    const responses = await scope.manager.findBy(SchoolResponse, {
      id: In([...new Set(commitments.map((c) => c.responseId))]),
    });
    const responderIds = responses.flatMap((r) =>
      r.respondedByContactId ? [r.respondedByContactId] : [],
    );
    const responders = responderIds.length
      ? await scope.manager.findBy(SchoolContact, { id: In(responderIds) })
      : [];
    // A withdrawn or closed request ends its commitments' follow-ups too; an answered one
    // does not: the commitment is what the answer promised.
    const requestEnded =
      request.archivedAt ||
      request.status === WrittenRequestStatus.WITHDRAWN ||
      request.status === WrittenRequestStatus.CLOSED
        ? requestClosed
        : null;
    for (const commitment of commitments) {
      const response = responses.find((r) => r.id === commitment.responseId);
      const responder = responders.find((c) => c.id === response?.respondedByContactId);
      items.push({
        itemKey: `commitment/${commitment.id}`,
        commitmentId: commitment.id,
        closedBecause:
          requestEnded ??
          (commitment.archivedAt
            ? 'The commitment was archived.'
            : commitment.status !== CommitmentStatus.OPEN
              ? `The commitment was marked ${commitment.status}.`
              : null),
        dueOn: commitment.dueOn,
        dueAt: endOfDay(commitment.dueOn, timeZone),
        // Who made the promise is asked about it; else whoever the request went to.
        recipients: responder?.email ? [contactRecipient(responder)] : asked,
        answeredAt:
          !requestEnded && !commitment.archivedAt && commitment.status === CommitmentStatus.MET
            ? commitment.updatedAt
            : null,
      });
    }
    return items;
  }

  /** The case's advocates, the family's guardians and the school's escalation chain. */
  private async people(scope: DataScope, caseId: string, place: CasePlace, items: PlanItem[]) {
    const advocates = (await caseAdvocates(scope, [caseId])).get(caseId) ?? [];
    const guardians = await scope.manager.find(Guardian, {
      where: { familyId: place.familyId, archivedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    const chain = place.school ? await this.chains.activeChain(scope, place.school.id) : [];
    const asked = new Set(items.flatMap((i) => i.recipients.map((r) => r.contactId)));
    const wanting = (wants: (g: Guardian) => boolean) =>
      guardians
        .filter((g) => g.email && wants(g))
        .map((g) => ({ name: g.name, email: g.email ?? '', guardianId: g.id }));
    return {
      advocates,
      // Each guardian's own choices (set in the family portal or by an advocate).
      guardians: {
        // Copied on the request OnRecord emails, when the advocate chose so.
        all: wanting(() => true),
        followUpSent: wanting((g) => g.notifyFollowUpSent),
        overdue: wanting((g) => g.notifyRequestOverdue),
        answered: wanting((g) => g.notifySchoolAnswered),
      },
      chain: chain.filter((c) => c.email && !asked.has(c.id)).map(contactRecipient),
    };
  }
}

/**
 * The school may have answered (in part or in full; a closed request may have been answered
 * first) and the request is not archived: its first response, if any, is news to the family.
 */
const answered = (request: WrittenRequest): boolean =>
  !request.archivedAt &&
  (request.status === WrittenRequestStatus.RESPONDED ||
    request.status === WrittenRequestStatus.PARTIALLY_RESPONDED ||
    request.status === WrittenRequestStatus.CLOSED);

const sameRecipients = (a: FollowUpRecipient[], b: FollowUpRecipient[]) =>
  JSON.stringify(a) === JSON.stringify(b);

/** The rows to save so that what is pending equals what is desired. */
function reconcile(
  scope: DataScope,
  request: WrittenRequest,
  item: PlanItem,
  rows: FollowUp[],
  desired: PlannedFollowUp[],
  reason: string,
  now: Date,
): FollowUp[] {
  const byKey = new Map(rows.map((row) => [`${row.kind}/${row.sequence}`, row]));
  const changed: FollowUp[] = [];
  for (const want of desired) {
    const key = `${want.kind}/${want.sequence}`;
    const row = byKey.get(key);
    byKey.delete(key);
    if (!row) {
      changed.push(
        scope.manager.create(FollowUp, {
          organizationId: request.organizationId,
          caseId: request.caseId,
          requestId: request.id,
          commitmentId: item.commitmentId,
          itemKey: item.itemKey,
          kind: want.kind,
          sequence: want.sequence,
          recipients: want.recipients,
          cc: want.cc,
          scheduledAt: want.scheduledAt,
          status: FollowUpStatus.PLANNED,
          requiresApproval: want.requiresApproval,
        }),
      );
      continue;
    }
    const revivable = row.status === FollowUpStatus.CANCELLED && !row.discardedByUserId;
    if (!REPLANNABLE.has(row.status) && !revivable) continue; // sending, sent or failed: the record
    // Due then and due now is the same: "now" moves on every replan, the job need not. A
    // draft waiting for an approval the policy no longer asks for goes out as planned.
    const due = row.scheduledAt <= now && want.scheduledAt <= now;
    // Contacts an advocate chose by hand (a failed follow-up sent to someone else) stay.
    const recipients = row.recipients.some((r) => r.chosenByHand)
      ? row.recipients
      : want.recipients;
    const moved =
      (!due && row.scheduledAt.getTime() !== want.scheduledAt.getTime()) ||
      (row.status === FollowUpStatus.DRAFT && !want.requiresApproval);
    const differs =
      moved ||
      revivable ||
      !sameRecipients(row.recipients, recipients) ||
      !sameRecipients(row.cc, want.cc) ||
      row.requiresApproval !== want.requiresApproval;
    if (!differs) continue;
    if (moved || revivable) {
      // A new time needs a new job (its id carries the time); a draft not yet due waits again.
      row.status = FollowUpStatus.PLANNED;
      row.queuedAt = null;
      row.cancelledReason = null;
    }
    if (!due) row.scheduledAt = want.scheduledAt;
    row.recipients = recipients;
    row.cc = want.cc;
    row.requiresApproval = want.requiresApproval;
    changed.push(row);
  }
  for (const row of byKey.values()) {
    if (!REPLANNABLE.has(row.status)) continue;
    row.status = FollowUpStatus.CANCELLED;
    row.cancelledReason = reason;
    row.queuedAt = null;
    changed.push(row);
  }
  return changed;
}
