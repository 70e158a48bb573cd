import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../LanguageSwitch';

/** The sign-in page around what it shows: the language switch and the title. */
export function SignInFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack component="main" p="md" maw={480} mx="auto" gap="lg">
      <LanguageSwitch />
      <Title order={1} size="h2">
        {t('signIn.title')}
      </Title>
      {children}
    </Stack>
  );
}
