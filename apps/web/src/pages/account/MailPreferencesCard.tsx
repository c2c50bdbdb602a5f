import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router-dom';
import { updateMailPreferences } from '../../api/mail';
import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS, type MailPreferences, type MailPreferencesChanges, type NotificationDeliveries, type NotificationDelivery } from '../../api/models';
import { queries } from '../../api/queries';
import { SaveFooter } from '../../components/SaveFooter';
import { useFieldErrors } from '../../components/errorMessages';
import { SelectField } from '../../components/fields';
import { FormCard } from '../../components/FormCard';
import { Notice } from '../../components/Notice';
import { QueryView } from '../../components/QueryView';
import { useWeekdayName } from '../../hooks/useWeekdayName';
import { useI18n } from '../../i18n/I18nContext';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Settings' "Email" card (`/settings#mail`, where every mail's footer links): how each kind of notification reaches the person. */
export function MailPreferencesCard() {
  const { t } = useI18n();
  const preferences = useQuery(queries.mailPreferences());
  const location = useLocation();
  const card = useRef<HTMLDivElement>(null);
  const loaded = preferences.data !== undefined;

  // The browser looked for #mail before the card was there; go to it once it is.
  useEffect(() => {
    if (loaded && location.hash === '#mail') card.current?.scrollIntoView({ block: 'start' });
  }, [loaded, location.hash]);

  return (
    <div ref={card} className="settings-form mail-settings">
      <FormCard id="mail" title={t('mailSettings.title')} testId="mail-settings">
        <QueryView query={preferences} inlineError>
          {(data) => <MailPreferencesForm preferences={data} />}
        </QueryView>
      </FormCard>
    </div>
  );
}

function MailPreferencesForm({ preferences }: { preferences: MailPreferences }) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const weekdayName = useWeekdayName();
  const [deliveries, setDeliveries] = useState<NotificationDeliveries>(preferences.deliveries);
  const [weeklyDigestDay, setWeeklyDigestDay] = useState(preferences.weeklyDigestDay);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fieldErrors = useFieldErrors(error, { weeklyDigestDay: t('mailSettings.weeklyDay'), ...Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, t(`mailKind.${kind}`)])) });
  const deliveryName = (delivery: NotificationDelivery) => t(`mailDelivery.${delivery}`);
  const hour = formatDate(Date.UTC(2024, 0, 1, preferences.digestHour), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const weeklyUsed = NOTIFICATION_KINDS.some((kind) => deliveries[kind] === 'weekly');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setSaved(false);
    setError(null);
    const changes: MailPreferencesChanges = { weeklyDigestDay };
    for (const kind of NOTIFICATION_KINDS) if (deliveries[kind] !== preferences.deliveries[kind]) changes[kind] = deliveries[kind];
    try {
      const answer = await updateMailPreferences(changes);
      setSaved(true);
      // What the next save is compared with.
      queryClient.setQueryData(queries.mailPreferences().queryKey, answer);
    } catch (saveError) {
      setError(saveError);
    } finally {
      setSaving(false);
    }
  }

  function choose(change: () => void) {
    change();
    setSaved(false);
  }

  return (
    <form className="mail-settings-form" onSubmit={submit} noValidate aria-busy={saving} data-testid="mail-settings-form">
      <p className="field-hint">{t('mailSettings.intro', { time: hour })}</p>
      {!preferences.mailSent && (
        <Notice testId="mail-kept">{t('mailSettings.kept')}</Notice>
      )}
      <div className="mail-kinds">
        {NOTIFICATION_KINDS.map((kind) => (
          <SelectField
            key={kind}
            label={t(`mailKind.${kind}`)}
            hint={deliveries[kind] === preferences.defaults[kind] ? undefined : t('mailSettings.default', { delivery: deliveryName(preferences.defaults[kind]) })}
            value={deliveries[kind]}
            error={fieldErrors.byField[kind]}
            onChange={(event) => choose(() => setDeliveries((current) => ({ ...current, [kind]: event.target.value as NotificationDelivery })))}
            options={NOTIFICATION_DELIVERIES.map((delivery) => ({ value: delivery, label: deliveryName(delivery) }))}
            testId={`mail-kind-${kind}`}
          />
        ))}
      </div>
      <SelectField
        label={t('mailSettings.weeklyDay')}
        hint={weeklyUsed ? t('mailSettings.weeklyDayHint') : t('mailSettings.weeklyDayUnused')}
        value={weeklyDigestDay}
        error={fieldErrors.byField.weeklyDigestDay}
        onChange={(event) => choose(() => setWeeklyDigestDay(Number(event.target.value)))}
        options={WEEKDAYS.map((day) => ({ value: String(day), label: weekdayName(day) }))}
        testId="mail-weekly-day"
      />
      <SaveFooter error={fieldErrors.rest} saved={saved} savedText={t('mailSettings.saved')} busy={saving} label={t('mailSettings.save')} testIdPrefix="mail-settings" />
    </form>
  );
}
