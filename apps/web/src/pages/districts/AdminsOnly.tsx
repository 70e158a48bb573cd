import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';

/** The member's role in the organization they are working in. */
export function useRole(): string | undefined {
  const { me } = useAuth();
  const active = me?.activeOrganization;
  return me?.memberships.find((m) => m.organization.id === active?.id)?.role;
}

export const useIsAdmin = () => useRole() === 'ADMIN';

/** Said to anyone but an admin who opens a district page. */
export function AdminsOnly() {
  const { t } = useTranslation();
  const role = useRole();
  return (
    <Alert color="gray" title={t('districts.adminsOnlyTitle')} role="alert" maw={640}>
      {t('districts.adminsOnly', { role: role ? t(`roles.${role}`) : '—' })}
    </Alert>
  );
}
