import { useId, useState, type ChangeEvent } from 'react';
import { ApiError } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { ErrorText } from '../components/ErrorText';
import { useI18n } from '../i18n/I18nContext';
import { isLocale, LOCALES } from '../i18n/locale';

/**
 * Switches the interface language at once. For a signed-in user the choice is saved to
 * their profile; before sign-in it lasts until the page is left.
 */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const { state, updateProfile } = useAuth();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const id = useId();

  async function handleChange(event: ChangeEvent<HTMLSelectElement>) {
    const next = event.target.value;
    if (!isLocale(next) || next === locale) return;
    const previous = locale;
    setLocale(next);
    setError(null);
    if (state.status !== 'signed-in') return;

    setSaving(true);
    try {
      await updateProfile({ locale: next });
    } catch (saveError) {
      // A lost session sends the user to sign in, where the new choice still applies.
      if (saveError instanceof ApiError && saveError.isUnauthorized) return;
      setLocale(previous);
      setError(saveError);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="language-switch">
      <label className="language-switch-label" htmlFor={id}>
        {t('language.label')}
      </label>
      <select
        id={id}
        className="select"
        value={locale}
        onChange={handleChange}
        disabled={saving}
        data-testid="language-switch"
      >
        {LOCALES.map((option) => (
          // Each language is named in itself, so it can be found by those who read it.
          <option key={option} value={option} lang={option}>
            {t(`language.${option}`)}
          </option>
        ))}
      </select>
      {error !== null && <ErrorText error={error} testId="language-switch-error" />}
    </div>
  );
}
