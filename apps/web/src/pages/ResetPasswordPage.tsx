import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { resetPassword } from '../api/mail';
import { useAuth } from '../auth/AuthContext';
import type { SignInLocationState } from '../auth/redirect';
import { BusyButton } from '../components/BusyButton';
import { ErrorText } from '../components/ErrorText';
import { InputField } from '../components/fields';
import { useFieldErrors } from '../components/errorMessages';
import { usePageTitle } from '../components/Page';
import { useT } from '../i18n/I18nContext';
import { PublicLayout } from '../layout/PublicLayout';

/** Kept in step with the API's rule so people learn it before submitting. */
const MIN_PASSWORD_LENGTH = 10;

interface FieldErrors {
  password?: string;
  confirmation?: string;
}

/** `/reset-password?token=…`, the link of the reset mail: a new password, then sign in with it. */
export function ResetPasswordPage() {
  const t = useT();
  const { state, signOut } = useAuth();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);
  const server = useFieldErrors(error, { password: t('invite.password') });
  usePageTitle(t('reset.pageTitle'));

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    if (password.length < MIN_PASSWORD_LENGTH) errors.password = t('invite.tooShort');
    else if (confirmation !== password) errors.confirmation = t('invite.mismatch');
    return errors;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const errors = validate();
    setFieldErrors(errors);
    setError(null);
    if (errors.password || errors.confirmation) {
      (errors.password ? passwordRef : confirmationRef).current?.focus();
      return;
    }
    setSubmitting(true);
    try {
      await resetPassword(token, password);
    } catch (resetError) {
      setError(resetError);
      setSubmitting(false);
      return;
    }
    // The reset ended every sign-in of the account, this browser's too if it had one.
    if (state.status === 'signed-in') await signOut().catch(() => undefined);
    navigate('/sign-in', { replace: true, state: { passwordReset: true } satisfies SignInLocationState });
  }

  return (
    <PublicLayout>
      <h1 className="public-title">{t('reset.heading')}</h1>
      {token === '' ? (
        <p className="error-text" role="alert" data-testid="reset-missing-token">
          {t('reset.missingToken')}
        </p>
      ) : (
        <>
          <p className="public-intro">{t('reset.intro')}</p>
          <form className="form" onSubmit={handleSubmit} aria-busy={submitting} noValidate data-testid="reset-form">
            <InputField
              label={t('invite.password')}
              type="password"
              name="new-password"
              autoComplete="new-password"
              required
              autoFocus
              ref={passwordRef}
              hint={t('invite.passwordHint')}
              error={fieldErrors.password ?? server.byField.password}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              testId="reset-password"
            />
            <InputField
              label={t('invite.confirm')}
              type="password"
              name="confirm-password"
              autoComplete="new-password"
              required
              ref={confirmationRef}
              error={fieldErrors.confirmation}
              value={confirmation}
              onChange={(event) => setConfirmation(event.target.value)}
              testId="reset-password-confirm"
            />
            {server.rest !== null && <ErrorText error={server.rest} testId="reset-error" />}
            <BusyButton type="submit" variant="primary" className="button-block" busy={submitting} busyLabel={t('reset.submitting')} testId="reset-submit">
              {t('reset.submit')}
            </BusyButton>
          </form>
        </>
      )}
      <p className="hint">
        <Link to="/forgot-password">{t('reset.askAgain')}</Link>
      </p>
    </PublicLayout>
  );
}
