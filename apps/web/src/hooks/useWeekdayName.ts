import { useI18n } from '../i18n/I18nContext';

/** "Monday" … "Sunday" in the interface language, for ISO weekdays 1–7. */
export function useWeekdayName(): (weekday: number) => string {
  const { formatDate } = useI18n();
  // 2024-01-01 was a Monday.
  return (weekday) => formatDate(Date.UTC(2024, 0, weekday, 12), { weekday: 'long', timeZone: 'UTC' });
}
