import { Injectable } from '@nestjs/common';
import { AttendanceSummaryService } from '@onrecord/attendance';
import { CaseTimeline, CaseTimelineEventKind, type CaseTimelineEvent } from '@onrecord/cases';
import { type DataScope, isUuid } from '@onrecord/platform/database';
import { notFound } from '@onrecord/platform/errors';
import { organizationTimeZone } from '@onrecord/organizations';
import { todayIn } from '@onrecord/platform/text';
import { deadlineLine } from '@onrecord/requests';
import type { PacketOptions } from './packet-options';

/** Who and what the case is about: the packet's first page and every page's header. */
export interface CaseHeader {
  caseId: string;
  title: string;
  status: string;
  openedOn: string;
  concerns: string[];
  familyName: string;
  familyId: string;
  studentId: string;
  studentName: string;
  grade: string | null;
  plan: string | null;
  schoolName: string | null;
  districtName: string | null;
  state: string | null;
  organizationName: string;
}

/** A written request as the packet shows it: what, when, to whom, due when, answered when. */
export interface PacketRequest {
  id: string;
  type: string;
  subject: string;
  status: string;
  sentOn: string;
  channel: string | null;
  recipients: string;
  /** "due 2025-10-14 (EC 56504)", or "" when no day is known. */
  deadline: string;
  dueOn: string | null;
  firstResponseOn: string | null;
  firstOutcome: string | null;
  /** Calendar days past the due day: of the answer, or of the silence until today. */
  daysLate: number | null;
  answered: boolean;
  followUps: number;
  escalations: number;
}

export interface PacketCommitment {
  description: string;
  requestSubject: string;
  madeOn: string;
  dueOn: string;
  status: string;
  resolvedOn: string | null;
}

export interface PacketDocument {
  id: string;
  title: string;
  kind: string;
  documentDate: string | null;
  fileName: string;
  contentType: string;
  organizationId: string;
  storageKey: string;
}

export interface AttendanceWeek {
  weekStart: string;
  rate: number | null;
  schoolDaysEntered: number;
  missedDays: number;
  partialDays: number;
}

/** Everything the packet prints, read in one transaction. */
export interface CaseRecord {
  header: CaseHeader;
  guardians: Array<{
    name: string;
    relationship: string | null;
    email: string | null;
    phone: string | null;
  }>;
  advocates: string[];
  requests: PacketRequest[];
  commitments: PacketCommitment[];
  events: CaseTimelineEvent[];
  attendance: AttendanceWeek[];
  documents: PacketDocument[];
  /** Today in the organization's time zone: what "days late" of a silence counts to. */
  today: string;
  /** The organization's time zone: the day each event is printed under. */
  timeZone: string;
  options: PacketOptions;
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** How late an answer came, or how long the silence has lasted, in calendar days; null when on time. */
export function daysLate(
  dueOn: string | null,
  answeredOn: string | null,
  today: string,
): number | null {
  if (!dueOn) return null;
  const late = daysBetween(dueOn, answeredOn ?? today);
  return late > 0 ? late : null;
}

/** The audit trail is the organization's bookkeeping, not evidence about the school. */
const NEVER_IN_PACKET = new Set<CaseTimelineEventKind>([CaseTimelineEventKind.RECORD_CHANGED]);

const inRange = (day: string, options: PacketOptions): boolean =>
  (!options.from || day >= options.from) && (!options.to || day <= options.to);

/**
 * Reads a case's record for the evidence packet under the caller's row-level security: the
 * case timeline (the same sources the case page shows, nothing written twice), and beside it
 * the requests, commitments, attendance weeks and documents the packet tabulates.
 */
@Injectable()
export class CaseRecordReader {
  constructor(
    private readonly timeline: CaseTimeline,
    private readonly attendance: AttendanceSummaryService,
  ) {}

