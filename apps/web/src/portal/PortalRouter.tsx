import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { PortalShell } from './PortalShell';
import { usePortalSession } from './PortalSession';

function Loading() {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Loader role="status" aria-label={t('app.loading')} />
    </Center>
  );
}

/** Pages behind sign-in. A signed-out guardian is asked for a new link, never a password. */
function RequireSession() {
  const { status } = usePortalSession();
  if (status === 'starting') return <Loading />;
  if (status === 'signedOut') return <Navigate to="/sign-in" replace />;
  return (
    <PortalShell>
      <Outlet />
    </PortalShell>
  );
}

// Each page is its own chunk: the sign-in page a parent opens first loads only itself.
const router = createBrowserRouter(
  [
    {
      path: '/sign-in',
      lazy: async () => ({ Component: (await import('./pages/SignInPage')).SignInPage }),
    },
    {
      // Reached from the survey's email with no account: the link's token is all it needs.
      path: '/survey',
      lazy: async () => ({ Component: (await import('./pages/SurveyPage')).SurveyPage }),
    },
    {
      element: <RequireSession />,
      hydrateFallbackElement: <Loading />,
      children: [
        {
          index: true,
          lazy: async () => ({ Component: (await import('./pages/HomePage')).HomePage }),
        },
        {
          path: 'cases/:caseId',
          lazy: async () => ({ Component: (await import('./pages/CasePage')).CasePage }),
        },
        {
          path: 'cases/:caseId/message',
          lazy: async () => ({ Component: (await import('./pages/MessagePage')).MessagePage }),
        },
        {
          path: 'cases/:caseId/requests/:requestId',
          lazy: async () => ({ Component: (await import('./pages/LetterPage')).LetterPage }),
        },
        {
          // The chart library comes with this page only.
          path: 'pattern',
          lazy: async () => ({ Component: (await import('./pages/PatternPage')).PatternPage }),
        },
        {
          path: 'log-day',
          lazy: async () => ({ Component: (await import('./pages/LogDayPage')).LogDayPage }),
        },
        {
          path: 'settings',
          lazy: async () => ({
            Component: (await import('./pages/SettingsPage')).SettingsPage,
          }),
        },
        {
          path: '*',
          lazy: async () => ({ Component: (await import('./pages/NotFoundPage')).NotFoundPage }),
        },
      ],
    },
  ],
  { basename: '/portal' },
);

/**
 * Resolves once the first route's page is loaded. The first page arrives drawn by the api;
 * rendering before this would replace it with nothing for a moment, button included.
 */
export function routerReady(): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

export function PortalRouter() {
  return <RouterProvider router={router} />;
}
