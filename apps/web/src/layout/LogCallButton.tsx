import { Button } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The dialog and its form are loaded on the first click: no page's first load pays for them.
const LogContactDialog = lazy(async () => ({
  default: (await import('../pages/contacts/LogContactDialog')).LogContactDialog,
}));

/**
 * "Log a call" in the header, on every page of the console: a contact logged on one of the
 * organization's open cases, or on none (a parent who is not a client yet).
 */
export function LogCallButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button size="xs" px="xs" onClick={() => setOpened(true)}>
        {t('contactLog.logCall')}
      </Button>
      {opened && (
        <Suspense>
          <LogContactDialog onClose={() => setOpened(false)} />
        </Suspense>
      )}
    </>
  );
}
