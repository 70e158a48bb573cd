import { Alert, Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFound({ what }: { what?: string }) {
  const { t } = useTranslation();
  return (
    <Stack maw={560}>
      <Alert color="gray" title={t('notFound.title')} role="alert">
        {what ?? t('notFound.page')}
      </Alert>
      <Anchor component={Link} to="/">
        {t('notFound.back')}
      </Anchor>
    </Stack>
  );
}
