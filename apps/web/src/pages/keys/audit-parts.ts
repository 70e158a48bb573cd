/** The kinds of record the audit log names most, each with its words in keys.types. */
export const RECORD_TYPES = [
  'ReportingApiKey',
  'Membership',
  'Invitation',
  'Organization',
  'OrganizationSetting',
  'Family',
  'Guardian',
  'Student',
  'Case',
  'CaseNote',
  'FamilyMessage',
  'WrittenRequest',
  'SchoolResponse',
  'FollowUp',
  'Meeting',
  'AttendanceEntry',
  'School',
  'SchoolContact',
] as const;

/** What the audit log is filtered by, as kept in the page's address. */
export interface AuditFilterValues {
  actor: string;
  type: string;
  id: string;
  from: string;
  to: string;
}

export const FILTER_NAMES = ['actor', 'type', 'id', 'from', 'to'] as const;

export function filtersFrom(params: URLSearchParams): AuditFilterValues {
  const read = (name: string) => params.get(name) ?? '';
  return {
    actor: read('actor'),
    type: read('type'),
    id: read('id'),
    from: read('from'),
    to: read('to'),
  };
}
