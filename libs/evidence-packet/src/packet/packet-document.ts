import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { BASE_STYLE, PAGE } from '../pdf/render-pdf';
import { attendanceChartSvg, chartChunks, schoolYearOf } from './attendance-chart';
import { todayIn } from '@onrecord/platform/text';
import type { CaseRecord } from './case-record';
import { answerWords, humanize, requestTypeName } from './packet-words';

/** A document of the case as the index lists it: where its appendix starts, or why none. */
export interface IndexedDocument {
  label: string;
  title: string;
  kind: string;
  documentDate: string | null;
  fileName: string;
  /** The first page of its appendix; null while not known, or when it is not appended. */
  startsOn: number | null;
  /** Why it is listed but not appended (a Word file, a file that could not be read). */
  notAppended: string | null;
}

/** A table header row, repeated at the top of every page the table continues on. */
const headerRow = (...titles: string[]): TableCell[] =>
  titles.map((text) => ({ text, style: 'th' }));

const table = (
  widths: Array<string | number>,
  header: TableCell[],
  rows: TableCell[][],
): Content => ({
  table: { headerRows: 1, dontBreakRows: true, widths, body: [header, ...rows] },
  layout: {
    hLineWidth: (i: number) => (i <= 1 ? 0.8 : 0.3),
    vLineWidth: () => 0,
    hLineColor: () => '#555555',
    fillColor: (row: number) => (row === 0 ? '#e8e8e8' : null),
    paddingTop: () => 3,
    paddingBottom: () => 3,
  },
  fontSize: 9,
  margin: [0, 0, 0, 12],
});

const heading = (text: string, id: string): Content => ({ text, style: 'h2', id, tocItem: false });

function facts(record: CaseRecord): Content {
  const { header } = record;
  const lines: Array<[string, string]> = [
    ['Family', header.familyName],
    [
      'Student',
      [
        header.studentName,
        header.grade && `grade ${header.grade}`,
        header.plan && `plan: ${humanize(header.plan)}`,
      ]
        .filter(Boolean)
        .join(', '),
    ],
    [
      'School',
      [header.schoolName, header.districtName, header.state].filter(Boolean).join(', ') ||
        'not recorded',
    ],
    [
      'Guardians',
      record.guardians
        .map((g) =>
          [g.name, g.relationship && humanize(g.relationship), g.email, g.phone]
            .filter(Boolean)
            .join(', '),
        )
        .join('\n') || 'none recorded',
    ],
    ['Case', `${header.title} (${humanize(header.status)}, opened ${header.openedOn})`],
    ['Concerns', header.concerns.map(humanize).join(', ') || 'none recorded'],
    ['Advocates', record.advocates.join(', ') || 'none assigned'],
    ['Organization', header.organizationName],
    [
      'This packet',
      [
        `prepared ${record.today}`,
        record.options.from || record.options.to
          ? `events from ${record.options.from ?? 'the start'} to ${record.options.to ?? record.today}`
          : 'every event on record',
        record.options.includeInternal ? 'internal notes included' : 'internal notes left out',
      ].join('; '),
    ],
  ];
  return {
    table: {
      widths: [90, '*'],
      body: lines.map(([label, value]) => [{ text: label, bold: true }, value]),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 14],
  };
}

function summary(record: CaseRecord): Content {
  const r = record.requests;
  const answeredLate = r.filter((x) => x.answered && x.daysLate).length;
  const silent = r.filter((x) => !x.answered && x.daysLate).length;
  const c = record.commitments;
  const lines = [
    `${r.length} written request(s) sent; ${r.filter((x) => x.answered && !x.daysLate).length} answered by the deadline, ${answeredLate} answered late, ${silent} unanswered past the deadline.`,
    `${r.reduce((n, x) => n + x.followUps, 0)} follow-up(s) sent to the school, ${r.reduce((n, x) => n + x.escalations, 0)} of them escalation(s).`,
    `${c.length} commitment(s) made by the school: ${c.filter((x) => x.status === 'MET').length} kept, ${c.filter((x) => x.status === 'MISSED').length} missed, ${c.filter((x) => x.status === 'OPEN').length} open.`,
  ];
  return { ul: lines, margin: [0, 0, 0, 14] };
}

