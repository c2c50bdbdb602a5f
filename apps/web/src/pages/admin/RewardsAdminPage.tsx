import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { approveRedemption, createReward, rejectRedemption, updateReward } from '../../api/gamification';
import { AFFECTED_BY, markStale, queries, upsertInList } from '../../api/queries';
import type { Redemption, Reward } from '../../api/models';
import { BusyButton } from '../../components/BusyButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorText } from '../../components/ErrorText';
import { useFieldErrors } from '../../components/errorMessages';
import { CheckboxField, InputField, TextAreaField } from '../../components/fields';
import { FormCard } from '../../components/FormCard';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { SegmentedControl } from '../../components/SegmentedControl';
import { Tag } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nContext';
import { redemptionTone } from '../../lib/labels';
import { redemptionKey } from '../employee/PointsPage';
import { useSubmit } from '../../hooks/useSubmit';

type Filter = 'pending' | 'fulfilled' | 'rejected' | 'all';

/** The rewards catalogue, and redemptions waiting for fulfilment. */
export function RewardsAdminPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const rewards = useQuery(queries.rewards());
  const [filter, setFilter] = useState<Filter>('pending');
  const listed = queries.redemptions(filter === 'all' ? undefined : filter);
  const redemptions = useQuery({ ...listed, placeholderData: keepPreviousData });

  const decided = (updated: Redemption) => {
    queryClient.setQueryData(listed.queryKey, (current) => current?.map((item) => (item.id === updated.id ? { ...item, ...updated } : item)));
    markStale(queryClient, AFFECTED_BY.redemption);
  };
  const saved = (reward: Reward) => {
    upsertInList(queryClient, queries.rewards().queryKey, reward);
    markStale(queryClient, [['rewards']]);
  };

  return (
    <Page title={t('nav.rewards')} intro={t('rewards.intro')} testId="page-rewards">
      <h2>{t('rewards.redemptions')}</h2>
      <div className="toolbar">
        <SegmentedControl<Filter>
          legend={t('common.status')}
          hideLegend
          value={filter}
          onChange={setFilter}
          options={(['pending', 'fulfilled', 'rejected', 'all'] as const).map((value) => ({ value, label: value === 'all' ? t('rewards.allRedemptions') : t(`redemptionStatus.${value}`) }))}
        />
      </div>
      <QueryView query={redemptions} empty={<EmptyState title={filter === 'pending' ? t('rewards.noPending') : t('rewards.noRedemptions')} />}>
        {(list) => (
          <ul className="redemption-list" data-testid="redemption-list">
            {list.map((redemption) => (
              <RedemptionItem key={redemption.id} redemption={redemption} onDecided={decided} />
            ))}
          </ul>
        )}
      </QueryView>

      <h2>{t('rewards.catalogue')}</h2>
      <QueryView
        query={rewards}
        empty={{ title: t('rewards.emptyCatalogue'), body: t('rewards.emptyCatalogueBody') }}
      >
        {(list) => (
          <ul className="reward-admin-list">
            {list.map((reward) => (
              <RewardEditor key={reward.id} reward={reward} onSaved={saved} />
            ))}
          </ul>
        )}
      </QueryView>
      <NewReward onCreated={saved} />
    </Page>
  );
}

