import { useT } from '../i18n/I18nContext';
import { BusyButton } from './BusyButton';
import { ErrorText } from './ErrorText';
import { Notice } from './Notice';

interface SaveFooterProps {
  /** What the server refused that belongs to no one field (shown above the button). */
  error: unknown;
  saved: boolean;
  /** The confirmation once saved; default "Saved". */
  savedText?: string;
  busy: boolean;
  /** The button's label; default "Save". */
  label?: string;
  disabled?: boolean;
  /** Prefix of the test ids: `<prefix>-saved` and `<prefix>-save`. */
  testIdPrefix?: string;
}

/** The end of a settings form: what went wrong, "Saved" once it is, and the submit button. */
export function SaveFooter({ error, saved, savedText, busy, label, disabled, testIdPrefix }: SaveFooterProps) {
  const t = useT();
  return (
    <>
      {error !== null && <ErrorText error={error} />}
      {saved && (
        <Notice tone="success" live testId={testIdPrefix && `${testIdPrefix}-saved`}>
          {savedText ?? t('settings.saved')}
        </Notice>
      )}
      <div>
        <BusyButton type="submit" variant="primary" busy={busy} busyLabel={t('common.saving')} disabled={disabled} testId={testIdPrefix && `${testIdPrefix}-save`}>
          {label ?? t('common.save')}
        </BusyButton>
      </div>
    </>
  );
}
