import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveRole } from '../auth/useActiveRole';

/**
 * Said instead of an administration page to anyone but an admin (the api refuses them
 * anyway): `says` is the page's own sentence, which names the reader's role as {{role}}.
 */
export function AdminsOnly({ says }: { says: string }) {
  const { t } = useTranslation();
  const { role } = useActiveRole();
  return (
    <Alert color="gray" title={t('common.adminsOnly')} role="alert" maw={640}>
      {t(says, { role: role ? t(`roles.${role}`) : '—' })}
    </Alert>
  );
}