  async read(scope: DataScope, caseId: string, options: PacketOptions): Promise<CaseRecord> {
    if (!isUuid(caseId)) throw notFound('Case');
    const header = await this.header(scope, caseId);
    const timeZone = await organizationTimeZone(scope);
    const today = todayIn(timeZone);
    const [guardians, advocates, requests, commitments, events, attendance, documents] = [
      await this.guardians(scope, header.familyId),
      await this.advocates(scope, caseId),
      await this.requests(scope, caseId, today, options),
      await this.commitments(scope, caseId, options),
      await this.events(scope, header, options, timeZone),
      await this.attendance.weeklyRates(scope, header.studentId, options.from, options.to),
      options.includeDocuments ? await this.documents(scope, caseId) : [],
    ];
    return {
      header,
      guardians,
      advocates,
      requests,
      commitments,
      events,
      attendance,
      documents,
      today,
      timeZone,
      options,
    };
  }

  private async header(scope: DataScope, caseId: string): Promise<CaseHeader> {
    const [header] = (await scope.manager.query(
      `SELECT c.id AS "caseId", c.title, c.status, to_char(c.opened_on, 'YYYY-MM-DD') AS "openedOn",
              c.concerns, f.id AS "familyId", f.household_name AS "familyName",
              s.id AS "studentId", s.name AS "studentName", s.grade, s.plan,
              sc.name AS "schoolName", d.name AS "districtName", d.state,
              o.name AS "organizationName"
         FROM case_record c
         JOIN family f ON f.id = c.family_id
         JOIN student s ON s.id = c.student_id
         JOIN organization o ON o.id = c.organization_id
         LEFT JOIN school sc ON sc.id = s.school_id
         LEFT JOIN district d ON d.id = sc.district_id
        WHERE c.id = $1`,
      [caseId],
    )) as CaseHeader[];
    if (!header) throw notFound('Case');
    return header;
  }

  private guardians(scope: DataScope, familyId: string): Promise<CaseRecord['guardians']> {
    return scope.manager.query(
      `SELECT name, relationship, email, phone FROM guardian
        WHERE family_id = $1 AND archived_at IS NULL ORDER BY created_at, id`,
      [familyId],
    );
  }

  private async advocates(scope: DataScope, caseId: string): Promise<string[]> {
    const rows: Array<{ name: string }> = await scope.manager.query(
      `SELECT u.name FROM case_assignment a
         JOIN membership m ON m.id = a.membership_id AND m.organization_id = a.organization_id
         JOIN app_user u ON u.id = m.user_id
        WHERE a.case_id = $1 ORDER BY a.created_at, u.name`,
      [caseId],
    );
    return rows.map((row) => row.name);
  }

