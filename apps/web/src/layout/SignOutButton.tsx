import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { ErrorText } from '../components/ErrorText';
import { useT } from '../i18n/I18nContext';

export function SignOutButton() {
  const t = useT();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function handleClick() {
    setSigningOut(true);
    setError(null);
    try {
      await signOut();
      navigate('/sign-in', { replace: true });
    } catch (signOutError) {
      setError(signOutError);
      setSigningOut(false);
    }
  }

  return (
    <div className="sign-out">
      <button
        type="button"
        className="button button-secondary"
        onClick={handleClick}
        disabled={signingOut}
        aria-busy={signingOut}
        data-testid="sign-out"
      >
        {signingOut ? t('header.signingOut') : t('header.signOut')}
      </button>
      {error !== null && <ErrorText error={error} testId="sign-out-error" />}
    </div>
  );
}
