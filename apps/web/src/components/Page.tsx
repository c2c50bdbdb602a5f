import { useEffect, type ReactNode } from 'react';
import { useT } from '../i18n/I18nContext';

interface PageProps {
  /** The page's heading, also used in the browser tab's title. */
  title: string;
  /** The browser tab's title when it should differ from the heading. */
  documentTitle?: string;
  /** One sentence under the heading saying what the page is for. */
  intro?: ReactNode;
  /** Buttons or links beside the heading (e.g. "New post"). */
  actions?: ReactNode;
  /** A link back, shown above the heading. */
  back?: ReactNode;
  testId?: string;
  children?: ReactNode;
}

/**
 * The frame of every page: one h1 (focusable, so the shell can move focus to it after
 * navigation) and the document title.
 */
export function Page({ title, documentTitle, intro, actions, back, testId, children }: PageProps) {
  usePageTitle(documentTitle ?? title);
  return (
    <div className="page" data-testid={testId}>
      {back && <p className="page-back">{back}</p>}
      <div className="page-header">
        <h1 className="page-title" tabIndex={-1}>
          {title}
        </h1>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {intro && <p className="lead page-intro">{intro}</p>}
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
