import { Link } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { Page } from '../components/Page';
import { useT } from '../i18n/I18nContext';
import { AppShell } from '../layout/AppShell';
import { PublicLayout } from '../layout/PublicLayout';

/** Any unknown address: inside the app's frame when signed in, the public frame otherwise. */
export function NotFoundPage() {
  const { state } = useAuth();
  const signedIn = state.status === 'signed-in';
  const content = <NotFoundContent signedIn={signedIn} />;
  return signedIn ? <AppShell>{content}</AppShell> : <PublicLayout>{content}</PublicLayout>;
}

function NotFoundContent({ signedIn }: { signedIn: boolean }) {
  const t = useT();
  return (
    <Page title={t('notFound.heading')} testId="not-found-page">
      <p className="lead">{t('notFound.body')}</p>
      <p>
        {signedIn ? <Link to="/">{t('notFound.home')}</Link> : <Link to="/sign-in">{t('notFound.signIn')}</Link>}
      </p>
    </Page>
  );
}
