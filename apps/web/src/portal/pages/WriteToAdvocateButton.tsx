import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way from a case to "write to your advocate": big, under the advocate's name. */
export function WriteToAdvocateButton({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={`/cases/${caseId}/message`}
      size="md"
      fullWidth
      // A long label on a narrow screen wraps rather than being cut.
      h="auto"
      py="xs"
      styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
    >
      {t('message.open')}
    </Button>
  );
}
