import { useT } from '../i18n/I18nContext';
import type { FieldLabels } from '../i18n/server-message';
import { errorReference, useErrorMessages } from './errorMessages';

interface ErrorTextProps {
  error: unknown;
  id?: string;
  testId?: string;
  /** How the form labels the request fields the sentences name (see useFieldErrors to put them beside the fields). */
  labels?: FieldLabels;
}

/** An error's sentences, announced to screen readers as soon as they appear. */
export function ErrorText({ error, id, testId = 'error-text', labels }: ErrorTextProps) {
  const t = useT();
  const messages = useErrorMessages()(error, labels);
  const reference = errorReference(error);

  return (
    <div className="error-text" role="alert" id={id} data-testid={testId}>
      {messages.length === 1 ? (
        <p>{messages[0]}</p>
      ) : (
        <ul>
          {messages.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
      {reference && <p className="error-reference">{t('common.errorReference', { id: reference })}</p>}
    </div>
  );
}
