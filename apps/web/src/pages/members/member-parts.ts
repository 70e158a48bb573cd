import type { MemberRole } from '../../gql/graphql';

export const ROLES: MemberRole[] = ['ADMIN', 'ADVOCATE', 'ANALYST'];

/** A moment (ISO) as a day in the organization's time zone, in the interface's language. */
/** A moment (ISO) with its time of day, in the organization's time zone and the language. */
export function formatMomentTime(iso: string, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

export function formatMoment(iso: string, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}
