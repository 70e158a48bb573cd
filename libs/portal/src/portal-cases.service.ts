import { Injectable } from '@nestjs/common';
import { In, IsNull, Not } from 'typeorm';
import { Case, CaseNote, NoteVisibility } from '@onrecord/cases';
import { localDate, readerCitation, readerDuty, type DeadlineResult } from '@onrecord/deadlines';
import { School, SchoolContact } from '@onrecord/directory';
import { Student } from '@onrecord/families';
import {
  caseAdvocates,
  FollowUp,
  FollowUpKind,
  FollowUpStatus,
  PENDING_STATUSES,
} from '@onrecord/follow-ups';
import { Organization } from '@onrecord/organizations';
import type { DataScope } from '@onrecord/platform/database';
import type { PortalPrincipal } from '@onrecord/platform/request';
import { notFound } from '@onrecord/platform/errors';
import {
  Commitment,
  isOverdue,
  Meeting,
  MEETING_KIND_NAMES,
  REQUEST_TYPE_LABELS,
  SchoolResponse,
  WrittenRequest,
  WrittenRequestStatus,
} from '@onrecord/requests';
import { portalNextSteps } from './portal-next-steps';
import type { PortalCase, PortalDeadline, PortalRequest, PortalStudent } from './portal.objects';
import { deadlineIsTheLaws } from './portal-deadline-law';
import { ownFamilies } from './own-families';

const SCHOOL_FACING = [FollowUpKind.SCHOOL_FOLLOW_UP, FollowUpKind.ESCALATION];

/**
 * The family's cases as the portal shows them. Every read starts from the caller's own
 * families (re-checked by the guard on this request), so another family's case is simply not
 * found. One query per kind of record for any number of cases.
 */
@Injectable()
export class PortalCasesService {
  async list(scope: DataScope, principal: PortalPrincipal): Promise<PortalCase[]> {
    const cases = await ownFamilies(scope, principal).cases();
    return this.read(scope, principal, cases);
  }

  async get(scope: DataScope, principal: PortalPrincipal, id: string): Promise<PortalCase> {
    const found = await ownFamilies(scope, principal).case(id);
    const [shown] = await this.read(scope, principal, [found]);
    if (!shown) throw notFound('Case');
    return shown;
  }

