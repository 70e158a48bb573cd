import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, Outlet, useLocation } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { useAuth } from './auth/AuthProvider';
import i18n from './i18n';
import { Shell } from './layout/Shell';

function Loading() {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Loader role="status" aria-label={t('common.loading')} />
    </Center>
  );
}

/** Pages behind sign-in: a signed-out visitor goes to /sign-in and comes back after. */
function RequireSession() {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'starting') return <Loading />;
  if (status === 'signedOut') {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

// Each page is its own chunk: the first screen loads only what it shows.
const router = createBrowserRouter([
  { path: '/sign-in', lazy: async () => ({ Component: (await import('./pages/SignIn')).SignIn }) },
  { path: '/sign-up', lazy: async () => ({ Component: (await import('./pages/SignUp')).SignUp }) },
  {
    path: '/sign-up/confirm',
    lazy: async () => ({ Component: (await import('./pages/ConfirmSignUp')).ConfirmSignUp }),
  },
  {
    path: '/invitations/accept',
    lazy: async () => ({
      Component: (await import('./pages/AcceptInvitation')).AcceptInvitation,
    }),
  },
  {
    element: <RequireSession />,
    hydrateFallbackElement: <Loading />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./pages/Today')).Today }) },
      {
        path: 'caseload',
        lazy: async () => ({ Component: (await import('./pages/Caseload')).Caseload }),
      },
      {
        path: 'cases/:caseId',
        lazy: async () => ({ Component: (await import('./pages/CasePage')).CasePage }),
      },
      {
        path: 'cases/:caseId/requests/new',
        lazy: async () => ({ Component: (await import('./pages/NewRequest')).NewRequest }),
      },
      {
        path: 'follow-ups',
        lazy: async () => ({ Component: (await import('./pages/FollowUps')).FollowUps }),
      },
      {
        path: 'follow-ups/:followUpId',
        lazy: async () => ({ Component: (await import('./pages/FollowUpPage')).FollowUpPage }),
      },
      {
        path: 'meetings/:meetingId',
        lazy: async () => ({ Component: (await import('./pages/MeetingPage')).MeetingPage }),
      },
      {
        path: 'cases/:caseId/students/:studentId/attendance',
        lazy: async () => ({
          Component: (await import('./pages/attendance/AttendancePage')).AttendancePage,
        }),
      },
      {
        path: 'settings/members',
        lazy: async () => ({
          Component: (
            await Promise.all([
              import('./pages/members/MembersPage'),
              i18n.loadNamespaces('members'),
            ])
          )[0].MembersPage,
        }),
      },
      {
        path: 'settings/schools',
        lazy: async () => ({
          Component: (
            await Promise.all([
              import('./pages/schools/SchoolsPage'),
              i18n.loadNamespaces('schools'),
            ])
          )[0].SchoolsPage,
        }),
      },
      {
        path: 'settings/schools/:schoolId',
        lazy: async () => ({
          Component: (
            await Promise.all([
              import('./pages/schools/SchoolPage'),
              i18n.loadNamespaces('schools'),
            ])
          )[0].SchoolPage,
        }),
      },
      {
        path: 'outcomes',
        lazy: async () => ({
          Component: (
            await Promise.all([
              import('./pages/outcomes/OutcomesPage'),
              i18n.loadNamespaces('outcomes'),
            ])
          )[0].OutcomesPage,
        }),
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./pages/NotFound')).NotFound }),
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
