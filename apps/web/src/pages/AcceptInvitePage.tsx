import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { checkInvite } from '../api/auth';
import { useAuth } from '../auth/AuthContext';
import { ErrorText } from '../components/ErrorText';
import { LoadingState } from '../components/LoadingState';
import { NewPasswordForm } from '../components/NewPasswordForm';
import { usePageTitle } from '../components/Page';
import { useT } from '../i18n/I18nContext';
import { MailedLinkPage, useLinkToken } from '../layout/MailedLinkPage';

/** `/invite?token=…`: an invited person chooses a password and is signed in. */
export function AcceptInvitePage() {
  const t = useT();
  const { acceptInvite } = useAuth();
  const navigate = useNavigate();
  const token = useLinkToken();
  usePageTitle(t('invite.pageTitle'));
  // Asked first, so a used or expired link says so instead of offering a form that cannot work.
  const invite = useQuery({ queryKey: ['invite', token], queryFn: ({ signal }) => checkInvite(token, signal), enabled: token !== '', retry: false, staleTime: Infinity });

  async function accept(password: string) {
    await acceptInvite(token, password);
    navigate('/', { replace: true });
  }

  return (
    <MailedLinkPage
      title={t('invite.heading')}
      token={token}
      missing={t('invite.missingToken')}
      testIdPrefix="invite"
      footer={
        <p className="hint">
          {t('invite.haveAccount')} <Link to="/sign-in">{t('invite.goToSignIn')}</Link>
        </p>
      }
    >
      {invite.error !== null ? (
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
          <NewPasswordForm testIdPrefix="invite" submitLabel={t('invite.submit')} submittingLabel={t('invite.submitting')} onSubmit={accept} />
        </>
      )}
    </MailedLinkPage>
  );
}
