import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { describeUnsubscribe, unsubscribe } from '../api/mail';
import { isNotificationKind, type UnsubscribeAnswer } from '../api/models';
import { BusyButton } from '../components/BusyButton';
import { ErrorText } from '../components/ErrorText';
import { LoadingState } from '../components/LoadingState';
import { usePageTitle } from '../components/Page';
import { useT } from '../i18n/I18nContext';
import { MailedLinkPage, useLinkToken } from '../layout/MailedLinkPage';

/**
 * `/unsubscribe?token=…`, the link in every mail's footer. Opening it changes nothing (mail
 * scanners open links); the button does.
 */
export function UnsubscribePage() {
  const t = useT();
  const token = useLinkToken();
  const described = useQuery({ queryKey: ['unsubscribe', token], queryFn: ({ signal }) => describeUnsubscribe(token, signal), enabled: token !== '' });
  const stop = useMutation({ mutationFn: () => unsubscribe(token) });
  usePageTitle(t('unsubscribe.pageTitle'));
  const answer = stop.data ?? described.data;

  return (
    <MailedLinkPage
      title={t('unsubscribe.heading')}
      token={token}
      missing={t('unsubscribe.missingToken')}
      testIdPrefix="unsubscribe"
      footer={
        <p className="hint">
          {t('unsubscribe.settingsHint')} <Link to="/settings#mail">{t('unsubscribe.settingsLink')}</Link>
        </p>
      }
    >
      {described.error ? (
        <ErrorText error={described.error} testId="unsubscribe-error" />
      ) : !answer ? (
        <LoadingState />
      ) : (
        <div data-testid="unsubscribe">
          <WhatStops answer={answer} />
          {answer.unsubscribed ? (
            <p className="notice notice-success" role="status" data-testid="unsubscribe-done">
              {t(stop.data ? 'unsubscribe.done' : 'unsubscribe.alreadyOff')}
            </p>
          ) : (
            <>
              {stop.error !== null && <ErrorText error={stop.error} testId="unsubscribe-stop-error" />}
              <BusyButton variant="primary" className="button-block" busy={stop.isPending} busyLabel={t('common.saving')} onClick={() => stop.mutate()} testId="unsubscribe-submit">
                {t('unsubscribe.submit')}
              </BusyButton>
            </>
          )}
        </div>
      )}
    </MailedLinkPage>
  );
}

function WhatStops({ answer }: { answer: UnsubscribeAnswer }) {
  const t = useT();
  const kinds = answer.kinds.map((kind) => (isNotificationKind(kind) ? t(`mailKind.${kind}`) : kind));
  return (
    <>
      <p className="public-intro" data-testid="unsubscribe-what">
        {answer.digest ? t(`unsubscribe.digest.${answer.digest}`, { email: answer.email }) : t('unsubscribe.kind', { email: answer.email })}
      </p>
      {kinds.length > 0 ? (
        <ul className="unsubscribe-kinds" data-testid="unsubscribe-kinds">
          {kinds.map((kind) => (
            <li key={kind}>{kind}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('unsubscribe.nothing')}</p>
      )}
    </>
  );
}
