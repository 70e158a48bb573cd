import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import { ContactChannel, ContactParty, OutreachFormat, OutreachKind } from '@onrecord/cases';
import { MeetingKind } from '@onrecord/requests';
import type { ReportRangeInput } from '../outcome-report.inputs';
import { assertReportRange } from '../outcome-report.service';
import { ParentSurveyResults } from '@onrecord/surveys';
import { CASE_SERVICE_RECORDS_SQL, CASE_SERVICE_SQL } from './case-service.sql';
import {
  type AudienceContactsObject,
  ContactAudience,
  type CaseServiceReportObject,
  type FigureCountObject,
  type FunderReportRecordsObject,
  type OutreachFiguresObject,
  type ParentCenterReportObject,
} from './funder-report.objects';
import { FunderFigure } from './funder-report.inputs';
import { PARENT_CENTER_RECORDS_SQL, PARENT_CENTER_SQL } from './parent-center.sql';

type Counts = FigureCountObject[];

interface ParentCenterRow {
  parentsServed: number;
  childrenServed: number;
  contacts: number;
  informationAndReferral: number;
  contactMinutes: number;
  contactsByAudience: Counts;
  contactsByPartyAndChannel: Counts;
  contactsByLanguage: Counts;
  contactsByTopic: Counts;
  meetingsByKind: Counts;
  parentsByLanguage: Counts;
  childrenByDisability: Counts;
  childrenByRaceEthnicity: Counts;
  outreach: OutreachFiguresObject[];
}

interface CaseServiceRow {
  casesClosed: number;
  openAtEnd: number;
  medianDaysOpen: number | null;
  closings: CaseServiceReportObject['closings'];
}

interface RecordRow {
  kind: string;
  id: string | null;
  case_id: string | null;
  label: string;
  day: string | null;
}

/** The most records funderReportRecords lists at once; `total` says how many there are. */
const RECORDS_SHOWN = 1000;

const countOf = (counts: Counts, key: string): number =>
  counts.find((c) => c.key === key)?.count ?? 0;

/**
 * Funder reports: what a parent center did and for whom (parent-center.sql.ts), and legal
 * aid's closed cases (case-service.sql.ts), each over a range, in the caller's transaction
 * (row-level security applies as everywhere); and the records behind a figure.
 */
@Injectable()
export class FunderReports {
  constructor(private readonly survey: ParentSurveyResults) {}

  async parentCenter(scope: DataScope, range: ReportRangeInput): Promise<ParentCenterReportObject> {
    const row = await this.figures<ParentCenterRow>(scope, PARENT_CENTER_SQL, range);
    // The program measures survey: the invitations sent in the range, and their answers.
    const survey = await this.survey.summary(scope, range);
    return {
      range: { from: range.from, to: range.to },
      parentsServed: row.parentsServed,
      childrenServed: row.childrenServed,
      contacts: row.contacts,
      informationAndReferral: row.informationAndReferral,
      contactMinutes: row.contactMinutes,
      contactsByAudience: Object.values(ContactAudience).map((audience) =>
        audienceContacts(audience, row.contactsByAudience),
      ),
      contactsByPartyAndChannel: row.contactsByPartyAndChannel.map(({ key, count }) => {
        const [party, channel] = key.split(':') as [ContactParty, ContactChannel];
        return { party, channel, count };
      }),
      contactsByLanguage: row.contactsByLanguage,
      contactsByTopic: row.contactsByTopic,
      meetingsAttended: Object.values(MeetingKind).map((kind) => ({
        kind,
        count: countOf(row.meetingsByKind, kind),
      })),
      outreach: Object.values(OutreachKind).flatMap((kind) =>
        Object.values(OutreachFormat).map(
          (format) =>
            row.outreach.find((o) => o.kind === kind && o.format === format) ?? {
              kind,
              format,
              events: 0,
              parents: 0,
              professionals: 0,
              students: 0,
            },
        ),
      ),
      parentsByPrimaryLanguage: row.parentsByLanguage,
      childrenByDisability: row.childrenByDisability,
      childrenByRaceEthnicity: row.childrenByRaceEthnicity,
      survey,
    };
  }

  async caseService(scope: DataScope, range: ReportRangeInput): Promise<CaseServiceReportObject> {
    const row = await this.figures<CaseServiceRow>(scope, CASE_SERVICE_SQL, range);
    const byReason = new Map<string, number>();
    for (const c of row.closings)
      byReason.set(c.closingReason, (byReason.get(c.closingReason) ?? 0) + c.cases);
    return {
      range: { from: range.from, to: range.to },
      casesClosed: row.casesClosed,
      openAtEnd: row.openAtEnd,
      medianDaysOpen: row.medianDaysOpen === null ? null : Math.round(row.medianDaysOpen * 10) / 10,
      byClosingReason: [...byReason]
        .map(([key, count]) => ({ key, count }))
        .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
      closings: row.closings,
    };
  }

  /** The records a figure counts, for the members who may read family records. */
  async records(
    scope: DataScope,
    range: ReportRangeInput,
    figure: FunderFigure,
    key: string | null | undefined,
  ): Promise<FunderReportRecordsObject> {
    assertReportRange(range);
    const organizationId = organizationOf(scope);
    const [sql, params] =
      figure === FunderFigure.CASES_CLOSED
        ? [CASE_SERVICE_RECORDS_SQL, [range.from, range.to, organizationId, key ?? null]]
        : [PARENT_CENTER_RECORDS_SQL, [range.from, range.to, organizationId, figure, key ?? null]];
    const rows = (await scope.manager.query(sql, params)) as RecordRow[];
    return {
      total: rows.length,
      records: rows.slice(0, RECORDS_SHOWN).map((r) => ({
        kind: r.kind,
        id: r.id,
        caseId: r.case_id,
        label: r.label,
        day: r.day,
      })),
    };
  }

  private async figures<T>(scope: DataScope, sql: string, range: ReportRangeInput): Promise<T> {
    assertReportRange(range);
    const [{ report }] = (await scope.manager.query(sql, [
      range.from,
      range.to,
      organizationOf(scope),
    ])) as [{ report: T }];
    return report;
  }
}

function audienceContacts(audience: ContactAudience, counts: Counts): AudienceContactsObject {
  const of = (group: string) => countOf(counts, `${audience}:${group}`);
  const figures = {
    phone: of('PHONE'),
    letters: of('LETTER'),
    emailsAndTexts: of('EMAIL_TEXT'),
    meetings: of('MEETING'),
  };
  return {
    audience,
    ...figures,
    total: figures.phone + figures.letters + figures.emailsAndTexts + figures.meetings,
  };
}

function organizationOf(scope: DataScope): string {
  const organizationId = scope.identity.organizationId;
  if (!organizationId) throw new Error('a funder report is for one organization');
  return organizationId;
}
