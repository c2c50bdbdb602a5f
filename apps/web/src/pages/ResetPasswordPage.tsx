import { Link, useNavigate } from 'react-router-dom';
import { resetPassword } from '../api/mail';
import { useAuth } from '../auth/AuthContext';
import type { SignInLocationState } from '../auth/redirect';
import { NewPasswordForm } from '../components/NewPasswordForm';
import { usePageTitle } from '../components/Page';
import { useT } from '../i18n/I18nContext';
import { MailedLinkPage, useLinkToken } from '../layout/MailedLinkPage';

/** `/reset-password?token=…`, the link of the reset mail: a new password, then sign in with it. */
export function ResetPasswordPage() {
  const t = useT();
  const { state, signOut } = useAuth();
  const navigate = useNavigate();
  const token = useLinkToken();
  usePageTitle(t('reset.pageTitle'));

  async function reset(password: string) {
    await resetPassword(token, password);
    // The reset ended every sign-in of the account, this browser's too if it had one.
    if (state.status === 'signed-in') await signOut().catch(() => undefined);
    navigate('/sign-in', { replace: true, state: { passwordReset: true } satisfies SignInLocationState });
  }

  return (
    <MailedLinkPage
      title={t('reset.heading')}
      token={token}
      missing={t('reset.missingToken')}
      testIdPrefix="reset"
      footer={
        <p className="hint">
          <Link to="/forgot-password">{t('reset.askAgain')}</Link>
        </p>
      }
    >
      <p className="public-intro">{t('reset.intro')}</p>
      <NewPasswordForm testIdPrefix="reset" submitLabel={t('reset.submit')} submittingLabel={t('reset.submitting')} onSubmit={reset} />
    </MailedLinkPage>
  );
}
