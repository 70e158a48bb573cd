import { registerEnumType } from '@nestjs/graphql';

/**
 * A figure of the outcome report whose requests can be listed one by one (outcomeReportRequests
 * with `figure`): each means what it means in the report (outcome-report.sql.ts).
 */
export enum ReportedFigure {
  ANSWERED_BY_DEADLINE = 'ANSWERED_BY_DEADLINE',
  LATE = 'LATE',
  OVERDUE_NOW = 'OVERDUE_NOW',
  DEFERRED = 'DEFERRED',
  ONLY_DEFERRED = 'ONLY_DEFERRED',
  REFUSED_WITHOUT_PWN = 'REFUSED_WITHOUT_PWN',
}

registerEnumType(ReportedFigure, {
  name: 'ReportedFigure',
  valuesMap: {
    ANSWERED_BY_DEADLINE: {
      description: 'Answered (not by a stall) on or before the due day in force.',
    },
    LATE: { description: 'Answered after the due day, or unanswered past it now.' },
    OVERDUE_NOW: { description: 'Sent, unanswered, past its deadline now.' },
    DEFERRED: {
      description: 'Answered at least once "deferred: needs data" (a place\'s deferred figure).',
    },
    ONLY_DEFERRED: {
      description: "Its only answer so far is a deferral (the deadlines' deferred figure).",
    },
    REFUSED_WITHOUT_PWN: {
      description: 'Its only answer so far is a no without Prior Written Notice.',
    },
  },
});
