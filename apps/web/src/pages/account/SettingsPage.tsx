import { useMemo, useState, type FormEvent } from 'react';
import type { WeeklySlot } from '../../api/models';
import { useAuth, useCurrentUser } from '../../auth/AuthContext';
import { SaveFooter } from '../../components/SaveFooter';
import { useFieldErrors } from '../../components/errorMessages';
import { CheckboxField, SelectField } from '../../components/fields';
import { FormCard } from '../../components/FormCard';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nContext';
import { isLocale, LOCALES, type Locale } from '../../i18n/locale';
import { useWeekdayName } from '../../hooks/useWeekdayName';
import { timeZones } from '../../lib/time';
import { MailPreferencesCard } from './MailPreferencesCard';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The person's own settings: language, timezone, weekly slots, the leaderboard, and what Chorus mails them. */
export function SettingsPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const { updateProfile } = useAuth();
  const [locale, setLocale] = useState<Locale>(isLocale(user.locale) ? user.locale : 'en');
  const [timezone, setTimezone] = useState(user.timezone);
  const [slots, setSlots] = useState<WeeklySlot[]>(user.weeklySlots ?? []);
  const [optOut, setOptOut] = useState(user.leaderboardOptOut);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const zones = useMemo(() => timeZones(user.timezone), [user.timezone]);
  const isEmployee = user.roles.includes('employee');
  const weekdayName = useWeekdayName();
  const fieldErrors = useFieldErrors(error, {
    locale: t('settings.language'),
    timezone: t('settings.timezone'),
    leaderboardOptOut: t('settings.optOut'),
    weeklySlots: t('settings.slots'),
    ...Object.fromEntries(
      slots.flatMap((_, index) => [
        [`weeklySlots.${index}`, t('settings.slotTime', { number: index + 1 })],
        [`weeklySlots.${index}.weekday`, t('settings.slotDay', { number: index + 1 })],
        [`weeklySlots.${index}.time`, t('settings.slotTime', { number: index + 1 })],
      ]),
    ),
  });
  const slotError = (index: number) =>
    [`weeklySlots.${index}`, `weeklySlots.${index}.weekday`, `weeklySlots.${index}.time`].map((key) => fieldErrors.byField[key]).filter(Boolean).join(' ') || undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    setSaved(false);
    try {
      await updateProfile({ locale, timezone, leaderboardOptOut: optOut, ...(isEmployee ? { weeklySlots: slots } : {}) });
      setSaved(true);
    } catch (saveError) {
      setError(saveError);
    } finally {
      setSaving(false);
    }
  }

  function updateSlot(index: number, change: Partial<WeeklySlot>) {
    setSlots((current) => current.map((slot, position) => (position === index ? { ...slot, ...change } : slot)));
    setSaved(false);
  }

  return (
    <Page title={t('nav.settings')} intro={t('settings.intro')} testId="page-settings">
      <form className="form settings-form" onSubmit={submit} noValidate aria-busy={saving}>
        <FormCard id="settings-general" title={t('settings.general')}>
          <SelectField
            label={t('settings.language')}
            value={locale}
            onChange={(event) => setLocale(event.target.value as Locale)}
            error={fieldErrors.byField.locale}
            options={LOCALES.map((option) => ({ value: option, label: t(`language.${option}`) }))}
            testId="settings-language"
          />
          <SelectField
            label={t('settings.timezone')}
            hint={t('settings.timezoneHint')}
            value={timezone}
            onChange={(event) => setTimezone(event.target.value)}
            error={fieldErrors.byField.timezone}
            options={zones.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))}
            testId="settings-timezone"
          />
        </FormCard>

        {isEmployee && (
          <FormCard id="settings-slots" title={t('settings.slots')}>
            <p className="field-hint">{t('settings.slotsHint')}</p>
            {fieldErrors.byField.weeklySlots && (
              <p className="field-error" data-testid="slots-error">
                {fieldErrors.byField.weeklySlots}
              </p>
            )}
            {slots.length === 0 ? (
              <p className="muted" data-testid="no-slots">
                {t('settings.noSlots')}
              </p>
            ) : (
              <ul className="slot-list" data-testid="slot-list">
                {slots.map((slot, index) => (
                  <li key={index} className="slot-row">
                    <label className="visually-hidden" htmlFor={`slot-day-${index}`}>
                      {t('settings.slotDay', { number: index + 1 })}
                    </label>
                    <select id={`slot-day-${index}`} className="select" value={slot.weekday} aria-invalid={slotError(index) ? true : undefined} aria-describedby={slotError(index) ? `slot-error-${index}` : undefined} onChange={(event) => updateSlot(index, { weekday: Number(event.target.value) })}>
                      {WEEKDAYS.map((day) => (
                        <option key={day} value={day}>
                          {weekdayName(day)}
                        </option>
                      ))}
                    </select>
                    <label className="visually-hidden" htmlFor={`slot-time-${index}`}>
                      {t('settings.slotTime', { number: index + 1 })}
                    </label>
                    <input id={`slot-time-${index}`} type="time" className="input input-time" value={slot.time} aria-invalid={slotError(index) ? true : undefined} aria-describedby={slotError(index) ? `slot-error-${index}` : undefined} onChange={(event) => updateSlot(index, { time: event.target.value })} required />
                    <button type="button" className="button button-ghost" onClick={() => setSlots((current) => current.filter((_, position) => position !== index))}>
                      {t('common.remove')}
                      <span className="visually-hidden">
                        {' '}
                        {weekdayName(slot.weekday)} {slot.time}
                      </span>
                    </button>
                    {slotError(index) && (
                      <p className="field-error slot-error" id={`slot-error-${index}`}>
                        {slotError(index)}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setSlots((current) => [...current, { weekday: 2, time: '09:00' }])}
              disabled={slots.length >= 21}
              data-testid="add-slot"
            >
              {t('settings.addSlot')}
            </button>
          </FormCard>
        )}

        <FormCard id="settings-leaderboard" title={t('settings.leaderboard')}>
          <CheckboxField label={t('settings.optOut')} hint={t('settings.optOutHint')} checked={optOut} onChange={(event) => setOptOut(event.target.checked)} testId="settings-opt-out" />
          {fieldErrors.byField.leaderboardOptOut && <p className="field-error">{fieldErrors.byField.leaderboardOptOut}</p>}
        </FormCard>

        <SaveFooter error={fieldErrors.rest} saved={saved} busy={saving} label={t('settings.save')} testIdPrefix="settings" />
      </form>
      <MailPreferencesCard />
    </Page>
  );
}
