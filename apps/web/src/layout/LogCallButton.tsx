import { Button } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18n from '../i18n';

// The dialog, its form and its words are loaded on the first click: no page's first load
// pays for them.
const LogContactDialog = lazy(async () => {
  const [dialog] = await Promise.all([
    import('../pages/contacts/LogContactDialog'),
    i18n.loadNamespaces('contacts'),
  ]);
  return { default: dialog.LogContactDialog };
});
// So are the notifications that say where the contact went (only this dialog shows any).
const Notifications = lazy(async () => ({
  default: (await import('@mantine/notifications')).Notifications,
}));

/**
 * "Log a call" in the header, on every page of the console: a contact logged on one of the
 * organization's open cases, or on none (a parent who is not a client yet).
 */
export function LogCallButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  // Once used, the notifications stay mounted: one shows after the dialog has closed.
  const [used, setUsed] = useState(false);
  return (
    <>
      <Button
        size="xs"
        px="xs"
        onClick={() => {
          setOpened(true);
          setUsed(true);
        }}
      >
        {t('nav.logCall')}
      </Button>
      {opened && (
        <Suspense>
          <LogContactDialog onClose={() => setOpened(false)} />
        </Suspense>
      )}
      {used && (
        <Suspense>
          {/* Inside the router: a notification may link to a page. Below, clear of the header. */}
          <Notifications position="bottom-right" />
        </Suspense>
      )}
    </>
  );
}
