import type { ComponentProps } from 'react';

interface BusyButtonProps extends Omit<ComponentProps<'button'>, 'className'> {
  busy: boolean;
  /** Shown instead of the children while busy, e.g. "Saving…". */
  busyLabel: string;
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  testId?: string;
  className?: string;
}

/** A button that shows progress while its action runs and cannot be pressed twice. */
export function BusyButton({ busy, busyLabel, variant = 'secondary', testId, className, children, disabled, type = 'button', ...props }: BusyButtonProps) {
  return (
    <button
      {...props}
      type={type}
      className={`button button-${variant}${className ? ` ${className}` : ''}`}
      disabled={busy || disabled}
      aria-busy={busy || undefined}
      data-testid={testId}
    >
      {busy && <span className={`spinner spinner-small${variant === 'primary' || variant === 'danger' ? '' : ' spinner-dark'}`} aria-hidden="true" />}
      {busy ? busyLabel : children}
    </button>
  );
}
