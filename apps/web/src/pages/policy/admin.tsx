import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';

/** The signed-in member's role in the active organization, and its time zone. */
export function useActiveRole() {
  const { me } = useAuth();
  const active = me?.activeOrganization;
  const role = me?.memberships.find((m) => m.organization.id === active?.id)?.role;
  return { role, isAdmin: role === 'ADMIN', timeZone: active?.timeZone ?? undefined };
}

/** Said instead of an administration page to anyone else (the api refuses them anyway). */
export function AdminsOnly({ role }: { role?: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" title={t('policy.adminsOnlyTitle')} role="alert" maw={640}>
      {t('policy.adminsOnly', { role: role ? t(`roles.${role}`) : '—' })}
    </Alert>
  );
}

/** A moment as a day and time in the given time zone, in the interface's language. */
export function formatWhen(iso: string, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

/** A day (YYYY-MM-DD) as the interface's language writes it. */
export function formatDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
