import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RowFormButton } from '../RowFormDialog';
import { LogContactDialog, type Guardian } from './LogContactDialog';

/** On the case page, beside its timeline: log a contact on this case. */
export function LogContact({ caseId, guardians }: { caseId: string; guardians: Guardian[] }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <RowFormButton label={t('contactLog.open')} onClick={() => setOpened(true)} />
      {opened && (
        <LogContactDialog onCase={{ id: caseId, guardians }} onClose={() => setOpened(false)} />
      )}
    </>
  );
}