function RedemptionItem({ redemption, onDecided }: { redemption: Redemption; onDecided: (redemption: Redemption) => void }) {
  const { t, formatDate, formatNumber } = useI18n();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<'approve' | 'reject' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const noteId = `redemption-note-${redemption.id}`;
  const [noteError, setNoteError] = useState<string | null>(null);
  const fieldErrors = useFieldErrors(error, { note: t('rewards.note') });
  const shownNoteError = noteError ?? fieldErrors.byField.note;

  async function decide(approve: boolean) {
    if (!approve && note.trim() === '') {
      setNoteError(t('rewards.noteRequired'));
      document.getElementById(noteId)?.focus();
      return;
    }
    setNoteError(null);
    setBusy(approve ? 'approve' : 'reject');
    setError(null);
    try {
      const updated = approve ? await approveRedemption(redemption.id, note.trim() || undefined) : await rejectRedemption(redemption.id, note.trim());
      onDecided({ ...updated, status: updated.status || (approve ? 'fulfilled' : 'rejected') });
    } catch (decideError) {
      setError(decideError);
    } finally {
      setBusy(null);
    }
  }

  return (
    <li className="card redemption-item">
      <div className="redemption-head">
        <p>
          <strong>{redemption.user?.name ?? t('rewards.someone')}</strong> · {redemption.rewardName ?? '–'}
          {redemption.cost !== null && <> · {t('points.cost', { points: formatNumber(redemption.cost) })}</>}
        </p>
        <Tag tone={redemptionTone(redemption.status)}>{t(`redemptionStatus.${redemptionKey(redemption.status)}`)}</Tag>
      </div>
      {redemption.createdAt && <p className="muted small">{formatDate(redemption.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</p>}
      {redemption.status === 'pending' && (
        <>
          <div className="field">
            <label className="field-label" htmlFor={noteId}>
              {t('rewards.note')}
            </label>
            <input
              id={noteId}
              className="input"
              value={note}
              onChange={(event) => setNote(event.target.value)}
              aria-invalid={shownNoteError ? true : undefined}
              aria-describedby={shownNoteError ? `${noteId}-error` : undefined}
            />
            {shownNoteError && (
              <p className="field-error" id={`${noteId}-error`}>
                {shownNoteError}
              </p>
            )}
          </div>
          {fieldErrors.rest !== null && <ErrorText error={fieldErrors.rest} />}
          <div className="button-row">
            <BusyButton variant="primary" busy={busy === 'approve'} busyLabel={t('common.saving')} disabled={busy !== null} onClick={() => decide(true)}>
              {t('rewards.approve')}
            </BusyButton>
            <BusyButton variant="danger" busy={busy === 'reject'} busyLabel={t('common.saving')} disabled={busy !== null} onClick={() => decide(false)}>
              {t('rewards.reject')}
            </BusyButton>
          </div>
        </>
      )}
      {redemption.note && redemption.status !== 'pending' && <p className="muted small">{redemption.note}</p>}
    </li>
  );
}

function RewardEditor({ reward, onSaved }: { reward: Reward; onSaved: (reward: Reward) => void }) {
  const { t } = useI18n();
  const [cost, setCost] = useState(String(reward.cost));
  const [stock, setStock] = useState(reward.stock === null ? '' : String(reward.stock));
  const [active, setActive] = useState(reward.active);
  const { busy, error, run } = useSubmit();
  const changed = cost !== String(reward.cost) || stock !== (reward.stock === null ? '' : String(reward.stock)) || active !== reward.active;
  const fieldErrors = useFieldErrors(error, { cost: t('rewards.cost'), stock: t('rewards.stock'), active: t('rewards.active') });

  async function save(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const updated = await updateReward(reward.id, { cost: Number(cost), stock: stock.trim() === '' ? null : Number(stock), active });
      onSaved({ ...reward, ...updated, name: updated.name || reward.name });
    });
  }

  return (
    <li className="card reward-admin">
      <form className="form form-inline" onSubmit={save} noValidate aria-busy={busy} aria-label={reward.name}>
        <div className="reward-admin-name">
          <strong>{reward.name}</strong>
          {reward.description && <span className="muted small block">{reward.description}</span>}
        </div>
        <InputField label={t('rewards.cost')} type="number" min={1} value={cost} onChange={(event) => setCost(event.target.value)} error={fieldErrors.byField.cost} />
        <InputField label={t('rewards.stock')} hint={t('rewards.stockHint')} type="number" min={0} value={stock} onChange={(event) => setStock(event.target.value)} error={fieldErrors.byField.stock} />
        <CheckboxField label={t('rewards.active')} checked={active} onChange={(event) => setActive(event.target.checked)} />
        <div className="form-inline-submit">
          <BusyButton type="submit" busy={busy} busyLabel={t('common.saving')} disabled={!changed}>
            {t('common.save')}
          </BusyButton>
        </div>
      </form>
      {fieldErrors.byField.active && <p className="field-error">{fieldErrors.byField.active}</p>}
      {fieldErrors.rest !== null && <ErrorText error={fieldErrors.rest} />}
    </li>
  );
}

function NewReward({ onCreated }: { onCreated: (reward: Reward) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [cost, setCost] = useState('100');
  const [stock, setStock] = useState('');
  const { busy, error, run } = useSubmit();
  const fieldErrors = useFieldErrors(error, { name: t('rewards.name'), description: t('rewards.description'), cost: t('rewards.cost'), stock: t('rewards.stock') });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      onCreated(await createReward({ name: name.trim(), description: description.trim() || undefined, cost: Number(cost), stock: stock.trim() === '' ? null : Number(stock) }));
      setName('');
      setDescription('');
    });
  }

  return (
    <FormCard id="new-reward" title={t('rewards.new')} narrow>
      <form className="form" onSubmit={submit} noValidate aria-busy={busy}>
        <InputField label={t('rewards.name')} value={name} onChange={(event) => setName(event.target.value)} error={fieldErrors.byField.name} required testId="reward-name" />
        <TextAreaField label={t('rewards.description')} value={description} onChange={(event) => setDescription(event.target.value)} error={fieldErrors.byField.description} rows={2} />
        <div className="field-pair">
          <InputField label={t('rewards.cost')} type="number" min={1} value={cost} onChange={(event) => setCost(event.target.value)} error={fieldErrors.byField.cost} testId="reward-cost" />
          <InputField label={t('rewards.stock')} hint={t('rewards.stockHint')} type="number" min={0} value={stock} onChange={(event) => setStock(event.target.value)} error={fieldErrors.byField.stock} testId="reward-stock" />
        </div>
        {fieldErrors.rest !== null && <ErrorText error={fieldErrors.rest} />}
        <div>
          <BusyButton type="submit" variant="primary" busy={busy} busyLabel={t('common.saving')} disabled={name.trim() === ''} testId="reward-create">
            {t('rewards.create')}
          </BusyButton>
        </div>
      </form>
    </FormCard>
  );
}
