import { Heading } from '@rijkshuisstijl-community/components-react';
import { type ChangeEvent, type ReactNode, useEffect, useId, useRef } from 'react';

/** A field's description and error, with the ids its input's `aria-describedby` names (`describedBy`). */
function FieldMessages({
  id,
  description,
  error,
}: {
  id: string;
  description?: ReactNode;
  error?: string | undefined;
}) {
  return (
    <>
      {description ? (
        <div className="utrecht-form-field-description" id={`${id}-beschrijving`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${id}-fout`}>
          <span className="stelsel-visually-hidden">Fout: </span>
          {error}
        </div>
      ) : null}
    </>
  );
}

/**
 * Form fields in the NL Design System (Utrecht CSS classes from the house-style component CSS),
 * written as plain HTML so every label, description and error is wired by id: the error message is
 * named in `aria-describedby`, the control gets `aria-invalid`, and the error summary links to it.
 */

function describedBy(id: string, description: ReactNode, error: string | undefined): string | undefined {
  const ids = [description ? `${id}-beschrijving` : null, error ? `${id}-fout` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldShell({
  id,
  label,
  description,
  error,
  required,
  children,
}: {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  required?: boolean | undefined;
  children: ReactNode;
}) {
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {required ? null : <span className="stelsel-optional"> (niet verplicht)</span>}
        </label>
      </div>
      <FieldMessages id={id} description={description} error={error} />
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

export interface TextFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  type?: 'text' | 'date' | 'email' | 'number';
  inputMode?: 'text' | 'numeric' | 'decimal';
  autoComplete?: string;
  /** Width in characters, for short values such as amounts and codes. */
  size?: number;
}

/** A labelled text box with an optional description and error. */
export function TextField({
  id,
  label,
  value,
  onChange,
  description,
  error,
  required = true,
  type = 'text',
  inputMode,
  autoComplete,
  size,
}: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} description={description} error={error} required={required}>
      <input
        id={id}
        name={id}
        className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete ?? 'off'}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        size={size}
        style={size ? { maxInlineSize: `${size + 4}ch` } : undefined}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}

export interface TextareaFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  rows?: number;
}

/** A labelled multi-line text field. */
export function TextareaField({
  id,
  label,
  value,
  onChange,
  description,
  error,
  required = true,
  rows = 4,
}: TextareaFieldProps) {
  return (
    <FieldShell id={id} label={label} description={description} error={error} required={required}>
      <textarea
        id={id}
        name={id}
        className={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
        value={value}
        rows={rows}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** Text of the empty first option ("Kies …"); omit when a value is always chosen. */
  placeholder?: string;
  description?: ReactNode;
  error?: string | undefined;
  required?: boolean;
}

/** A labelled native select. */
export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  placeholder,
  description,
  error,
  required = true,
}: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} description={description} error={error} required={required}>
      <select
        id={id}
        name={id}
        className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  description?: ReactNode;
  error?: string | undefined;
}

/** One checkbox with its label to the right. */
export function CheckboxField({ id, label, checked, onChange, description, error }: CheckboxFieldProps) {
  return (
    <div className={`utrecht-form-field utrecht-form-field--checkbox${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__input">
        <input
          id={id}
          name={id}
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, description, error)}
          onChange={(event) => onChange(event.target.checked)}
        />
      </div>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldMessages id={id} description={description} error={error} />
    </div>
  );
}

export interface FieldsetProps {
  legend: ReactNode;
  description?: ReactNode;
  /** Id used for the description and error of the group as a whole. */
  id: string;
  error?: string | undefined;
  children: ReactNode;
}

/** A group of fields (for example checkboxes) with a legend. */
export function FieldGroup({ legend, description, id, error, children }: FieldsetProps) {
  return (
    <fieldset
      id={id}
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset stelsel-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy(id, description, error)}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      <FieldMessages id={id} description={description} error={error} />
      {children}
    </fieldset>
  );
}

export interface FormError {
  /** Id of the control the error concerns; null for an error about the form as a whole. */
  fieldId: string | null;
  message: string;
}

export interface ErrorSummaryProps {
  errors: readonly FormError[];
  title?: string;
}

/**
 * The errors of a form at the top, each linked to its field; receives focus when errors appear so a
 * screen reader reads them and a keyboard user can jump to the field.
 */
export function ErrorSummary({ errors, title = 'Controleer het formulier' }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const key = errors.map((e) => `${e.fieldId}:${e.message}`).join('|');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      className="utrecht-alert utrecht-alert--error stelsel-error-summary"
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <Heading level={2} id={titleId}>
            {title}
          </Heading>
          <ul>
            {errors.map((error) => (
              <li key={`${error.fieldId}:${error.message}`}>
                {error.fieldId ? (
                  <a
                    href={`#${error.fieldId}`}
                    onClick={(event) => {
                      const target = document.getElementById(error.fieldId ?? '');
                      if (!target) return;
                      event.preventDefault();
                      target.focus();
                    }}
                  >
                    {error.message}
                  </a>
                ) : (
                  error.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/** A polite live region for work in progress (a matching run, saving): say what is happening. */
export function BusyStatus({ busy, children, done }: { busy: boolean; children: ReactNode; done?: ReactNode }) {
  return (
    <div className="stelsel-busy" role="status" aria-live="polite" aria-busy={busy}>
      {busy ? (
        <p className="stelsel-busy__text">
          <span className="stelsel-busy__spinner" aria-hidden="true" />
          {children}
        </p>
      ) : done ? (
        <p className="stelsel-busy__text">{done}</p>
      ) : null}
    </div>
  );
}

/** A short success message, announced politely. */
export function SuccessMessage({ children }: { children: ReactNode }) {
  return (
    <div className="utrecht-alert utrecht-alert--ok" role="status">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p className="utrecht-paragraph">{children}</p>
        </div>
      </div>
    </div>
  );
}
