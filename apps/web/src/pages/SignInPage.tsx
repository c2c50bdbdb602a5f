import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { queries } from '../api/queries';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { passwordWasReset, returnPath, sessionEnded } from '../auth/redirect';
import { BusyButton } from '../components/BusyButton';
import { ErrorText } from '../components/ErrorText';
import { EmailField, InputField } from '../components/fields';
import { usePageTitle } from '../components/Page';
import { useT } from '../i18n/I18nContext';
import { PublicLayout } from '../layout/PublicLayout';

export function SignInPage() {
  const t = useT();
  const { state, signIn } = useAuth();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // Checked here, in the reader's language (the browser's own messages would be in its language).
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  // The demo accounts exist only where the demo organisation was seeded.
  // Only decides whether the demo accounts are shown: without an answer they are not.
  const meta = useQuery(queries.meta());
  usePageTitle(t('signIn.pageTitle'));

  // Signing in re-renders this page as signed in, which is what sends the user on.
  if (state.status === 'signed-in') {
    return <Navigate to={returnPath(location.state)} replace />;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const problems = {
      email: email.trim() === '' ? t('signIn.emailRequired') : /^[^\s@]+@[^\s@]+$/.test(email.trim()) ? undefined : t('signIn.emailInvalid'),
      password: password === '' ? t('signIn.passwordRequired') : undefined,
    };
    setFieldErrors(problems);
    if (problems.email || problems.password) return;
    setSubmitting(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
    } catch (signInError) {
      setError(signInError);
      setSubmitting(false);
    }
  }

  return (
    <PublicLayout title={t('signIn.heading')}>
      <p className="public-intro">{t('app.tagline')}</p>
      {sessionEnded(location.state) && error === null && (
        <p className="notice" role="status" data-testid="session-ended">
          {t('signIn.sessionEnded')}
        </p>
      )}
      {passwordWasReset(location.state) && error === null && (
        <p className="notice notice-success" role="status" data-testid="password-reset-done">
          {t('signIn.passwordReset')}
        </p>
      )}
      <form className="form" onSubmit={handleSubmit} aria-busy={submitting} noValidate data-testid="sign-in-form">
        <EmailField
          label={t('signIn.email')}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldErrors.email}
          testId="sign-in-email"
        />
        <InputField
          label={t('signIn.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors.password}
          testId="sign-in-password"
        />
        {error !== null && <ErrorText error={error} testId="sign-in-error" />}
        <BusyButton type="submit" variant="primary" className="button-block" busy={submitting} busyLabel={t('signIn.submitting')} testId="sign-in-submit">
          {t('signIn.submit')}
        </BusyButton>
      </form>
      <p className="hint">
        <Link to="/forgot-password" data-testid="forgot-password-link">
          {t('signIn.forgotPassword')}
        </Link>
      </p>
      {meta.data?.demo && (
        <p className="hint" data-testid="demo-hint">
          {t('signIn.demoHint')}
        </p>
      )}
    </PublicLayout>
  );
}
