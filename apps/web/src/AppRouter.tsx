import { Center, Loader } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, Outlet, useLocation } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { useAuth } from './auth/AuthProvider';
import i18n, { type PageNamespace } from './i18n';
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

/**
 * A page whose words are its own namespace (PAGE_NAMESPACES): its chunk and its words load
 * together, so it never shows a key instead of a word.
 */
function withWords<Page>(
  namespace: PageNamespace | PageNamespace[],
  load: () => Promise<Page>,
  pick: (page: Page) => ComponentType,
) {
  return async () => {
    const [page] = await Promise.all([load(), i18n.loadNamespaces(namespace)]);
    return { Component: pick(page) };
  };
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
        path: 'cases/new',
        lazy: withWords(
          'intake',
          () => import('./pages/intake/NewCasePage'),
          (page) => page.NewCasePage,
        ),
      },
      {
        path: 'cases/:caseId',
        lazy: withWords(
          [
            'meetings',
            'attendance',
            'demographics',
            'closing',
            'survey',
            'contacts',
            'answers',
            'documents',
            'packet',
          ],
          () => import('./pages/CasePage'),
          (page) => page.CasePage,
        ),
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
        path: 'replies',
        lazy: withWords(
          'replies',
          () => import('./pages/replies/RepliesPage'),
          (page) => page.RepliesPage,
        ),
      },
      {
        path: 'replies/:replyId',
        lazy: withWords(
          // answers: the answer form's words, shared with the case page's.
          ['replies', 'answers'],
          () => import('./pages/replies/ReplyPage'),
          (page) => page.ReplyPage,
        ),
      },
      {
        path: 'contacts',
        lazy: withWords(
          'contacts',
          () => import('./pages/contacts/ContactsPage'),
          (page) => page.ContactsPage,
        ),
      },
      {
        path: 'outreach',
        lazy: withWords(
          // contacts: the topics' words.
          ['outreach', 'contacts'],
          () => import('./pages/outreach/OutreachPage'),
          (page) => page.OutreachPage,
        ),
      },
      {
        path: 'meetings/:meetingId',
        lazy: withWords(
          // The meeting's own documents are listed (and added) on its page.
          ['meetings', 'documents'],
          () => import('./pages/MeetingPage'),
          (page) => page.MeetingPage,
        ),
      },
      {
        path: 'cases/:caseId/students/:studentId/attendance',
        lazy: withWords(
          'attendance',
          () => import('./pages/attendance/AttendancePage'),
          (page) => page.AttendancePage,
        ),
      },
      {
        path: 'settings/start',
        lazy: withWords(
          'start',
          () => import('./pages/start/GettingStartedPage'),
          (page) => page.GettingStartedPage,
        ),
      },
      {
        path: 'settings/members',
        lazy: withWords(
          'members',
          () => import('./pages/members/MembersPage'),
          (page) => page.MembersPage,
        ),
      },
      {
        path: 'settings/districts',
        lazy: withWords(
          'districts',
          () => import('./pages/districts/DistrictsPage'),
          (page) => page.DistrictsPage,
        ),
      },
      {
        path: 'settings/districts/:districtId',
        lazy: withWords(
          'districts',
          () => import('./pages/districts/DistrictPage'),
          (page) => page.DistrictPage,
        ),
      },
      {
        path: 'search',
        lazy: withWords(
          'search',
          () => import('./pages/search/SearchPage'),
          (page) => page.SearchPage,
        ),
      },
      {
        path: 'settings/calendar-feed',
        lazy: withWords(
          'feeds',
          () => import('./pages/feeds/CalendarFeedPage'),
          (page) => page.CalendarFeedPage,
        ),
      },
      {
        path: 'settings/api-keys',
        lazy: withWords(
          'keys',
          () => import('./pages/keys/ApiKeysPage'),
          (page) => page.ApiKeysPage,
        ),
      },
      {
        path: 'settings/import',
        lazy: withWords(
          'import',
          () => import('./pages/import/ImportPage'),
          (page) => page.ImportPage,
        ),
      },
      {
        path: 'settings/audit',
        lazy: withWords(
          'keys',
          () => import('./pages/keys/AuditPage'),
          (page) => page.AuditPage,
        ),
      },
      {
        path: 'settings/follow-up-policy',
        lazy: withWords(
          'policy',
          () => import('./pages/policy/FollowUpPolicyPage'),
          (page) => page.FollowUpPolicyPage,
        ),
      },
      {
        path: 'settings/templates',
        lazy: withWords(
          'policy',
          () => import('./pages/policy/TemplatesPage'),
          (page) => page.TemplatesPage,
        ),
      },
      {
        path: 'settings/deadline-rules',
        lazy: withWords(
          'policy',
          () => import('./pages/policy/DeadlineRulesPage'),
          (page) => page.DeadlineRulesPage,
        ),
      },
      {
        path: 'settings/parent-survey',
        lazy: withWords(
          'survey',
          () => import('./pages/survey/ParentSurveyPage'),
          (page) => page.ParentSurveyPage,
        ),
      },
      {
        path: 'settings/schools',
        lazy: withWords(
          'schools',
          () => import('./pages/schools/SchoolsPage'),
          (page) => page.SchoolsPage,
        ),
      },
      {
        path: 'settings/schools/:schoolId',
        lazy: withWords(
          'schools',
          () => import('./pages/schools/SchoolPage'),
          (page) => page.SchoolPage,
        ),
      },
      {
        path: 'outcomes',
        lazy: withWords(
          // meetings: the calendar's words, when days are chosen.
          ['outcomes', 'meetings'],
          () => import('./pages/outcomes/OutcomesPage'),
          (page) => page.OutcomesPage,
        ),
      },
      {
        path: 'outcomes/requests',
        lazy: withWords(
          'outcomes',
          () => import('./pages/outcomes/ReportRequestsPage'),
          (page) => page.ReportRequestsPage,
        ),
      },
      {
        path: 'funders',
        lazy: withWords(
          // outcomes: the words both reports share (case outcomes, refusals); meetings: the
          // calendar's words and meeting kinds; contacts: contact topics, parties, channels.
          ['funders', 'outcomes', 'meetings', 'contacts'],
          () => import('./pages/funders/FundersPage'),
          (page) => page.FundersPage,
        ),
      },
      {
        path: 'funders/records',
        lazy: withWords(
          // contacts: a contact's party and channel.
          ['funders', 'outcomes', 'contacts'],
          () => import('./pages/funders/FunderRecordsPage'),
          (page) => page.FunderRecordsPage,
        ),
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
