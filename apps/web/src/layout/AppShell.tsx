import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { LoadingState } from '../components/LoadingState';
import { useT } from '../i18n/I18nContext';
import { AppHeader } from './AppHeader';
import { MainNav } from './MainNav';

const MENU_ID = 'main-nav';

/**
 * The signed-in frame: header, role-based navigation and the page. Renders `children` when
 * given (the 404 page), otherwise the matched child route.
 */
export function AppShell({ children }: { children?: ReactNode }) {
  const t = useT();
  const { pathname, state } = useLocation();
  const keepFocus = (state as { keepFocus?: boolean } | null)?.keepFocus === true;
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);

  // After navigating, fold the phone menu away and move focus to the new page's heading
  // so keyboard and screen-reader users start at the content. Not on first load.
  // A page that only gives itself a new address (a saved draft) keeps the focus where it is.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    setMenuOpen(false);
    if (!keepFocus) mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [pathname, keepFocus]);

  useEffect(() => {
    if (!menuOpen) return;
    function closeOnEscape(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      menuButtonRef.current?.focus();
    }
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [menuOpen]);

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader
        menuOpen={menuOpen}
        menuId={MENU_ID}
        onToggleMenu={() => setMenuOpen((open) => !open)}
        menuButtonRef={menuButtonRef}
      />
      <div className="app-body">
        <MainNav id={MENU_ID} open={menuOpen} onNavigate={() => setMenuOpen(false)} />
        <main id="main" className="app-main" ref={mainRef} tabIndex={-1}>
          <ErrorBoundary resetKey={pathname}>
            <Suspense fallback={<LoadingState />}>{children ?? <Outlet />}</Suspense>
          </ErrorBoundary>
        </main>
      </div>
    </div>
  );
}
