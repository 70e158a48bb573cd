import { Button, Checkbox, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  keep: boolean;
  onKeepChange(keep: boolean): void;
  busy: boolean;
  onOpen(): void;
}

/**
 * The emailed link's one tap. A real form posted to the page's own address: on a slow phone
 * the page arrives already drawn (prerender/first-page.tsx) well before its script, and a
 * tap in between posts the form to the api (POST /portal/sign-in, the link's token in the
 * address), which signs in the same way. Once the script runs, it handles the tap itself.
 */
export function OpenMyCaseForm({ keep, onKeepChange, busy, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <form
        method="post"
        onSubmit={(event) => {
          event.preventDefault();
          onOpen();
        }}
      >
        <Stack>
          <Text>{t('signIn.oneTap')}</Text>
          <Checkbox
            name="keep"
            value="1"
            label={t('signIn.keep')}
            description={t('signIn.keepHint')}
            checked={keep}
            onChange={(event) => onKeepChange(event.currentTarget.checked)}
          />
          <Button type="submit" size="lg" loading={busy}>
            {t('signIn.button')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
