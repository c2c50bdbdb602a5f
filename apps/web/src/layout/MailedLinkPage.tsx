import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PublicLayout } from './PublicLayout';

/** The token of a mailed link (`?token=…`); '' when the link arrived without one. */
export function useLinkToken(): string {
  const [searchParams] = useSearchParams();
  return searchParams.get('token')?.trim() ?? '';
}

/**
 * The public page a mailed link opens (invitation, password reset, unsubscribe). A link that
 * lost its token says so (`missing`, testid `<testIdPrefix>-missing-token`) instead of offering
 * what cannot work; otherwise the page's own content. `footer` shows either way.
 */
export function MailedLinkPage({
  title,
  token,
  missing,
  testIdPrefix,
  footer,
  children,
}: {
  title: string;
  token: string;
  missing: string;
  testIdPrefix: string;
  footer: ReactNode;
  children: ReactNode;
}) {
  return (
    <PublicLayout title={title}>
      {token === '' ? (
        <p className="error-text" role="alert" data-testid={`${testIdPrefix}-missing-token`}>
          {missing}
        </p>
      ) : (
        children
      )}
      {footer}
    </PublicLayout>
  );
}