function requests(record: CaseRecord): Content[] {
  if (!record.requests.length)
    return [
      heading('Written requests', 'requests'),
      { text: 'No written request sent in this period.', margin: [0, 0, 0, 12] },
    ];
  return [
    heading('Written requests', 'requests'),
    table(
      [50, '*', 80, 88, 88, 36],
      headerRow('Sent', 'What was asked', 'To', 'Due (rule)', 'Answer', 'Follow-ups'),
      record.requests.map((request) => [
        `${request.sentOn}${request.channel ? `\n${humanize(request.channel)}` : ''}`,
        { text: [{ text: `${requestTypeName(request.type)}\n`, bold: true }, request.subject] },
        request.recipients || '—',
        request.deadline || 'no deadline',
        {
          text: answerWords(request),
          bold: request.daysLate !== null,
          color: request.daysLate !== null ? '#8b1a1a' : '#000000',
        },
        `${request.followUps}${request.escalations ? `\n(${request.escalations} escal.)` : ''}`,
      ]),
    ),
  ];
}

function commitments(record: CaseRecord): Content[] {
  if (!record.commitments.length) return [];
  return [
    heading('Commitments the school made', 'commitments'),
    table(
      ['*', 100, 56, 56, 80],
      headerRow('Commitment', 'On the request', 'Made', 'Due', 'Kept?'),
      record.commitments.map((c) => [
        c.description,
        c.requestSubject,
        c.madeOn,
        c.dueOn,
        c.status === 'OPEN'
          ? c.dueOn < record.today
            ? { text: 'Past due, not marked kept', bold: true, color: '#8b1a1a' }
            : 'Open'
          : {
              text: `${c.status === 'MET' ? 'Kept' : 'Missed'}${c.resolvedOn ? ` (${c.resolvedOn})` : ''}`,
              bold: c.status === 'MISSED',
              color: c.status === 'MISSED' ? '#8b1a1a' : '#000000',
            },
      ]),
    ),
  ];
}

function chronology(record: CaseRecord): Content[] {
  return [
    heading('Chronology', 'chronology'),
    record.events.length
      ? table(
          [56, '*'],
          headerRow('Date', 'What happened'),
          record.events.map((event) => [
            // The day it happened where the organization is.
            todayIn(record.timeZone, event.occurredAt),
            {
              text: [
                { text: event.title, bold: event.kind !== 'ATTENDANCE_WEEK' },
                ...(event.sharedWithFamily
                  ? []
                  : [{ text: '  [internal]', italics: true, color: '#555555' }]),
                ...(event.detail ? [{ text: `\n${event.detail}` }] : []),
              ],
            },
          ]),
        )
      : { text: 'Nothing on record in this period.', margin: [0, 0, 0, 12] },
  ];
}

/** "School year 2026–27: weeks of 2026-08-17 to 2026-10-26" above one school year's chart. */
function chartCaption(chunk: ReadonlyArray<{ weekStart: string }>): string {
  const first = chunk[0]?.weekStart ?? '';
  const last = chunk.at(-1)?.weekStart ?? first;
  const year = schoolYearOf(first);
  return `School year ${year}–${String(year + 1).slice(2)}: weeks of ${first} to ${last}`;
}

