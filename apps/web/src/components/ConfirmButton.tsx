import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/I18nContext';

interface ConfirmButtonProps {
  /** The button's label, e.g. "Deactivate". */
  children: ReactNode;
  /** The question asked before acting, e.g. "Deactivate Budi?". */
  question: string;
  confirmLabel: string;
  busyLabel: string;
  onConfirm: () => Promise<void> | void;
  variant?: 'danger' | 'secondary';
  testId?: string;
  disabled?: boolean;
  /** Smaller, for a row in a table or list. */
  small?: boolean;
  /** What the action is about (e.g. the row's name), read after the label where many rows have the same button. */
  subject?: string;
}

/**
 * A destructive action asked twice, inline: no modal to trap focus in, and the question is
 * read out when it appears.
 */
export function ConfirmButton({ children, question, confirmLabel, busyLabel, onConfirm, variant = 'danger', testId, disabled, small, subject }: ConfirmButtonProps) {
  const size = small ? ' button-small' : '';
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);

  async function confirm() {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      if (mounted.current) {
        setBusy(false);
        setAsking(false);
      }
    }
  }

  if (!asking) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className={`button button-${variant === 'danger' ? 'danger-outline' : 'secondary'}${size}`}
        onClick={() => setAsking(true)}
        disabled={disabled}
        data-testid={testId}
      >
        {children}
        {subject && <span className="visually-hidden"> {subject}</span>}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm-question" role="status">
        {question}
      </span>
      <button
        ref={confirmRef}
        type="button"
        className={`button button-${variant === 'danger' ? 'danger' : 'primary'}${size}`}
        onClick={confirm}
        disabled={busy}
        aria-busy={busy || undefined}
        data-testid={testId ? `${testId}-confirm` : undefined}
      >
        {busy && <span className="spinner spinner-small" aria-hidden="true" />}
        {busy ? busyLabel : confirmLabel}
      </button>
      <button type="button" className={`button button-ghost${size}`} onClick={() => setAsking(false)} disabled={busy}>
        {t('common.keep')}
      </button>
    </span>
  );
}
