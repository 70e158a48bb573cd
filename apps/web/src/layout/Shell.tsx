import {
  Alert,
  AppShell,
  Burger,
  Button,
  Group,
  NavLink,
  NativeSelect,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink as RouterLink, useLocation } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { LANGUAGES } from '../i18n';
import { HeaderSearch } from './HeaderSearch';
import { LogCallButton } from './LogCallButton';

/** Roles the advocate console is for; an analyst has the outcome report only. */
const CONSOLE_ROLES = new Set(['ADMIN', 'ADVOCATE']);
/** Roles the outcome report is for (the api's rule: admins and analysts). */
const REPORT_ROLES = new Set(['ADMIN', 'ANALYST']);
const OUTCOMES = '/outcomes';
/** The report pages (and the lists behind their figures): the only ones an analyst opens. */
const REPORTS = [OUTCOMES, '/funders'];
/** The Administration section of the menu, for admins, in the order an organization sets up. */
const ADMIN_PAGES = [
  { to: '/settings/start', label: 'nav.gettingStarted' },
  { to: '/settings/members', label: 'nav.members' },
  { to: '/settings/districts', label: 'nav.districts' },
  { to: '/settings/schools', label: 'nav.schools' },
  { to: '/settings/import', label: 'nav.import' },
  { to: '/settings/follow-up-policy', label: 'nav.followUpPolicy' },
  { to: '/settings/templates', label: 'nav.templates' },
  { to: '/settings/deadline-rules', label: 'nav.deadlineRules' },
  { to: '/settings/parent-survey', label: 'nav.parentSurvey' },
  { to: '/settings/api-keys', label: 'nav.apiKeys' },
  { to: '/settings/audit', label: 'nav.audit' },
] as const;

export function Shell({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { me, logOut, switchOrganization } = useAuth();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const active = me?.activeOrganization;
  const role = me?.memberships.find((m) => m.organization.id === active?.id)?.role;

  const inConsole = !role || CONSOLE_ROLES.has(role);
  const onReports = REPORTS.some(
    (page) => location.pathname === page || location.pathname.startsWith(`${page}/`),
  );
  const nav = [
    ...(inConsole
      ? [
          { to: '/', label: t('nav.today') },
          { to: '/caseload', label: t('nav.caseload') },
          { to: '/follow-ups', label: t('followUps.nav') },
          { to: '/replies', label: t('nav.replies') },
          { to: '/contacts', label: t('nav.contacts') },
          { to: '/outreach', label: t('nav.outreach') },
          { to: '/settings/calendar-feed', label: t('nav.calendarFeed') },
        ]
      : []),
    ...(role && REPORT_ROLES.has(role)
      ? [
          { to: OUTCOMES, label: t('nav.outcomes') },
          { to: '/funders', label: t('nav.funders') },
        ]
      : []),
  ];

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        {/* Narrower margins on a phone: the brand and "Log a call" share 390 px. */}
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap">
          <Group wrap="nowrap" gap="xs">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.menu')}
            />
            <Title order={1} size="h3">
              OnRecord
            </Title>
          </Group>
          <Group wrap="nowrap" gap="md" miw={0}>
            <Text size="sm" visibleFrom="sm" truncate>
              {me?.user.name} · {active?.name}
            </Text>
            {inConsole && <HeaderSearch />}
            {inConsole && <LogCallButton />}
          </Group>
        </Group>
      </AppShell.Header>
      {/* Scrolls when its links are taller than the screen (a phone, an admin's menu). */}
      <AppShell.Navbar p="sm" aria-label={t('nav.main')} style={{ overflowY: 'auto' }}>
        <Stack justify="space-between" mih="100%">
          <div>
            {inConsole && (
              // A phone's search (the header's box is for wider screens).
              <NavLink
                hiddenFrom="sm"
                component={RouterLink}
                to="/search"
                label={t('nav.search')}
                variant="filled"
                active={location.pathname === '/search'}
                onClick={close}
              />
            )}
            {nav.map((item) => (
              <NavLink
                key={item.to}
                component={RouterLink}
                to={item.to}
                label={item.label}
                // Filled: the light variant's blue on pale blue is below 4.5:1.
                variant="filled"
                active={
                  item.to === '/'
                    ? location.pathname === '/'
                    : location.pathname.startsWith(item.to)
                }
                onClick={close}
              />
            ))}
            {role === 'ADMIN' && (
              <>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">
                  {t('nav.administration')}
                </Text>
                {ADMIN_PAGES.map((page) => (
                  <NavLink
                    key={page.to}
                    component={RouterLink}
                    to={page.to}
                    label={t(page.label)}
                    variant="filled"
                    active={location.pathname.startsWith(page.to)}
                    onClick={close}
                  />
                ))}
              </>
            )}
          </div>
          <Stack gap="xs">
            {me && me.memberships.length > 1 && (
              <NativeSelect
                label={t('nav.organization')}
                value={active?.id ?? ''}
                data={me.memberships.map((m) => ({
                  value: m.organization.id,
                  label: m.organization.name,
                }))}
                onChange={(e) => void switchOrganization(e.currentTarget.value)}
              />
            )}
            <NativeSelect
              label={t('nav.language')}
              value={i18n.language}
              data={LANGUAGES.map((lng) => ({ value: lng, label: t(`languages.${lng}`) }))}
              onChange={(e) => void i18n.changeLanguage(e.currentTarget.value)}
            />
            <Button variant="default" onClick={() => void logOut()}>
              {t('nav.signOut')}
            </Button>
          </Stack>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        {inConsole || onReports ? (
          children
        ) : role && REPORT_ROLES.has(role) && location.pathname === '/' ? (
          // An analyst's landing page is the outcome report.
          <Navigate to={OUTCOMES} replace />
        ) : (
          <Alert color="red" title={t('roles.refusedTitle')} role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('roles.refused', { role: t(`roles.${role}`) })}</Text>
              {role && REPORT_ROLES.has(role) && (
                <Button component={RouterLink} to={OUTCOMES} size="xs" variant="default">
                  {t('nav.openReport')}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
      </AppShell.Main>
    </AppShell>
  );
}
