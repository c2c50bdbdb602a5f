import { useT } from '../i18n/I18nContext';
import { ErrorText } from './ErrorText';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  /** Fills the window with its own landmark and top-level heading. */
  fullPage?: boolean;
}

/** Something could not be loaded: the API's sentence and a way to try again. */
export function ErrorState({ error, onRetry, fullPage = false }: ErrorStateProps) {
  const t = useT();
  const Heading = fullPage ? 'h1' : 'h2';
  const content = (
    <div className="error-state" data-testid="error-state">
      <Heading>{t('common.errorTitle')}</Heading>
      <ErrorText error={error} />
      {onRetry && (
        <button type="button" className="button button-primary" onClick={onRetry} data-testid="retry">
          {t('common.tryAgain')}
        </button>
      )}
    </div>
  );
  return fullPage ? <main className="full-page">{content}</main> : content;
}
