import { useId, type ComponentProps, type ReactNode } from 'react';

interface FieldFrameProps {
  label: string;
  hint?: ReactNode;
  error?: string;
  /** Shown at the end of the label row, e.g. a character counter. */
  aside?: ReactNode;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
  className?: string;
}

/** Label, hint and error around one control, tied together for assistive technology. */
function FieldFrame({ label, hint, error, aside, children, className }: FieldFrameProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <div className="field-label-row">
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
        {aside}
      </div>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

interface TextAreaFieldProps extends Omit<ComponentProps<'textarea'>, 'id' | 'className'> {
  label: string;
  hint?: ReactNode;
  error?: string;
  aside?: ReactNode;
  testId?: string;
  /** Extra ids (e.g. live messages about the text) read with the field. */
  describedBy?: string;
  /** A fixed-width font, for code and CSV. */
  mono?: boolean;
}

export function TextAreaField({ label, hint, error, aside, testId, describedBy: extra, mono, rows = 5, ...props }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} aside={aside}>
      {({ id, describedBy, invalid }) => (
        <textarea
          {...props}
          id={id}
          rows={rows}
          className={`input textarea${mono ? ' mono' : ''}`}
          aria-invalid={invalid || undefined}
          aria-describedby={[describedBy, extra].filter(Boolean).join(' ') || undefined}
          data-testid={testId}
        />
      )}
    </FieldFrame>
  );
}

interface SelectFieldProps extends Omit<ComponentProps<'select'>, 'id' | 'className'> {
  label: string;
  hint?: ReactNode;
  error?: string;
  testId?: string;
  options: readonly { value: string; label: string }[];
}

export function SelectField({ label, hint, error, testId, options, ...props }: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <select {...props} id={id} className="select" aria-invalid={invalid || undefined} aria-describedby={describedBy} data-testid={testId}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

interface InputFieldProps extends Omit<ComponentProps<'input'>, 'id' | 'className'> {
  label: string;
  hint?: ReactNode;
  error?: string;
  aside?: ReactNode;
  testId?: string;
}

/** A labelled input whose hint and error are tied to it for assistive technology. */
export function InputField({ label, hint, error, aside, testId, ...props }: InputFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} aside={aside}>
      {({ id, describedBy, invalid }) => (
        <input {...props} id={id} className="input" aria-invalid={invalid || undefined} aria-describedby={describedBy} data-testid={testId} />
      )}
    </FieldFrame>
  );
}

/** The address one signs in with (sign-in, forgotten password): focused first, filled by password managers. */
export function EmailField(props: Omit<InputFieldProps, 'type' | 'name' | 'autoComplete' | 'required' | 'autoFocus'>) {
  return <InputField type="email" name="email" autoComplete="username" required autoFocus {...props} />;
}

interface CheckboxFieldProps extends Omit<ComponentProps<'input'>, 'id' | 'className' | 'type'> {
  label: ReactNode;
  hint?: ReactNode;
  testId?: string;
}

export function CheckboxField({ label, hint, testId, ...props }: CheckboxFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="checkbox-field">
      <input {...props} type="checkbox" id={id} className="checkbox" aria-describedby={hintId} data-testid={testId} />
      <div>
        <label htmlFor={id} className="checkbox-label">
          {label}
        </label>
        {hint && (
          <p className="field-hint" id={hintId}>
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

interface FilterSelectProps {
  id: string;
  label: string;
  value: string | number;
  onChange: (value: string) => void;
  options: readonly { value: string | number; label: string }[];
  testId?: string;
}

/** A select in a toolbar, choosing what the list below it shows. */
export function FilterSelect({ id, label, value, onChange, options, testId }: FilterSelectProps) {
  return (
    <div className="toolbar-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
