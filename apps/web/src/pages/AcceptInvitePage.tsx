import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { checkInvite } from '../api/auth';
import { useAuth } from '../auth/AuthContext';
import { BusyButton } from '../components/BusyButton';
import { ErrorText } from '../components/ErrorText';
import { InputField } from '../components/fields';
import { LoadingState } from '../components/LoadingState';
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

/** `/invite?token=…`: an invited person chooses a password and is signed in. */
export function AcceptInvitePage() {
  const t = useT();
  const { acceptInvite } = useAuth();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const server = useFieldErrors(error, { password: t('invite.password') });
  const confirmationRef = useRef<HTMLInputElement>(null);
  usePageTitle(t('invite.pageTitle'));
  // Asked first, so a used or expired link says so instead of offering a form that cannot work.
  const invite = useQuery({ queryKey: ['invite', token], queryFn: ({ signal }) => checkInvite(token, signal), enabled: token !== '', retry: false, staleTime: Infinity });

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
      // Focus reads the field's error aloud, since the form itself announces nothing.
      (errors.password ? passwordRef : confirmationRef).current?.focus();
      return;
    }

    setSubmitting(true);
    try {
      await acceptInvite(token, password);
      navigate('/', { replace: true });
    } catch (acceptError) {
      setError(acceptError);
      setSubmitting(false);
    }
  }

  return (
    <PublicLayout>
      <h1 className="public-title">{t('invite.heading')}</h1>
      {token === '' ? (
        <p className="error-text" role="alert" data-testid="invite-missing-token">
          {t('invite.missingToken')}
        </p>
      ) : invite.error !== null ? (
        <>
          <ErrorText error={invite.error} testId="invite-unusable" />
          <p className="hint">
            {t('invite.unusableHint')} <Link to="/forgot-password">{t('invite.forgotPassword')}</Link>
          </p>
        </>
      ) : !invite.data ? (
        <LoadingState />
      ) : (
        <>
          <p className="public-intro" data-testid="invite-for">
            {t('invite.introFor', { name: invite.data.name, email: invite.data.email, organization: invite.data.organizationName })}
          </p>
          <form className="form" onSubmit={handleSubmit} aria-busy={submitting} noValidate data-testid="invite-form">
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
              testId="invite-password"
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
              testId="invite-password-confirm"
            />
            {server.rest !== null && <ErrorText error={server.rest} testId="invite-error" />}
            <BusyButton type="submit" variant="primary" className="button-block" busy={submitting} busyLabel={t('invite.submitting')} testId="invite-submit">
              {t('invite.submit')}
            </BusyButton>
          </form>
        </>
      )}
      <p className="hint">
        {t('invite.haveAccount')} <Link to="/sign-in">{t('invite.goToSignIn')}</Link>
      </p>
    </PublicLayout>
  );
}
