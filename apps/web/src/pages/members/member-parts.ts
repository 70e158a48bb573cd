import type { MemberRole } from '../../gql/graphql';

export const ROLES: MemberRole[] = ['ADMIN', 'ADVOCATE', 'ANALYST'];

/** A moment (ISO) as a day in the organization's time zone, in the interface's language. */
export function formatMoment(iso: string, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}
