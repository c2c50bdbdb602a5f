import { ApiError } from '../api/client';
import { useI18n } from '../i18n/I18nContext';
import { type FieldLabels, fieldKeyOf, translateServerMessage } from '../i18n/server-message';

/**
 * Turns any error into sentences for the user, in their language: the API's messages by their
 * codes (each problem of `errors` on its own), its English sentences for a message without a
 * known code, otherwise a translated sentence saying what kind of failure it was.
 */
export function useErrorMessages(): (error: unknown, labels?: FieldLabels) => readonly string[] {
  const i18n = useI18n();
  return (error, labels) => {
    if (error instanceof ApiError) {
      if (error.errors.length > 0) return error.errors.map((detail) => translateServerMessage(detail, i18n, { labels }));
      if (error.code) return [translateServerMessage({ code: error.code, params: error.params, message: error.messages.join(' ') }, i18n, { labels })];
      if (error.messages.length > 0) return error.messages;
      if (error.kind === 'network') return [i18n.t('error.network')];
      return [i18n.t('error.unexpected', { status: String(error.status) })];
    }
    return [i18n.t('error.generic')];
  };
}

/** The API's error id (present on 5xx answers), for quoting to support. */
export function errorReference(error: unknown): string | undefined {
  return error instanceof ApiError ? error.errorId : undefined;
}

export interface FieldErrors {
  /** Each form field's problems in the user's language, keyed as in the labels. */
  byField: Readonly<Record<string, string>>;
  /** What no field shows, for <ErrorText>; null when every problem is beside its field. */
  rest: unknown;
}

/**
 * Puts the API's problems beside the form fields they name: `labels` maps the request's field
 * paths (`pointsMultiplier`, `weeklySlots.0.time`) to the form's labels, which the sentences
 * use ("Points multiplier: at most 10"). A problem about a deeper path goes to the nearest field
 * listed; problems about no listed field stay in `rest`.
 */
export function useFieldErrors(error: unknown, labels: Readonly<Record<string, string>>): FieldErrors {
  const i18n = useI18n();
  if (!(error instanceof ApiError) || error.errors.length === 0) return { byField: {}, rest: error };
  const byField: Record<string, string> = {};
  const remaining = error.errors.filter((detail) => {
    const key = detail.field === undefined ? undefined : fieldKeyOf(detail.field, labels);
    if (key === undefined) return true;
    const text = translateServerMessage(detail, i18n, { labels });
    byField[key] = byField[key] ? `${byField[key]} ${text}` : text;
    return false;
  });
  if (remaining.length === error.errors.length) return { byField, rest: error };
  const rest = remaining.length === 0 ? null : new ApiError(error.kind, error.status, remaining.map((d) => d.message), error.errorId, error.body, error.code, error.params, remaining);
  return { byField, rest };
}
