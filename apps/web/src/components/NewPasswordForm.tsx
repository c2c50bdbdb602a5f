import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../i18n/I18nContext';
import { BusyButton } from './BusyButton';
import { useFieldErrors } from './errorMessages';
import { ErrorText } from './ErrorText';
import { InputField } from './fields';

/** Kept in step with the API's rule so people learn it before submitting. */
const MIN_PASSWORD_LENGTH = 10;

interface NewPasswordFormProps {
  /** Prefix of the test ids: `<prefix>-form`, `<prefix>-password`, `<prefix>-password-confirm`, `<prefix>-error`, `<prefix>-submit`. */
  testIdPrefix: string;
  submitLabel: string;
  submittingLabel: string;
  /** Sends the password; a rejection is shown under the fields (beside the password when the API names it). */
  onSubmit: (password: string) => Promise<void>;
}

/** A new password typed twice, checked here first (length, repeat), for invitations and resets. */
export function NewPasswordForm({ testIdPrefix, submitLabel, submittingLabel, onSubmit }: NewPasswordFormProps) {
  const t = useT();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ password?: string; confirmation?: string }>({});
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);
  const server = useFieldErrors(error, { password: t('invite.password') });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const errors = password.length < MIN_PASSWORD_LENGTH ? { password: t('invite.tooShort') } : confirmation !== password ? { confirmation: t('invite.mismatch') } : {};
    setFieldErrors(errors);
    setError(null);
    if (errors.password || errors.confirmation) {
      // Focus reads the field's error aloud, since the form itself announces nothing.
      (errors.password ? passwordRef : confirmationRef).current?.focus();
      return;
    }
    setSubmitting(true);
    try {
      await onSubmit(password);
    } catch (submitError) {
      setError(submitError);
      setSubmitting(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit} aria-busy={submitting} noValidate data-testid={`${testIdPrefix}-form`}>
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
        testId={`${testIdPrefix}-password`}
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
        testId={`${testIdPrefix}-password-confirm`}
      />
      {server.rest !== null && <ErrorText error={server.rest} testId={`${testIdPrefix}-error`} />}
      <BusyButton type="submit" variant="primary" className="button-block" busy={submitting} busyLabel={submittingLabel} testId={`${testIdPrefix}-submit`}>
        {submitLabel}
      </BusyButton>
    </form>
  );
}
