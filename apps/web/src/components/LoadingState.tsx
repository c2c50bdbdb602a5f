import { useT } from '../i18n/I18nContext';

interface LoadingStateProps {
  label?: string;
  /** Fills the window, for when nothing else is on screen yet. */
  fullPage?: boolean;
}

export function LoadingState({ label, fullPage = false }: LoadingStateProps) {
  const t = useT();
  const content = (
    <div className="loading-state" role="status" data-testid="loading">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('app.loading')}</span>
    </div>
  );
  return fullPage ? <main className="full-page">{content}</main> : content;
}
