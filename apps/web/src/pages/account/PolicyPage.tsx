import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { acknowledgePolicy } from '../../api/compliance';
import { queries } from '../../api/queries';
import { BusyButton } from '../../components/BusyButton';
import { ErrorText } from '../../components/ErrorText';
import { Markdown } from '../../components/Markdown';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { useI18n } from '../../i18n/I18nContext';
import { useSubmit } from '../../hooks/useSubmit';

/** The organisation's social-media policy, to read and acknowledge before a first approval. */
export function PolicyPage() {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const policy = useQuery(queries.currentPolicy());
  const { busy, error, run } = useSubmit();
  const [justAcknowledged, setJustAcknowledged] = useState(false);

  async function acknowledge() {
    await run(async () => {
      queryClient.setQueryData(queries.currentPolicy().queryKey, await acknowledgePolicy());
      void queryClient.invalidateQueries({ queryKey: queries.policyVersions().queryKey });
      setJustAcknowledged(true);
    });
  }

  return (
    <Page title={t('policy.title')} intro={t('policy.intro')} testId="page-policy">
      <QueryView
        query={policy}
        isEmpty={(current) => current === null}
        empty={{ title: t('policy.none'), body: t('policy.noneBody') }}
      >
        {(current) =>
          current && (
            <>
              <p className="muted" data-testid="policy-version">
                {t('policy.version', { version: current.version, date: formatDate(current.createdAt) })}
              </p>
              <article className="card policy-body" data-testid="policy-body">
                <Markdown source={current.body} />
              </article>
              <div className="policy-ack" data-testid="policy-ack" data-acknowledged={current.acknowledged}>
                {current.acknowledged ? (
                  <Notice tone="success" live={justAcknowledged} testId="policy-acknowledged">
                    {t('policy.acknowledgedOn', { date: formatDate(current.acknowledgedAt ?? new Date(), { dateStyle: 'long', timeStyle: 'short' }) })}{' '}
                    {justAcknowledged && <Link to="/feed">{t('policy.goToFeed')}</Link>}
                  </Notice>
                ) : (
                  <>
                    <p>{t('policy.ackExplanation')}</p>
                    {error !== null && <ErrorText error={error} />}
                    <BusyButton variant="primary" busy={busy} busyLabel={t('common.saving')} onClick={acknowledge} testId="policy-acknowledge">
                      {t('policy.acknowledge')}
                    </BusyButton>
                  </>
                )}
              </div>
            </>
          )
        }
      </QueryView>
    </Page>
  );
}
