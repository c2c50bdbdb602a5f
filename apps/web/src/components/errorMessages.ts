import { ApiError } from '../api/client';
import { useT } from '../i18n/I18nContext';

/**
 * Turns any error into sentences for the user: the API's own sentences when it sent some,
 * otherwise a translated sentence saying what kind of failure it was.
 */
export function useErrorMessages(): (error: unknown) => readonly string[] {
  const t = useT();
  return (error) => {
    if (error instanceof ApiError) {
      if (error.messages.length > 0) return error.messages;
      if (error.kind === 'network') return [t('error.network')];
      return [t('error.unexpected', { status: String(error.status) })];
    }
    return [t('error.generic')];
  };
}

/** The API's error id (present on 5xx answers), for quoting to support. */
export function errorReference(error: unknown): string | undefined {
  return error instanceof ApiError ? error.errorId : undefined;
}
