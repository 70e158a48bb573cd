import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What anyone but an admin sees on an administration page (the api refuses them anyway). */
export function AdminsOnly({ role, what }: { role: string | undefined; what: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" title={t('keys.adminsOnlyTitle')} role="alert" maw={640}>
      {t('keys.adminsOnly', { what, role: role ? t(`roles.${role}`) : '—' })}
    </Alert>
  );
}
