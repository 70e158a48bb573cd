import { Anchor, Box, Button, Container, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { usePortalSession } from './PortalSession';

/** The portal's frame, phone first: the organization's name, big links, sign out. */
export function PortalShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me, signOut } = usePortalSession();
  const navigate = useNavigate();
  const link = (to: string, label: string) => (
    <Anchor component={NavLink} to={to} end={to === '/'} fw={600} size="md" py={6}>
      {label}
    </Anchor>
  );
  return (
    <>
      <Box component="header" bg="blue.9" c="white" py="xs">
        <Container size="sm">
          <Group justify="space-between" wrap="nowrap">
            <Text fw={700} size="sm" c="white">
              {me?.organization.name ?? t('app.name')}
            </Text>
            <Button
              variant="white"
              size="compact-sm"
              onClick={async () => {
                await signOut();
                await navigate('/sign-in');
              }}
            >
              {t('app.signOut')}
            </Button>
          </Group>
        </Container>
      </Box>
      <Box component="nav" aria-label={t('app.nav')} bg="gray.0" py={4}>
        <Container size="sm">
          {/* On a phone the links may take two lines: close together, not a gap apart. */}
          <Group gap="lg" style={{ rowGap: 0 }}>
            {link('/', t('app.myCase'))}
            {link('/log-day', t('app.logDay'))}
            {link('/pattern', t('pattern.nav'))}
            {link('/settings', t('app.preferences'))}
          </Group>
        </Container>
      </Box>
      <Container size="sm" component="main" py="md">
        {children}
      </Container>
    </>
  );
}