  private async read(
    scope: DataScope,
    principal: PortalPrincipal,
    cases: Case[],
  ): Promise<PortalCase[]> {
    if (cases.length === 0) return [];
    const caseIds = cases.map((c) => c.id);
    const { manager } = scope;
    // One after the other: the request's transaction is one connection.
    const organization = await manager.findOneByOrFail(Organization, {
      id: principal.organizationId,
    });
    const students = await manager.findBy(Student, { id: In(cases.map((c) => c.studentId)) });
    const schoolIds = students.map((s) => s.schoolId).filter((id): id is string => id !== null);
    const schools = schoolIds.length ? await manager.findBy(School, { id: In(schoolIds) }) : [];
    const advocates = await caseAdvocates(scope, caseIds);
    const requests = await manager.find(WrittenRequest, {
      where: { caseId: In(caseIds), archivedAt: IsNull(), status: Not(WrittenRequestStatus.DRAFT) },
      order: { sentOn: 'DESC', createdAt: 'DESC' },
    });
    const requestIds = requests.map((r) => r.id);
    const responses = requestIds.length
      ? await manager.find(SchoolResponse, {
          where: { requestId: In(requestIds), archivedAt: IsNull() },
          order: { receivedOn: 'ASC', createdAt: 'ASC' },
        })
      : [];
    const responderIds = [
      ...new Set(
        responses.flatMap((x) => (x.respondedByContactId ? [x.respondedByContactId] : [])),
      ),
    ];
    const responders = responderIds.length
      ? await manager.findBy(SchoolContact, { id: In(responderIds) })
      : [];
    const commitments = requestIds.length
      ? await manager.find(Commitment, {
          where: { requestId: In(requestIds), archivedAt: IsNull() },
          order: { dueOn: 'ASC' },
        })
      : [];
    const meetings = await manager.find(Meeting, {
      where: { caseId: In(caseIds), archivedAt: IsNull() },
      order: { startsAt: 'ASC' },
    });
    const notes = await manager.find(CaseNote, {
      where: {
        caseId: In(caseIds),
        archivedAt: IsNull(),
        visibility: NoteVisibility.SHARED_WITH_FAMILY,
      },
      order: { createdAt: 'DESC' },
    });
    const followUps = await manager.find(FollowUp, {
      where: { caseId: In(caseIds), kind: In(SCHOOL_FACING) },
      order: { scheduledAt: 'ASC' },
    });

    const now = new Date();
    const zone = organization.timeZone;
    const today = localDate(now, zone);
    const schoolName = new Map(schools.map((s) => [s.id, s.name]));
    // Name, role and title only: the school's addresses are the advocate's to use.
    const responder = new Map(
      responders.map((c) => [c.id, { name: c.name, role: c.role, title: c.title }]),
    );
    const studentOf = new Map<string, PortalStudent>(
      students.map((s) => [
        s.id,
        {
          id: s.id,
          name: s.name,
          grade: s.grade,
          schoolName: s.schoolId ? (schoolName.get(s.schoolId) ?? null) : null,
        },
      ]),
    );
    return cases.map((c) => {
      const own = <T extends { caseId: string }>(rows: T[]) =>
        rows.filter((r) => r.caseId === c.id);
      const caseRequests = own(requests);
      const ids = new Set(caseRequests.map((r) => r.id));
      const shownRequests: PortalRequest[] = caseRequests.map((r) => ({
        id: r.id,
        caseId: r.caseId,
        type: r.type,
        subject: r.subject,
        status: r.status,
        overdue: isOverdue(r.status, r.dueAt, now),
        sentOn: r.sentOn,
        deadline: portalDeadline(r),
        responses: responses
          .filter((x) => x.requestId === r.id)
          .map((x) => ({
            id: x.id,
            receivedOn: x.receivedOn,
            outcome: x.outcome,
            reasons: x.reasons,
            summary: x.summary,
            partial: x.partial,
            respondedBy: x.respondedByContactId
              ? (responder.get(x.respondedByContactId) ?? null)
              : null,
          })),
        followUpsSent: followUps.filter(
          (f) => f.requestId === r.id && f.status === FollowUpStatus.SENT,
        ).length,
      }));
      const caseCommitments = commitments.filter((x) => ids.has(x.requestId));
      const caseMeetings = own(meetings);
      const planned = own(followUps).filter((f) => PENDING_STATUSES.includes(f.status));
      return {
        id: c.id,
        familyId: c.familyId,
        title: c.title,
        status: c.status,
        openedOn: c.openedOn,
        closedOn: c.closedOn,
        outcome: c.outcome,
        student: studentOf.get(c.studentId) ?? {
          id: c.studentId,
          name: '',
          grade: null,
          schoolName: null,
        },
        advocates: (advocates.get(c.id) ?? []).map((a) => ({ name: a.name, email: a.email })),
        requests: shownRequests,
        commitments: caseCommitments.map((x) => ({
          id: x.id,
          requestId: x.requestId,
          description: x.description,
          dueOn: x.dueOn,
          status: x.status,
          resolvedOn: x.resolvedOn,
        })),
        meetings: caseMeetings.map((m) => ({
          id: m.id,
          kind: m.kind,
          startsAt: m.startsAt,
          location: m.location,
        })),
        nextSteps: portalNextSteps({
          today,
          requests: caseRequests.map((r, i) => ({
            id: r.id,
            typeLabel: REQUEST_TYPE_LABELS[r.type],
            status: r.status,
            overdue: shownRequests[i]?.overdue ?? false,
            dueOn: r.dueOn,
            setByHand:
              r.overrideDueOn && r.overrideReason
                ? {
                    reason: r.overrideReason,
                    ruleDueOn: (r.deadline as DeadlineResult | null)?.dueDate ?? null,
                  }
                : null,
            provisional: (r.deadline as DeadlineResult | null)?.provisional?.sentence ?? null,
          })),
          commitments: caseCommitments,
          meetings: caseMeetings
            .filter((m) => m.startsAt.getTime() >= now.getTime())
            .map((m) => ({
              id: m.id,
              kindLabel: MEETING_KIND_NAMES[m.kind],
              on: localDate(m.startsAt, zone),
              location: m.location,
            })),
          // The first pending one per item: the plan holds at most one school-facing message.
          plannedFollowUps: planned.map((f) => ({
            requestId: f.requestId,
            commitmentId: f.commitmentId,
            on: localDate(f.scheduledAt, zone),
          })),
        }),
        sharedNotes: own(notes).map((n) => ({ id: n.id, body: n.body, createdAt: n.createdAt })),
      };
    });
  }
}

/** The deadline as a family should read it: the day, the rule, and whether it is the law's. */
function portalDeadline(r: WrittenRequest): PortalDeadline | null {
  const result = r.deadline as DeadlineResult | null;
  if (!r.dueOn && !result) return null;
  return {
    dueOn: r.dueOn,
    citation: result ? readerCitation(result) : null,
    rule: result ? readerDuty(result) : null,
    period: result?.period ?? null,
    unit: result?.unit ?? null,
    statutory: deadlineIsTheLaws(result, r.overrideDueOn !== null),
    setByHand: r.overrideDueOn !== null,
    setByHandReason: r.overrideReason,
    ruleDueOn: result?.dueDate ?? null,
    provisional: result?.provisional?.sentence ?? null,
  };
}
