import { Link } from 'react-router-dom';
import { useT } from '../i18n/I18nContext';

export function Brand() {
  const t = useT();
  return (
    <Link to="/" className="brand" data-testid="brand">
      <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" />
        <path d="M9 20c2-6 4-9 7-9s5 3 7 9" />
        <circle cx="16" cy="22" r="2.5" />
      </svg>
      <span className="brand-name">{t('app.name')}</span>
    </Link>
  );
}
