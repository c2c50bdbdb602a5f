export const LOCALES = ['en', 'id'] as const;

export type Locale = (typeof LOCALES)[number];

/** BCP 47 tags handed to Intl for each supported locale. */
export const INTL_LOCALE: Record<Locale, string> = {
  en: 'en-GB',
  id: 'id-ID',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The first supported language the browser asks for; English otherwise. */
export function browserLocale(languages: readonly string[] = navigator.languages): Locale {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    // "in" is the legacy ISO code for Indonesian that some systems still report.
    if (primary === 'id' || primary === 'in') return 'id';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
