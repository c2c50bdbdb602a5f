import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, type MessageKey, type Messages } from './en';
import { id } from './id';
import { browserLocale, INTL_LOCALE, type Locale } from './locale';

const MESSAGES: Record<Locale, Messages> = { en, id };

export type MessageValues = Record<string, string | number>;

export interface I18n {
  locale: Locale;
  /** The signed-in user's timezone; undefined means the browser's own. */
  timeZone: string | undefined;
  setLocale(locale: Locale): void;
  setTimeZone(timeZone: string | undefined): void;
  t(key: MessageKey, values?: MessageValues): string;
  formatDate(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  formatList(items: readonly string[], options?: Intl.ListFormatOptions): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(() => browserLocale());
  const [timeZone, setTimeZoneState] = useState<string | undefined>(undefined);

  // An unknown zone would make every Intl date call throw; fall back to the browser's.
  const setTimeZone = useCallback((zone: string | undefined) => {
    setTimeZoneState(zone !== undefined && isValidTimeZone(zone) ? zone : undefined);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const formatNumber = useCallback(
    (value: number, options?: Intl.NumberFormatOptions) =>
      new Intl.NumberFormat(INTL_LOCALE[locale], options).format(value),
    [locale],
  );

  const t = useCallback(
    (key: MessageKey, values?: MessageValues) => {
      const template = MESSAGES[locale][key];
      if (!values) return template;
      return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
        const value = values[name];
        if (value === undefined) return placeholder;
        return typeof value === 'number' ? formatNumber(value) : value;
      });
    },
    [locale, formatNumber],
  );

  const formatDate = useCallback(
    (value: Date | string | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }) =>
      new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone, ...options }).format(new Date(value)),
    [locale, timeZone],
  );

  const formatList = useCallback(
    (items: readonly string[], options: Intl.ListFormatOptions = { type: 'conjunction' }) =>
      new Intl.ListFormat(INTL_LOCALE[locale], options).format(items),
    [locale],
  );

  const value = useMemo<I18n>(
    () => ({ locale, timeZone, setLocale, setTimeZone, t, formatDate, formatNumber, formatList }),
    [locale, timeZone, setTimeZone, t, formatDate, formatNumber, formatList],
  );

  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const context = use(I18nContext);
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>.');
  return context;
}

/** Shorthand for components that only need translated text. */
export function useT(): I18n['t'] {
  return useI18n().t;
}

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
