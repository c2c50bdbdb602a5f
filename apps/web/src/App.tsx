import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AuthProvider, useAuth } from './auth/AuthContext';
import { RequireAuth } from './auth/RequireAuth';
import { RequireRole } from './auth/RequireRole';
import { ErrorState } from './components/ErrorState';
import { LoadingState } from './components/LoadingState';
import { I18nProvider } from './i18n/I18nContext';
import { AppShell } from './layout/AppShell';
import { SECTIONS } from './navigation/sections';
import { AcceptInvitePage } from './pages/AcceptInvitePage';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PlaceholderPage } from './pages/PlaceholderPage';
import { SignInPage } from './pages/SignInPage';

export function App() {
  return (
    <I18nProvider>
      <AuthProvider>
        <BrowserRouter>
          <SessionGate />
        </BrowserRouter>
      </AuthProvider>
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

function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/invite" element={<AcceptInvitePage />} />
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        {SECTIONS.map((section) => (
          <Route
            key={section.id}
            path={section.path}
            element={
              <RequireRole roles={[section.role]}>
                <PlaceholderPage section={section} />
              </RequireRole>
            }
          />
        ))}
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