function attendance(record: CaseRecord): Content[] {
  const weeks = record.attendance;
  if (!weeks.length)
    return [
      heading('Attendance pattern', 'attendance'),
      { text: 'No attendance entered in this period.', margin: [0, 0, 0, 12] },
    ];
  const rates = weeks.flatMap((w) => (w.rate === null ? [] : [w.rate]));
  const mean = rates.length ? rates.reduce((n, rate) => n + rate, 0) / rates.length : null;
  const days = weeks.reduce((n, w) => n + w.schoolDaysEntered, 0);
  return [
    heading('Attendance pattern', 'attendance'),
    {
      text: `${weeks.length} week(s) with entries, ${days} school day(s) entered, ${weeks.reduce((n, w) => n + w.missedDays, 0)} missed in full and ${weeks.reduce((n, w) => n + w.partialDays, 0)} in part. Average weekly rate: ${mean === null ? '—' : `${Math.round(mean * 100)}%`}. Each bar is a week's share of the school day attended (dark blue: 90% or more; orange: 50–89%; dark red: under 50%); the dashed line is 90%, below which a student is chronically absent.`,
      margin: [0, 0, 0, 6],
    },
    ...chartChunks(weeks).map((chunk): Content => ({
      stack: [
        {
          text: chartCaption(chunk),
          style: 'caption',
        },
        { svg: attendanceChartSvg(chunk), width: 504 },
      ],
      unbreakable: true,
      margin: [0, 0, 0, 10],
    })),
  ];
}

function documentIndex(indexed: readonly IndexedDocument[], asked: boolean): Content[] {
  if (!asked) return [];
  return [
    heading('Index of attached documents', 'documents'),
    indexed.length
      ? table(
          [44, '*', 70, 56, 92],
          headerRow('Appendix', 'Document', 'Kind', 'Dated', 'Page'),
          indexed.map((d) => [
            d.label,
            { text: [d.title, { text: `\n${d.fileName}`, color: '#555555', fontSize: 8 }] },
            humanize(d.kind),
            d.documentDate ?? '—',
            d.notAppended
              ? { text: d.notAppended, italics: true }
              : d.startsOn === null
                ? 'page —'
                : `starts on page ${d.startsOn}`,
          ]),
        )
      : { text: 'No documents on the case.', margin: [0, 0, 0, 12] },
  ];
}

/**
 * The packet as a pdfmake definition: who the case is about, a summary of the paper trail,
 * the requests (what, when, to whom, due when under which rule, answered when or how late),
 * the school's commitments, the chronology, the attendance chart and the documents' index.
 * `totalPages` is the count with the appendices, when there are some.
 */
export function packetDocument(
  record: CaseRecord,
  indexed: readonly IndexedDocument[],
  totalPages: number | null,
): TDocumentDefinitions {
  const { header } = record;
  return {
    ...PAGE,
    info: {
      title: `Evidence packet: ${header.familyName}, ${header.studentName}`,
      author: header.organizationName,
      creator: 'OnRecord',
      subject: header.title,
    },
    defaultStyle: BASE_STYLE,
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 13, bold: true, margin: [0, 8, 0, 6] },
      th: { bold: true, fontSize: 9 },
      caption: { fontSize: 9, italics: true, margin: [0, 0, 0, 2] },
    },
    header: (current) =>
      current === 1
        ? null
        : {
            columns: [
              { text: `Evidence packet: ${header.familyName}, ${header.studentName}`, bold: true },
              { text: header.title, alignment: 'right' },
            ],
            fontSize: 8,
            color: '#333333',
            margin: [54, 28, 54, 0],
          },
    footer: (current, count) => ({
      columns: [
        { text: `${header.organizationName}, prepared with OnRecord on ${record.today}` },
        { text: `Page ${current} of ${totalPages ?? count}`, alignment: 'right', bold: true },
      ],
      fontSize: 8,
      color: '#333333',
      margin: [54, 18, 54, 0],
    }),
    content: [
      { text: 'Evidence packet', style: 'h1' },
      { text: `${header.familyName}: ${header.studentName}`, fontSize: 13, margin: [0, 0, 0, 12] },
      facts(record),
      heading('Summary', 'summary'),
      summary(record),
      ...requests(record),
      ...commitments(record),
      ...attendance(record),
      ...chronology(record),
      ...documentIndex(indexed, record.options.includeDocuments),
    ],
  };
}