  private async requests(
    scope: DataScope,
    caseId: string,
    today: string,
    options: PacketOptions,
  ): Promise<PacketRequest[]> {
    const rows: Array<{
      id: string;
      type: string;
      subject: string;
      status: string;
      sent_on: string;
      channel: string | null;
      recipients: string | null;
      due_on: string | null;
      override_due_on: string | null;
      override_reason: string | null;
      rule_due_on: string | null;
      citation: string | null;
      basis: string | null;
      provisional: string | null;
      first_response_on: string | null;
      first_outcome: string | null;
      follow_ups: number;
      escalations: number;
    }> = await scope.manager.query(
      `SELECT r.id, r.type, r.subject, r.status, to_char(r.sent_on, 'YYYY-MM-DD') AS sent_on, r.channel,
              (SELECT string_agg(c.name || coalesce(', ' || nullif(c.title, ''), ''), '; ' ORDER BY rr.position)
                 FROM request_recipient rr JOIN school_contact c ON c.id = rr.contact_id
                WHERE rr.request_id = r.id) AS recipients,
              to_char(coalesce(r.override_due_on, r.due_on), 'YYYY-MM-DD') AS due_on,
              to_char(r.override_due_on, 'YYYY-MM-DD') AS override_due_on, r.override_reason,
              r.deadline ->> 'dueDate' AS rule_due_on, r.deadline ->> 'citation' AS citation,
              r.deadline ->> 'basis' AS basis, r.deadline -> 'provisional' ->> 'sentence' AS provisional,
              first.received_on AS first_response_on, first.outcome AS first_outcome,
              (SELECT count(*) FROM follow_up f WHERE f.request_id = r.id AND f.status = 'SENT'
                  AND f.kind IN ('SCHOOL_FOLLOW_UP', 'ESCALATION'))::int AS follow_ups,
              (SELECT count(*) FROM follow_up f WHERE f.request_id = r.id AND f.status = 'SENT'
                  AND f.kind = 'ESCALATION')::int AS escalations
         FROM written_request r
         LEFT JOIN LATERAL (
           SELECT to_char(s.received_on, 'YYYY-MM-DD') AS received_on, s.outcome FROM school_response s
            WHERE s.request_id = r.id AND s.archived_at IS NULL ORDER BY s.received_on, s.id LIMIT 1
         ) first ON true
        WHERE r.case_id = $1 AND r.archived_at IS NULL AND r.status <> 'DRAFT' AND r.sent_on IS NOT NULL
          AND ($2::date IS NULL OR r.sent_on >= $2::date) AND ($3::date IS NULL OR r.sent_on <= $3::date)
        ORDER BY r.sent_on, r.id`,
      [caseId, options.from, options.to],
    );
    return rows.map((row) => {
      // A withdrawn request owes no answer: its silence is not counted.
      const owed = row.status !== 'WITHDRAWN';
      return {
        id: row.id,
        type: row.type,
        subject: row.subject,
        status: row.status,
        sentOn: row.sent_on,
        channel: row.channel,
        recipients: row.recipients ?? '',
        deadline: deadlineLine({
          dueOn: row.due_on,
          override:
            row.override_due_on && row.override_reason
              ? { dueOn: row.override_due_on, reason: row.override_reason }
              : null,
          ruleDueOn: row.rule_due_on,
          citation: row.citation,
          organizationDefault: row.basis === 'ORGANIZATION_DEFAULT',
          provisional: row.provisional,
        }),
        dueOn: row.due_on,
        firstResponseOn: row.first_response_on,
        firstOutcome: row.first_outcome,
        daysLate:
          owed || row.first_response_on ? daysLate(row.due_on, row.first_response_on, today) : null,
        answered: row.first_response_on !== null,
        followUps: row.follow_ups,
        escalations: row.escalations,
      };
    });
  }

  private commitments(
    scope: DataScope,
    caseId: string,
    options: PacketOptions,
  ): Promise<PacketCommitment[]> {
    return scope.manager.query(
      `SELECT c.description, r.subject AS "requestSubject", to_char(s.received_on, 'YYYY-MM-DD') AS "madeOn",
              to_char(c.due_on, 'YYYY-MM-DD') AS "dueOn", c.status,
              to_char(c.resolved_on, 'YYYY-MM-DD') AS "resolvedOn"
         FROM commitment c
         JOIN school_response s ON s.id = c.response_id
         JOIN written_request r ON r.id = c.request_id
        WHERE r.case_id = $1 AND c.archived_at IS NULL AND s.archived_at IS NULL AND r.archived_at IS NULL
          AND ($2::date IS NULL OR c.due_on >= $2::date) AND ($3::date IS NULL OR s.received_on <= $3::date)
        ORDER BY c.due_on, c.id`,
      [caseId, options.from, options.to],
    );
  }

  /** The whole timeline, oldest first, a page at a time; then the packet's choices applied. */
  private async events(
    scope: DataScope,
    header: CaseHeader,
    options: PacketOptions,
    timeZone: string,
  ): Promise<CaseTimelineEvent[]> {
    const all: CaseTimelineEvent[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await this.timeline.page(
        scope,
        { id: header.caseId, studentId: header.studentId },
        { first: 500, after, newestFirst: false },
      );
      all.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    return all.filter(
      (event) =>
        !NEVER_IN_PACKET.has(event.kind) &&
        (options.includeInternal || event.sharedWithFamily) &&
        inRange(todayIn(timeZone, event.occurredAt), options),
    );
  }

  private documents(scope: DataScope, caseId: string): Promise<PacketDocument[]> {
    return scope.manager.query(
      `SELECT id, title, kind, to_char(document_date, 'YYYY-MM-DD') AS "documentDate",
              file_name AS "fileName", content_type AS "contentType",
              organization_id AS "organizationId", storage_key AS "storageKey"
         FROM document WHERE case_id = $1 AND archived_at IS NULL
        ORDER BY document_date NULLS LAST, created_at, id`,
      [caseId],
    );
  }
}
