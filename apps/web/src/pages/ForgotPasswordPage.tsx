import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { requestPasswordReset } from '../api/mail';
import type { PasswordResetRequested } from '../api/models';
import { BusyButton } from '../components/BusyButton';
import { ErrorText } from '../components/ErrorText';
import { EmailField } from '../components/fields';
import { useFieldErrors } from '../components/errorMessages';
import { usePageTitle } from '../components/Page';
import { useI18n } from '../i18n/I18nContext';
import { translateServerMessage } from '../i18n/server-message';
import { PublicLayout } from '../layout/PublicLayout';

/** `/forgot-password`: asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [email, setEmail] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [answer, setAnswer] = useState<PasswordResetRequested | null>(null);
  const server = useFieldErrors(error, { email: t('signIn.email') });
  usePageTitle(t('forgot.pageTitle'));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setError(null);
    try {
      setAnswer(await requestPasswordReset(email.trim()));
    } catch (requestError) {
      setError(requestError);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <PublicLayout title={t('forgot.heading')}>
      {answer ? (
        <p className="notice notice-success" role="status" data-testid="forgot-answer">
          {translateServerMessage(answer, i18n)}
        </p>
      ) : (
        <>
          <p className="public-intro">{t('forgot.intro')}</p>
          <form className="form" onSubmit={handleSubmit} aria-busy={submitting} noValidate data-testid="forgot-form">
            <EmailField
              label={t('signIn.email')}
              value={email}
              error={server.byField.email}
              onChange={(event) => setEmail(event.target.value)}
              testId="forgot-email"
            />
            {server.rest !== null && <ErrorText error={server.rest} testId="forgot-error" />}
            <BusyButton type="submit" variant="primary" className="button-block" busy={submitting} busyLabel={t('forgot.submitting')} testId="forgot-submit">
              {t('forgot.submit')}
            </BusyButton>
          </form>
        </>
      )}
      <p className="hint">
        <Link to="/sign-in">{t('forgot.backToSignIn')}</Link>
      </p>
    </PublicLayout>
  );
}
