import { useEffect, type ReactNode } from 'react';
import { useT } from '../i18n/I18nContext';

interface PageProps {
  /** The page's heading, also used in the browser tab's title. */
  title: string;
  /** The browser tab's title when it should differ from the heading. */
  documentTitle?: string;
  testId?: string;
  children?: ReactNode;
}

/**
 * The frame of every page: one h1 (focusable, so the shell can move focus to it after
 * navigation) and the document title.
 */
export function Page({ title, documentTitle, testId, children }: PageProps) {
  usePageTitle(documentTitle ?? title);
  return (
    <div className="page" data-testid={testId}>
      <h1 className="page-title" tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}

export function usePageTitle(title: string): void {
  const t = useT();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title === appName ? appName : `${title} · ${appName}`;
  }, [title, appName]);
}
