import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, useState, type ComponentType } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { createQueryClient } from './api/queries';
import { AuthProvider, useAuth } from './auth/AuthContext';
import { RequireAuth } from './auth/RequireAuth';
import { RequireRole } from './auth/RequireRole';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ErrorState } from './components/ErrorState';
import { LoadingState } from './components/LoadingState';
import { I18nProvider } from './i18n/I18nContext';
import { AppShell } from './layout/AppShell';
import { SECTIONS, sectionRoles, type Section, type SectionId } from './navigation/sections';
import { NotificationsPage } from './pages/account/NotificationsPage';
import { PolicyPage } from './pages/account/PolicyPage';
import { SettingsPage } from './pages/account/SettingsPage';
import { AcceptInvitePage } from './pages/AcceptInvitePage';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { UnsubscribePage } from './pages/UnsubscribePage';
import { ComposerRoute } from './pages/employee/ComposerPage';
import { ConnectionsPage } from './pages/employee/ConnectionsPage';
import { FeedPage } from './pages/employee/FeedPage';
import { PointsPage } from './pages/employee/PointsPage';
import { SharesPage } from './pages/employee/SharesPage';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SignInPage } from './pages/SignInPage';


// Pages of the curator, manager, reviewer and admin roles load on first use: most people are
// employees and never download them.
const AuditLogPage = lazy(() => import('./pages/admin/AuditLogPage').then((module) => ({ default: module.AuditLogPage })));
const ComplianceRulesPage = lazy(() => import('./pages/admin/ComplianceRulesPage').then((module) => ({ default: module.ComplianceRulesPage })));
const ContestsPage = lazy(() => import('./pages/admin/ContestsPage').then((module) => ({ default: module.ContestsPage })));
const OrganizationPage = lazy(() => import('./pages/admin/OrganizationPage').then((module) => ({ default: module.OrganizationPage })));
const PointsRulesPage = lazy(() => import('./pages/admin/PointsRulesPage').then((module) => ({ default: module.PointsRulesPage })));
const PolicyVersionsPage = lazy(() => import('./pages/admin/PolicyVersionsPage').then((module) => ({ default: module.PolicyVersionsPage })));
const RewardsAdminPage = lazy(() => import('./pages/admin/RewardsAdminPage').then((module) => ({ default: module.RewardsAdminPage })));
const SentMailPage = lazy(() => import('./pages/admin/SentMailPage').then((module) => ({ default: module.SentMailPage })));
const SentMailRoute = lazy(() => import('./pages/admin/SentMailPage').then((module) => ({ default: module.SentMailRoute })));
const UsersPage = lazy(() => import('./pages/admin/UsersPage').then((module) => ({ default: module.UsersPage })));
const CampaignsPage = lazy(() => import('./pages/curator/CampaignsPage').then((module) => ({ default: module.CampaignsPage })));
const ContentListPage = lazy(() => import('./pages/curator/ContentListPage').then((module) => ({ default: module.ContentListPage })));
const PostEditorRoute = lazy(() => import('./pages/curator/PostEditorPage').then((module) => ({ default: module.PostEditorRoute })));
const BoardPage = lazy(() => import('./pages/employee/BoardPage').then((module) => ({ default: module.BoardPage })));
const LeaderboardsPage = lazy(() => import('./pages/manager/LeaderboardsPage').then((module) => ({ default: module.LeaderboardsPage })));
const TeamPage = lazy(() => import('./pages/manager/TeamPage').then((module) => ({ default: module.TeamPage })));
const CampaignReportRoute = lazy(() => import('./pages/results/CampaignReportPage').then((module) => ({ default: module.CampaignReportRoute })));
const ResultsPage = lazy(() => import('./pages/results/ResultsPage').then((module) => ({ default: module.ResultsPage })));
const ReviewsPage = lazy(() => import('./pages/reviewer/ReviewsPage').then((module) => ({ default: module.ReviewsPage })));

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nProvider>
      <ErrorBoundary fullPage>
        <QueryClientProvider client={queryClient}>
          <AuthProvider>
            <BrowserRouter>
              <SessionGate />
            </BrowserRouter>
          </AuthProvider>
        </QueryClientProvider>
      </ErrorBoundary>
    </I18nProvider>
  );
}

/** Nothing is routed until we know whether someone is signed in, so no page flashes by. */
function SessionGate() {
  const { state, reload } = useAuth();
  if (state.status === 'loading') return <LoadingState fullPage />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={reload} fullPage />;
  return <AppRoutes />;
}

/** The page of each navigation section. */
const PAGES: Record<SectionId, ComponentType> = {
  feed: FeedPage,
  shares: SharesPage,
  connections: ConnectionsPage,
  points: PointsPage,
  board: BoardPage,
  content: ContentListPage,
  campaigns: CampaignsPage,
  results: ResultsPage,
  leaderboards: LeaderboardsPage,
  team: TeamPage,
  reviews: ReviewsPage,
  users: UsersPage,
  organization: OrganizationPage,
  'policy-versions': PolicyVersionsPage,
  'compliance-rules': ComplianceRulesPage,
  'points-rules': PointsRulesPage,
  rewards: RewardsAdminPage,
  contests: ContestsPage,
  'audit-log': AuditLogPage,
  'sent-mail': SentMailPage,
  notifications: NotificationsPage,
  settings: SettingsPage,
  policy: PolicyPage,
};

/** Pages below a section (an editor, a share), guarded by the same role. */
const SUBPAGES: { path: string; section: SectionId; Page: ComponentType }[] = [
  { path: '/feed/:postId/share', section: 'feed', Page: ComposerRoute },
  { path: '/shares/:shareId', section: 'shares', Page: ComposerRoute },
  { path: '/content/new', section: 'content', Page: PostEditorRoute },
  { path: '/content/:postId', section: 'content', Page: PostEditorRoute },
  { path: '/admin/sent-mail/:mailId', section: 'sent-mail', Page: SentMailRoute },
  // A campaign's printable results: whoever reads results may open it.
  { path: '/campaigns/:campaignId/report', section: 'results', Page: CampaignReportRoute },
];

function guarded(section: Section, Page: ComponentType) {
  if (section.role === 'account') return <Page />;
  return (
    <RequireRole roles={sectionRoles(section)}>
      <Page />
    </RequireRole>
  );
}

function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/invite" element={<AcceptInvitePage />} />
      {/* The links of Chorus's mails: they work without signing in. */}
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/reset-password" element={<ResetPasswordPage />} />
      <Route path="/unsubscribe" element={<UnsubscribePage />} />
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        {SECTIONS.map((section) => (
          <Route key={section.id} path={section.path} element={guarded(section, PAGES[section.id])} />
        ))}
        {SUBPAGES.map(({ path, section, Page }) => (
          <Route key={path} path={path} element={guarded(SECTIONS.find((candidate) => candidate.id === section)!, Page)} />
        ))}
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
